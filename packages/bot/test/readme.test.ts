// The README's two examples, copied verbatim into an empty project that installs the packed
// tarballs (as `pnpm publish` packs them) with npm: they type-check with `strict`, the bot
// answers a user's /help on `npx b24-imbot-mock`, and the "Testing your bot" test passes under
// node:test, then fails once the bot's answer changes. Programs run on Node 22 (the oldest
// major the packages claim), from the npm registry through @b24-imbot/testkit.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createImbotClient } from '@b24-imbot/client';
import { loadContract } from '@b24-imbot/schema/model';
import { canRunRuntimes, run, runtimeBinary, type Started, start, startListening, workspaceRoot } from '@b24-imbot/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
/** The README's ```ts blocks whose first line is `// <file>`, by file name. */
const blocks = new Map(
  [...readme.matchAll(/```ts\n\/\/ (\S+)\n([\s\S]*?)```/g)].map(([, file, body]) => [file!, `// ${file}\n${body}`]),
);
/** tsc, npm and node:test runs on a busy 2-core machine. */
const SLOW = { timeout: 300_000 };
const PACKED = ['schema', 'packages/core', 'packages/client', 'packages/server', 'packages/bot'];

let dir: string;
let env: NodeJS.ProcessEnv;
let node: string;
const started: Started[] = [];

beforeAll(async () => {
  for (const pkg of PACKED) {
    if (!existsSync(join(workspaceRoot, pkg, 'dist'))) throw new Error(`${pkg} is not built: run \`pnpm build\` (turbo runs it before this test)`);
  }
  dir = mkdtempSync(join(tmpdir(), 'b24-bot-readme-'));
  const packs = join(dir, 'packs');
  mkdirSync(packs);
  for (const pkg of PACKED) execFileSync('pnpm', ['pack', '--pack-destination', packs], { cwd: join(workspaceRoot, pkg), stdio: 'pipe' });

  node = canRunRuntimes ? runtimeBinary('node22') : process.execPath;
  // npm, npx and the programs all run on that Node.
  env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH}`, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
  for (const key of Object.keys(env)) if (key.startsWith('npm_package_') || key === 'npm_config_user_agent' || key.startsWith('VITEST')) delete env[key];

  const project = join(dir, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'my-bot', private: true, type: 'module' }, null, 2));
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: false, types: ['node'], outDir: 'out' },
      include: ['*.ts'],
    }),
  );
  const tarballs = readdirSync(packs).map((file) => join(packs, file));
  await run('npm', ['install', '--no-save', '--prefer-offline', ...tarballs, 'typescript@5.9.3', '@types/node@20.19.43'], {
    cwd: project,
    env,
    timeoutMs: 300_000,
  });
  for (const [file, text] of blocks) writeFileSync(join(project, file), text);
}, 600_000);

afterAll(async () => {
  for (const child of started.splice(0)) await child.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const project = () => join(dir, 'project');
const tsc = () => run(node, [join(project(), 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: project(), env });

describe('the README', () => {
  it('has the bot, its start and its test', () => {
    expect([...blocks.keys()].sort()).toEqual(['bot.test.ts', 'bot.ts', 'main.ts']);
    const code = (file: string) => blocks.get(file)!.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('//')).length;
    // "A bot in about twenty lines": the bot and its start.
    expect(code('bot.ts') + code('main.ts')).toBeLessThanOrEqual(22);
  });

  it('type-checks, copied verbatim, with strict on', SLOW, async () => {
    await tsc();
    expect(existsSync(join(project(), 'out/main.js'))).toBe(true);
  });

  it('installs a bot package that loads as ESM and as CommonJS, with its contract version', SLOW, async () => {
    const script = (load: string) => `${load}.then((bot) => console.log(typeof bot.createBot, bot.contractVersion))`;
    for (const load of ["import('@b24-imbot/bot')", "Promise.resolve(require('@b24-imbot/bot'))"]) {
      const { stdout } = await run(node, [load.startsWith('import') ? '--input-type=module' : '--input-type=commonjs', '-e', script(load)], { cwd: project(), env });
      expect(stdout.trim(), load).toBe(`function ${loadContract().version}`);
    }
  });

  it('answers a user\'s /help on npx b24-imbot-mock', SLOW, async () => {
    const mock = await startListening('npx', ['b24-imbot-mock', '--port', '0'], { cwd: project(), env });
    started.push(mock);
    const bot = start(node, ['out/main.js'], {
      cwd: project(),
      env: { ...env, B24_WEBHOOK_URL: `${mock.url}/rest/1/readme-check/`, B24_BOT_TOKEN: 'echo-secret' },
    });
    started.push(bot);
    const [, id] = await bot.waitFor(/bot (\d+) is polling for events\n/, 60_000);
    const botId = Number(id);

    // A supervisor bot hears every message of its chats: it makes a chat with user 1 and the
    // echo bot, and reads what is said there.
    const observer = createImbotClient({ webhookUrl: `${mock.url}/rest/1/readme-observer/`, botToken: 'observer-secret' });
    const { bot: watcher } = await observer.imbot.v2.Bot.register({
      fields: { code: 'observer', botToken: 'observer-secret', type: 'supervisor', properties: { name: 'Observer' } },
    });
    const { chat } = await observer.imbot.v2.Chat.add({ botId: watcher.id, fields: { title: 'README check', userIds: [1, botId] } });
    const user = createImbotClient({ webhookUrl: `${mock.url}/rest/1/readme-user/` });
    await user.im.message.add({ DIALOG_ID: chat.dialogId, MESSAGE: '/help' });

    const heard: string[] = [];
    for await (const event of observer.events({ botId: watcher.id, idleDelayMs: { min: 50, max: 200 }, signal: AbortSignal.timeout(120_000) })) {
      if (event.type === 'ONIMBOTV2MESSAGEADD' && event.data.message.authorId === botId) heard.push(event.data.message.text ?? '');
      if (heard.length > 0) break;
    }
    expect(heard).toEqual(['I repeat what you write. /help shows this text.']);
  });

  it('"Testing your bot" passes under node:test, and fails once the bot answers otherwise', SLOW, async () => {
    const test = () => run(node, ['--test', 'out/bot.test.js'], { cwd: project(), env, timeoutMs: 240_000 });
    const passed = await test();
    expect(passed.stdout).toMatch(/# pass 1\n/);
    expect(passed.stdout).toMatch(/# fail 0\n/);

    writeFileSync(join(project(), 'bot.ts'), blocks.get('bot.ts')!.replace('You said: ', 'You wrote: '));
    await tsc();
    const failure = await test().then(
      () => undefined,
      (error: Error) => error.message,
    );
    expect(failure).toBeDefined();
    expect(failure).toMatch(/You wrote: hello/);
    expect(failure).toMatch(/# fail 1\n/);
  });
});
