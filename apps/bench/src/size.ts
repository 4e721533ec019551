// Size: min+gzip of a small app (apps/*.ts) through size-limit (esbuild, minified, tree-shaken),
// as an app would ship it. `@b24-imbot/client` can be pointed at a client generated from
// another contract.
import { fileURLToPath } from 'node:url';

// @ts-expect-error: the preset ships no types (its default export is size-limit's plugin list).
import presetSmallLib from '@size-limit/preset-small-lib';
import sizeLimit from 'size-limit';

export const appPath = (name: string): string => fileURLToPath(new URL(`../apps/${name}.ts`, import.meta.url));

type EsbuildConfig = Record<string, unknown>;

/** Bytes after gzip of apps/<app>.ts bundled; with `clientEntry`, `@b24-imbot/client` resolves to that file. */
export async function bundleSize(app: string, clientEntry?: string): Promise<number> {
  const redirect = {
    name: 'redirect-client',
    setup(build: { onResolve(options: { filter: RegExp }, resolve: () => { path: string }): void }) {
      build.onResolve({ filter: /^@b24-imbot\/client$/ }, () => ({ path: clientEntry! }));
    },
  };
  // ESM, as apps ship (the apps use top-level await). `node:` modules are the runtime's (a
  // Worker has them with nodejs_compat), never bundled.
  const modifyEsbuildConfig = (config: EsbuildConfig) => ({
    ...config,
    format: 'esm',
    external: [...((config.external as string[] | undefined) ?? []), 'node:*'],
    plugins: clientEntry ? [redirect] : [],
  });
  const results = await sizeLimit(presetSmallLib, { checks: [{ files: [appPath(app)], gzip: true, modifyEsbuildConfig }] });
  return (results as Array<{ size: number }>)[0]!.size;
}
