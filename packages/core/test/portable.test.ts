// Core runs wherever fetch does (Node 22/24, Bun, Deno, Cloudflare workerd, browsers). Its
// sources compile without Node's types (src/tsconfig.json); this also keeps out what a type-only
// check lets through: a Node module named in a string, a global read through globalThis.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const src = new URL('../src/', import.meta.url);
const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));

describe('portable', () => {
  it.each(files)('%s imports nothing from Node and uses no Node global', (file) => {
    const text = readFileSync(new URL(file, src), 'utf8');
    expect(text).not.toMatch(/from ['"](node:|fs|path|crypto|os|url|util|buffer|events|stream)['"/]/);
    expect(text).not.toMatch(/\b(require|import)\(|\bprocess\.|\bBuffer\b|__dirname|\bsetImmediate\b/);
  });

  it('declares no Node types for its sources', () => {
    const config = readFileSync(new URL('tsconfig.json', src), 'utf8');
    expect(config).toMatch(/"types": \[\]/);
  });
});
