// Bundles the contract into dist/ as JSON and YAML: `redocly bundle` inlines the files that
// openapi.yaml references, so tools (and ../model) read one document whose $refs are all local.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const json = join(dist, 'openapi.json');
mkdirSync(dist, { recursive: true });

execFileSync('redocly', ['bundle', 'openapi.yaml', '--ext', 'json', '--output', json], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
});
const document = JSON.parse(readFileSync(json, 'utf8'));
writeFileSync(json, `${JSON.stringify(document, null, 2)}\n`);
writeFileSync(join(dist, 'openapi.yaml'), stringify(document));
