// Bundles the contract into dist/ as JSON and YAML, so tools can load it at run time
// without a YAML parser or a $ref resolver of their own.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
mkdirSync(dist, { recursive: true });

// `redocly bundle` inlines any external $ref; the document keeps its internal ones.
execFileSync('redocly', ['bundle', 'openapi.yaml', '--output', join(dist, 'openapi.yaml')], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
});
const document = parse(readFileSync(join(dist, 'openapi.yaml'), 'utf8'));
writeFileSync(join(dist, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
writeFileSync(join(dist, 'openapi.yaml'), stringify(document));
