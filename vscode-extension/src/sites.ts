import * as fs from 'fs';
import * as path from 'path';

/** The host of a `hosts/<host>.nix` or `hosts/<host>/…` file, or undefined. */
export function hostOf(file: string): string | undefined {
  const match = /[\\/]hosts[\\/]([^\\/]+?)(?:\.nix$|[\\/])/.exec(file);
  return match ? match[1] : undefined;
}

/** The site of `file`: the configured root, else the nearest directory above it with hosts/. */
export function siteOf(file: string | undefined, configuredRoot: string): string | undefined {
  if (configuredRoot) {
    return configuredRoot;
  }
  if (!file) {
    return undefined;
  }
  let dir = path.dirname(file);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'hosts')) && fs.statSync(path.join(dir, 'hosts')).isDirectory()) {
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
