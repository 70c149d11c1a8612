import * as fs from 'fs';
import * as path from 'path';
import { findJava } from './javaRuntime';
import { SixSettings } from './settings';

/** A way to run a six command: a program, the arguments before the command's own, and the env. */
export interface SixInvocation {
  readonly command: string;
  readonly prefix: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly describe: string;
}

/** The environment six runs in: the editor's, with NIX_PATH and the log level from the settings. */
export function sixEnvironment(settings: SixSettings, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, SIX_LOG_LEVEL: settings.logLevel };
  if (settings.nixPath.length > 0) {
    env.NIX_PATH = settings.nixPath.join(':');
  }
  return env;
}

/**
 * How to run six: the launcher named by "six.server.path" when set, else the server bundled in
 * the extension (`server/six-cli.jar` with `server/lib/*`) on a Java 17+.
 */
export async function resolveSix(settings: SixSettings, extensionRoot: string): Promise<SixInvocation> {
  const env = sixEnvironment(settings, process.env);
  if (settings.serverPath) {
    return { command: settings.serverPath, prefix: [], env, describe: settings.serverPath };
  }
  const serverDir = path.join(extensionRoot, 'server');
  const jar = path.join(serverDir, 'six-cli.jar');
  if (!fs.existsSync(jar)) {
    throw new Error(
      `six: the bundled server is missing (${jar}); run "npm run bundle-server" after building six, ` +
        'or set "six.server.path" to the six launcher of a checkout.',
    );
  }
  const java = await findJava(settings.javaHome, process.env);
  const classPath = [jar, path.join(serverDir, 'lib', '*')].join(path.delimiter);
  return {
    command: java.executable,
    prefix: ['-XX:+UseSerialGC', '-cp', classPath, 'dev.six.cli.Main'],
    env,
    describe: `${java.executable} (Java ${java.version}) with ${jar}`,
  };
}
