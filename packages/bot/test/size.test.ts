// The bot does not grow with the contract: bundled as an app would ship it (the packages it
// builds on left out; their sizes are their own: the client's does not depend on the contract,
// the server's receiver carries a validator per event by design), it holds only the package's
// own modules, none generated from the contract. Its size is budgeted in `pnpm lint`
// (.size-limit.json).
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

it.each(['index', 'node', 'fastify', 'testing'])('the %s entry bundles only the package\'s own modules', async (entry) => {
  const result = await build({
    entryPoints: [`${root}/src/${entry}.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    metafile: true,
    external: ['@b24-imbot/client', '@b24-imbot/server', 'fastify'],
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs).map((input) => relative(root, input));
  expect(inputs.length).toBeGreaterThan(0);
  for (const input of inputs) {
    expect(input, input).toMatch(/^src\/[a-z-]+\.ts$/);
    expect(input).not.toMatch(/\.gen\.ts$/);
  }
  const imports = new Set(Object.values(result.metafile.outputs).flatMap((output) => output.imports.filter((one) => one.external).map((one) => one.path)));
  for (const path of imports) expect(path, path).toMatch(/^(node:[a-z/]+|@b24-imbot\/client|@b24-imbot\/server\/(receiver|mock))$/);
  // The main entry runs on Bun, Deno and workerd: no Node module of its own.
  if (entry === 'index') expect([...imports].sort()).toEqual(['@b24-imbot/client', '@b24-imbot/server/receiver']);
});
