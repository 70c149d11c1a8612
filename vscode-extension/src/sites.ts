import * as fs from 'fs';
import * as path from 'path';

/** The host of a `hosts/<host>.nix` or `hosts/<host>/…` file, or undefined. */
export function hostOf(file: string): string | undefined {
  const match = /[\\/]hosts[\\/]([^\\/]+?)(?:\.nix$|[\\/])/.exec(file);
  return match ? match[1] : undefined;
}

function hasHosts(dir: string): boolean {
  const hosts = path.join(dir, 'hosts');
  return fs.existsSync(hosts) && fs.statSync(hosts).isDirectory();
}

/**
 * The site of `file`: the first of the evaluation roots (relative to `folder`, the workspace) that
 * is a directory with hosts/, else the nearest directory above the file with hosts/.
 */
export function siteOf(file: string | undefined, roots: readonly string[], folder?: string): string | undefined {
  for (const root of roots) {
    const dir = path.resolve(folder ?? '', root);
    if (hasHosts(dir)) {
      return dir;
    }
  }
  if (!file) {
    return undefined;
  }
  let dir = path.dirname(file);
  for (;;) {
    if (hasHosts(dir)) {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      return undefined;
    }
    dir = parent;
  }
}

/** The hosts of a site: the names under its hosts/ directory. */
export function hostsOf(site: string): string[] {
  const dir = path.join(site, 'hosts');
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs
    .readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .map((name) => name.replace(/\.nix$/, ''))
    .sort();
}
