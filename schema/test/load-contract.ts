// Loads the contract and prepares its schemas for Ajv: OpenAPI 3.1 schemas are JSON Schema
// 2020-12 but point at `#/components/schemas/...`, so each is checked inside a wrapper
// that carries every component schema under `$defs`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const contractPath = new URL('../openapi.yaml', import.meta.url);

// The document is untyped JSON; tests index into it freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

// The contract spans several files (openapi.yaml and v2/**): bundle it the way `pnpm build`
// does, so every $ref below is local (`#/components/...`).
const bundle = (): Json => {
  const dir = mkdtempSync(join(tmpdir(), 'contract-'));
  try {
    const out = join(dir, 'openapi.json');
    execFileSync('redocly', ['bundle', fileURLToPath(contractPath), '--output', out, '--ext', 'json'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export const contract: Json = bundle();

const toDefs = (node: Json): Json => {
  if (Array.isArray(node)) return node.map(toDefs);
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        key === '$ref' && typeof value === 'string'
          ? value.replace('#/components/schemas/', '#/$defs/')
          : toDefs(value),
      ]),
    );
  }
  return node;
};

const defs = toDefs(contract.components.schemas);

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
// OpenAPI's own annotation keyword (JSON Schema 2020-12 says `examples`), and the contract's
// extension naming the Bitrix error code for an empty value: annotations, not assertions.
ajv.addKeyword({ keyword: 'example' });
ajv.addKeyword({ keyword: 'x-bitrix-empty-error' });
// OpenAPI's discriminator (Event.get's events) is an annotation here too: the `oneOf` branches
// already differ by their `const` type. Ajv's own discriminator support rejects `mapping`.
ajv.addKeyword({ keyword: 'discriminator' });

/** A validator for a schema taken from the contract (a `$ref` or an inline schema). */
export const validatorFor = (schema: Json) => ajv.compile({ $defs: defs, ...toDefs(schema) });

/** Follows a local `$ref` such as `#/components/examples/Success`. */
export const resolve = (node: Json): Json => {
  if (!node || typeof node.$ref !== 'string') return node;
  const path = node.$ref.replace(/^#\//, '').split('/');
  return path.reduce((at: Json, key: string) => at?.[key], contract);
};
