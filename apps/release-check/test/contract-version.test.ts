// Each published package carries the version of the contract it was generated from, and it is
// the contract's own `info.version`: in the sources, and in the built files that get packed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as bot from '@b24-imbot/bot';
import * as client from '@b24-imbot/client';
import * as core from '@b24-imbot/core';
import * as server from '@b24-imbot/server';
import { describe, expect, it } from 'vitest';
import { contractVersion, publishedPackages, root } from './workspace.js';

const require = createRequire(import.meta.url);
const version = contractVersion();

describe('contract version', () => {
  it('is a semver version', () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
  });

  it('the published packages are the schema, the core, the client, the server, the bot and redis', () => {
    expect(publishedPackages().map((pkg) => pkg.name).sort()).toEqual([
      '@b24-imbot/bot',
      '@b24-imbot/client',
      '@b24-imbot/core',
      '@b24-imbot/redis',
      '@b24-imbot/schema',
      '@b24-imbot/server',
    ]);
  });

  it('@b24-imbot/schema publishes the document itself', () => {
    // The JSON is what the model reads; the YAML is the same document, written from it.
    const yaml = readFileSync(join(root, 'schema/dist/openapi.yaml'), 'utf8');
    expect(yaml).toMatch(new RegExp(`^info:\\n(?:  .*\\n)*?  version: ${version.replaceAll('.', '\\.')}\\n`, 'm'));
  });

  it.each([
    ['@b24-imbot/core', 'packages/core', core.contractVersion],
    ['@b24-imbot/client', 'packages/client', client.contractVersion],
    ['@b24-imbot/server', 'packages/server', server.contractVersion],
  ])('%s exports it, from its sources and from its built ESM and CJS files', async (_name, dir, fromSources) => {
    expect(fromSources).toBe(version);
    const esm = await import(pathToFileURL(join(root, dir, 'dist/index.js')).href);
    expect(esm.contractVersion).toBe(version);
    expect(require(join(root, dir, 'dist/index.cjs')).contractVersion).toBe(version);
  });

  it('@b24-imbot/bot exports the client\'s (its built files import the client, which in the workspace is TypeScript: the README test runs them packed)', () => {
    expect(bot.contractVersion).toBe(version);
  });
});
