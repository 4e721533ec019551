// The receiver (`@b24-imbot/server/receiver`) is what a bot on Bun, Deno or workerd loads: it
// needs the events' validators, never the operations table (every method's validators). The
// module graph of its entry, as a bundler sees it, shows which it reaches.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = (name: string) => fileURLToPath(new URL(`../src/${name}`, import.meta.url));

/** The workspace files a bundle of `file` reads, relative to packages/server/src. */
const inputs = async (file: string): Promise<string[]> => {
  const result = await build({
    entryPoints: [entry(file)],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    // Packages are not the question here; only which of this package's modules it reaches.
    packages: 'external',
  });
  return Object.keys(result.metafile.inputs).map((path) => path.replace(/^.*?src\//, ''));
};

describe('the receiver entry', () => {
  it('reaches the events table and their validators, not the operations table', async () => {
    const files = await inputs('receiver.ts');
    expect(files).toContain('gen/events.gen.ts');
    expect(files.filter((file) => file.startsWith('gen/validators/on')).length).toBeGreaterThan(0);
    expect(files).not.toContain('gen/operations.gen.ts');
    // Every validator it reaches is an event's (onXxx), none an operation's.
    expect(files.filter((file) => file.startsWith('gen/validators/') && !file.startsWith('gen/validators/on'))).toEqual([]);
  });

  it('the main entry reaches the operations table (the check above can see it)', async () => {
    expect(await inputs('index.ts')).toContain('gen/operations.gen.ts');
  });
});
