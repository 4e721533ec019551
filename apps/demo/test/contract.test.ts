// The proof that the schema is the single contract: copy the workspace, make a breaking change
// to the copy's schema, regenerate both packages from it, and type-check the demo. The
// client-side walkthrough and the server-side handler must both stop compiling, while an
// unchanged copy compiles.
import { execFileSync, execSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const generated = ['packages/server', 'packages/client'];
const copies: string[] = [];

/** A copy of the workspace's sources, sharing the installed node_modules by symlink. */
function copyWorkspace(editSchema: (document: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'b24-imbot-contract-'));
  copies.push(dir);
  const skip = (path: string) => /(^|\/)(node_modules|dist|\.turbo|\.data|gen)(\/|$)/.test(relative(root, path));
  for (const path of ['tsconfig.base.json', 'schema/openapi.yaml', ...generated, 'apps/demo']) {
    cpSync(join(root, path), join(dir, path), { recursive: true, filter: (source) => !skip(source) });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const path of generated) symlinkSync(join(root, path, 'node_modules'), join(dir, path, 'node_modules'), 'dir');
  // The demo's own node_modules, except that the two packages resolve to the copies.
  const modules = join(dir, 'apps/demo/node_modules');
  mkdirSync(join(modules, '@b24-imbot'), { recursive: true });
  for (const entry of readdirSync(join(root, 'apps/demo/node_modules'))) {
    if (entry !== '@b24-imbot') symlinkSync(join(root, 'apps/demo/node_modules', entry), join(modules, entry));
  }
  symlinkSync(join(dir, 'packages/client'), join(modules, '@b24-imbot/client'), 'dir');
  symlinkSync(join(dir, 'packages/server'), join(modules, '@b24-imbot/server'), 'dir');
  symlinkSync(join(root, 'schema'), join(modules, '@b24-imbot/schema'), 'dir');

  const schemaFile = join(dir, 'schema/openapi.yaml');
  const document = parse(readFileSync(schemaFile, 'utf8'));
  editSchema(document);
  writeFileSync(schemaFile, stringify(document));

  // Regenerate each package with its own `generate` script, as `pnpm generate` would.
  for (const path of generated) {
    const cwd = join(dir, path);
    const script = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).scripts.generate;
    const bin = [join(cwd, 'node_modules/.bin'), join(root, 'node_modules/.bin'), process.env.PATH].join(':');
    execSync(script, { cwd, stdio: 'pipe', env: { ...process.env, PATH: bin } });
  }
  return dir;
}

/** tsc's errors for the demo in a copy: "file(line,col): error TS...: message", with the message's chain. */
function typeErrors(dir: string): string[] {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '-p', join(dir, 'apps/demo')], {
      cwd: join(dir, 'apps/demo'),
      stdio: 'pipe',
    });
    return [];
  } catch (error) {
    // An error is its first line plus the indented lines of its message chain.
    return String((error as { stdout: Buffer }).stdout)
      .split(/\n(?=\S)/)
      .filter((text) => text.includes('error TS'));
  }
}

/** Whether some error is reported in `file` and mentions `text`. */
const failsIn = (errors: string[], file: string, text: string) =>
  errors.some((error) => error.startsWith(file) && error.includes(text));

describe('one contract drives both sides', () => {
  afterAll(() => {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  });

  it('an unchanged copy regenerates and type-checks', () => {
    expect(typeErrors(copyWorkspace(() => {}))).toEqual([]);
  }, 120_000);

  it('renaming TITLE breaks the walkthrough (client) and the handler (server)', () => {
    const errors = typeErrors(
      copyWorkspace((document) => {
        const properties = document.components.schemas.ImbotChatAddParams.properties;
        properties.CHAT_TITLE = properties.TITLE;
        delete properties.TITLE;
      }),
    );
    expect(failsIn(errors, 'src/walkthrough.ts', "'TITLE'"), errors.join('\n')).toBe(true);
    expect(failsIn(errors, 'src/portal.ts', "'TITLE'"), errors.join('\n')).toBe(true);
  }, 120_000);

  it('making result a string breaks the walkthrough (client) and the handler (server)', () => {
    const errors = typeErrors(
      copyWorkspace((document) => {
        document.components.schemas.ChatId = { type: 'string', description: 'The new chat id, now a string.' };
      }),
    );
    expect(failsIn(errors, 'src/walkthrough.ts', "'string'"), errors.join('\n')).toBe(true);
    expect(failsIn(errors, 'src/portal.ts', "'number'"), errors.join('\n')).toBe(true);
  }, 120_000);
});
