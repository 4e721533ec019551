// The one build config for the published TypeScript packages. Each package's `build` script runs
// `tsdown -c ../../tsdown.config.ts -F <its name>`, which builds only the entries named after it.
// @b24-imbot/schema is not here: its build bundles the contract with Redocly (schema/scripts).
//
// After a package's last entry is written, tsdown packs it as `pnpm publish` would (publishConfig
// applied) and checks the tarball; any problem fails the build:
// - publint, strict: warnings count as errors, as `publint --strict` does;
// - Are the types wrong?, profile `strict`: node10, node16 (CJS and ESM) and bundler resolution
//   must all find the types and agree with the JavaScript, as the `attw` CLI does by default.
//
// package.json `exports` stay hand-written (dev: src; publishConfig: dist with `types` per
// condition): tsdown's `exports` option would rewrite package.json on every build.
//
// Declarations are made from each package's src/tsconfig.json (the sources' own project, see
// ARCHITECTURE.md "Task graph"); the packages it references must have run their `types` task.
import { defineConfig, type UserConfig } from 'tsdown';

const checks = {
  publint: { strict: true },
  attw: { profile: 'strict', level: 'error' },
} satisfies UserConfig;

/** ESM and CJS side by side, each with its declarations (.d.ts next to .js, .d.cts next to .cjs). */
const library = {
  format: ['esm', 'cjs'],
  // No maps: src/tsconfig.json's declarationMap (for the editor, through .types/) would
  // otherwise turn them on.
  dts: { sourcemap: false },
  sourcemap: false,
  clean: true,
  ...checks,
} satisfies UserConfig;

export default defineConfig([
  {
    ...library,
    name: '@b24-imbot/core',
    cwd: 'packages/core',
    entry: ['src/index.ts'],
    tsconfig: 'src/tsconfig.json',
    // Runs wherever fetch does (Node, Bun, Deno, workerd, browsers): no Node-only imports.
    platform: 'neutral',
    target: 'es2022',
  },
  {
    ...library,
    name: '@b24-imbot/client',
    cwd: 'packages/client',
    entry: ['src/index.ts'],
    tsconfig: 'src/tsconfig.json',
    // No Node-only imports: the same files run in browsers.
    platform: 'neutral',
    target: 'es2022',
  },
  {
    ...library,
    name: '@b24-imbot/server',
    cwd: 'packages/server',
    // receiver: the webhook receiver without Fastify (fetch handlers, Bun, Deno, workerd).
    entry: { index: 'src/index.ts', 'mock/index': 'src/mock/index.ts', receiver: 'src/receiver.ts' },
    tsconfig: 'src/tsconfig.json',
    platform: 'node',
    target: 'node20',
    fixedExtension: false,
  },
  {
    // The b24-imbot-mock CLI: ESM only (top-level await), importing the package by name at run
    // time so that it shares dist/mock instead of bundling a copy. Packed with the entries above.
    name: '@b24-imbot/server',
    cwd: 'packages/server',
    entry: { 'bin/mock': 'src/bin/mock.ts' },
    format: 'esm',
    platform: 'node',
    target: 'node20',
    fixedExtension: false,
    dts: false,
    clean: false,
    deps: { neverBundle: ['@b24-imbot/server/mock'] },
  },
  {
    ...library,
    name: '@b24-imbot/bot',
    cwd: 'packages/bot',
    // index: runtime-neutral (Node, Bun, Deno, workerd); node, fastify and testing use Node's modules.
    entry: { index: 'src/index.ts', node: 'src/node.ts', fastify: 'src/fastify.ts', testing: 'src/testing.ts' },
    tsconfig: 'src/tsconfig.json',
    platform: 'neutral',
    target: 'es2022',
    fixedExtension: false,
    deps: { neverBundle: [/^node:/] },
  },
  {
    ...library,
    name: '@b24-imbot/redis',
    cwd: 'packages/redis',
    entry: ['src/index.ts'],
    tsconfig: 'src/tsconfig.json',
    // Node only (node-redis, node:crypto).
    platform: 'node',
    target: 'node22',
    fixedExtension: false,
  },
]);
