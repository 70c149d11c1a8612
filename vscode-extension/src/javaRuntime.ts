import { execFile } from 'child_process';
import * as path from 'path';

/** The oldest Java that runs the server (it is built for Java 17). */
export const MINIMUM_JAVA = 17;

/** A Java that was found and is new enough. */
export interface JavaRuntime {
  readonly executable: string;
  readonly version: number;
}

/** Thrown when no candidate is a Java 17 or newer; the message says what was tried. */
export class NoSuitableJavaError extends Error {}

/**
 * The major version in the output of `java -version`: "17.0.9" → 17, "1.8.0_392" → 8;
 * undefined when there is none.
 */
export function parseJavaVersion(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  if (!match) {
    return undefined;
  }
  const major = Number(match[1]);
  return major === 1 && match[2] !== undefined ? Number(match[2]) : major;
}

/** Where to look, in order: the setting's installation, JAVA_HOME, then `java` on PATH. */
export function javaCandidates(configuredHome: string, env: NodeJS.ProcessEnv): string[] {
  const binary = process.platform === 'win32' ? 'java.exe' : 'java';
  const candidates: string[] = [];
  if (configuredHome) {
    candidates.push(path.join(configuredHome, 'bin', binary));
  }
  if (env.JAVA_HOME) {
    candidates.push(path.join(env.JAVA_HOME, 'bin', binary));
  }
  candidates.push(binary);
  return candidates;
}

function versionOf(executable: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    execFile(executable, ['-version'], { timeout: 15000 }, (error, stdout, stderr) => {
      resolve(error ? undefined : parseJavaVersion(`${stderr}\n${stdout}`));
    });
  });
}

/**
 * The first candidate that runs and is Java 17 or newer; otherwise a NoSuitableJavaError naming
 * each candidate and what was wrong with it.
 */
export async function findJava(configuredHome: string, env: NodeJS.ProcessEnv): Promise<JavaRuntime> {
  const problems: string[] = [];
  for (const executable of javaCandidates(configuredHome, env)) {
    const version = await versionOf(executable);
    if (version === undefined) {
      problems.push(`${executable} does not run`);
    } else if (version < MINIMUM_JAVA) {
      problems.push(`${executable} is Java ${version}`);
    } else {
      return { executable, version };
    }
  }
  throw new NoSuitableJavaError(
    `six needs Java ${MINIMUM_JAVA} or newer to run its language server, and found none ` +
      `(${problems.join('; ')}). Install a JDK ${MINIMUM_JAVA}+ or set "six.java.home".`,
  );
}
