// Size: min+gzip of an esbuild bundle of a small app (apps/*.ts), the way an app would ship it:
// ESM, minified, tree-shaken, for browsers. `@b24-imbot/client` can be pointed at another copy
// of the client (one generated from a synthetic schema).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { build, type Plugin } from 'esbuild';

import { benchDir, run, tmpRoot } from './generation.js';

export interface BundleSize {
  app: string;
  minBytes: number;
  gzipBytes: number;
}

/** The app file for a name: apps/<name>.ts. */
export const appPath = (name: string): string => join(benchDir, 'apps', `${name}.ts`);

const redirectClient = (clientEntry: string): Plugin => ({
  name: 'redirect-client',
  setup(b) {
    b.onResolve({ filter: /^@b24-imbot\/client$/ }, () => ({ path: clientEntry }));
  },
});

/** Bundles apps/<app>.ts; with `clientEntry`, `@b24-imbot/client` resolves to that file. */
export async function bundleSize(app: string, clientEntry?: string): Promise<BundleSize> {
  const result = await build({
    entryPoints: [appPath(app)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    treeShaking: true,
    legalComments: 'none',
    logLevel: 'silent',
    absWorkingDir: benchDir,
    plugins: clientEntry ? [redirectClient(clientEntry)] : [],
  });
  const code = result.outputFiles[0]!.contents;
  return { app, minBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength };
}

export const openapiFetchTypesDir = join(tmpRoot, 'openapi-fetch');

/** openapi-typescript's types for the real contract, for the openapi-fetch app (into .tmp/). */
export async function generateOpenapiFetchTypes(schemaPath: string): Promise<void> {
  mkdirSync(openapiFetchTypesDir, { recursive: true });
  const out = join(openapiFetchTypesDir, 'schema.d.ts');
  const result = await run(`openapi-typescript "${schemaPath}" -o "${out}"`, benchDir);
  if (result.code !== 0) throw new Error(`openapi-typescript failed:\n${result.output}`);
  writeFileSync(join(openapiFetchTypesDir, 'package.json'), '{"type":"module"}\n');
}
