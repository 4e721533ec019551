// Memory under large bodies, measured on a child process (its RSS from /proc, Linux only) over
// loopback with a bounded number of requests. The bounds are on memory, never on time.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { type Started, startListening } from '@b24-imbot/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultLimits } from '../src/index.js';

const MiB = 1024 * 1024;
const linux = process.platform === 'linux';
const children: Started[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) await child.stop();
});

const start = async (script: string, ...args: string[]): Promise<Started & { url: string }> => {
  const child = await startListening(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(script, import.meta.url)), ...args], {
    env: { ...process.env, NODE_ENV: 'production' },
  });
  children.push(child);
  return child;
};

/** VmRSS and VmHWM (the peak) of a process, in bytes. */
const memoryOf = (pid: number): { rss: number; peak: number } => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kB = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)![1]) * 1024;
  return { rss: kB('VmRSS'), peak: kB('VmHWM') };
};

/**
 * Samples a child's RSS while `load` runs; past `hardCap` the child is killed (by its PID) so
 * that a regression fails this test instead of exhausting the machine.
 */
const underLoad = async <T>(child: Started, hardCap: number, load: () => Promise<T>): Promise<{ result: T; peak: number; killed: boolean }> => {
  let killed = false;
  const sampler = setInterval(() => {
    try {
      if (memoryOf(child.pid).rss > hardCap) {
        killed = true;
        process.kill(child.pid, 'SIGKILL');
      }
    } catch {
      // exited
    }
  }, 20);
  try {
    const result = await load();
    return { result, peak: killed ? Infinity : memoryOf(child.pid).peak, killed };
  } finally {
    clearInterval(sampler);
  }
};

type Outcome = { status: number; body: string } | { error: string };

/** One POST with a Content-Length, the body written from a shared buffer (no copy per request). */
const post = (url: string, body: Buffer): Promise<Outcome> =>
  new Promise((resolve) => {
    const req = httpRequest(
      url,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': body.length } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode!, body: text });
          // An early answer (503 before the body was read): stop sending the rest.
          req.destroy();
        });
        res.on('error', (error) => resolve({ error: error.message }));
      },
    );
    req.on('error', (error) => resolve({ error: error.message }));
    req.end(body);
  });

/** `{"USERS":[1],"AVATAR":"AAAA..."}` of exactly `bytes` bytes. */
const avatarBody = (bytes: number): Buffer => {
  const head = Buffer.from('{"USERS":[1],"AVATAR":"');
  const tail = Buffer.from('"}');
  const body = Buffer.alloc(bytes, 'A');
  head.copy(body, 0);
  tail.copy(body, bytes - tail.length);
  return body;
};

/** RSS once the process has settled: the lowest of a bounded number of samples after the load. */
const settledRss = async (pid: number, samples = 20): Promise<number> => {
  let lowest = Infinity;
  for (let i = 0; i < samples; i++) {
    lowest = Math.min(lowest, memoryOf(pid).rss);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return lowest;
};

const small = Buffer.from('{"USERS":[1]}');
const mb = (bytes: number) => `${(bytes / MiB).toFixed(0)} MiB`;

describe.runIf(linux)('memory under large bodies', () => {
  // 64 bodies of exactly the default limit (128 MiB) at once: 8 GiB offered. The server admits
  // bodies up to its in-flight budget and answers the others 503 OVERLOAD_LIMIT (a client
  // retries that); it must neither crash nor keep the memory.
  // Measured here: peak 640-700 MiB on Node 20, 890-1020 MiB on Node 24 (the workspace's Node
  // now), about the same left afterwards (garbage V8 collects under pressure; a second round of
  // 64 raised neither).
  const SERVER_PEAK_BOUND = 1280 * MiB;
  const SERVER_SETTLED_BOUND = 1024 * MiB;

  it('64 concurrent bodies at the default limit: no crash, peak and settled RSS bounded', async () => {
    const server = await start('fixtures/serve.ts');
    const url = `${server.url}/rest/imbot.chat.add`;
    const body = avatarBody(defaultLimits.bodyBytes);
    {
      const { result: outcomes, peak, killed } = await underLoad(server, 2 * SERVER_PEAK_BOUND, () =>
        Promise.all(Array.from({ length: 64 }, () => post(url, body))),
      );
      expect(killed, 'the server went past twice the peak bound and was killed').toBe(false);
      const ok = outcomes.filter((outcome) => 'status' in outcome && outcome.status === 200);
      const overloaded = outcomes.filter(
        (outcome) => 'status' in outcome && outcome.status === 503 && outcome.body.includes('"OVERLOAD_LIMIT"'),
      );
      const other = outcomes.filter((outcome) => !ok.includes(outcome) && !overloaded.includes(outcome));
      expect(other, JSON.stringify(other.slice(0, 3))).toEqual([]);
      expect(ok.length).toBeGreaterThan(0);
      // Still serving, and the memory does not stay.
      expect(await post(url, small)).toMatchObject({ status: 200 });
      const settled = await settledRss(server.pid);
      console.log(
        `server, 64 x ${mb(body.length)} at once: ${ok.length} served, ${overloaded.length} OVERLOAD_LIMIT; ` +
          `peak RSS ${mb(peak)}, settled ${mb(settled)}`,
      );
      expect(peak).toBeLessThan(SERVER_PEAK_BOUND);
      expect(settled).toBeLessThan(SERVER_SETTLED_BOUND);
    }
  }, 180_000);

  // The mock keeps what a mock needs: an AVATAR as its hash and length, at most --max-chats
  // chats. Sixteen 100 MB avatars (the contract's worst case) used to stay in memory, 1.6 GB.
  const MOCK_SETTLED_BOUND = 1024 * MiB;

  it('the mock keeps no avatar: sixteen 100 MB avatars (two at a time) leave its RSS bounded', async () => {
    const mock = await start('../src/bin/mock.ts', '--port', '0');
    const url = `${mock.url}/rest/imbot.chat.add`;
    const body = avatarBody(100_000_072 + 32);
    const { result: statuses, peak, killed } = await underLoad(mock, 3 * 1024 * MiB, async () => {
      const statuses: unknown[] = [];
      for (let pair = 0; pair < 8; pair++) {
        const answers = await Promise.all([post(url, body), post(url, body)]);
        statuses.push(...answers.map((answer) => ('status' in answer ? answer.status : answer.error)));
      }
      return statuses;
    });
    expect(killed, 'the mock went past 3 GiB and was killed').toBe(false);
    expect(statuses).toEqual(Array.from({ length: 16 }, () => 200));
    const settled = await settledRss(mock.pid);
    console.log(`mock, 16 x ${mb(body.length)} avatars: peak RSS ${mb(peak)}, settled ${mb(settled)}`);
    expect(settled).toBeLessThan(MOCK_SETTLED_BOUND);
  }, 180_000);

  // The README's bound: with the default caps the mock stays under 512 MiB, however long it runs.
  const MOCK_MESSAGES_BOUND = 512 * MiB;

  it('200,000 messages of 4 KB with the default caps: RSS under 512 MiB', async () => {
    const mock = await start('../src/bin/mock.ts', '--port', '0', '--quiet');
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    const { hostname, port } = new URL(mock.url);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const call = (method: string, params: unknown) => new Promise<any>((resolve, reject) => {
      const body = JSON.stringify(params);
      const req = httpRequest(
        { host: hostname, port, path: `/rest/${method}`, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve(JSON.parse(text)));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    try {
      // A supervisor bot hears every message of its chats: each message is also an event queued for Event.get.
      const bot = (await call('imbot.v2.Bot.register', { fields: { code: 'listener', type: 'supervisor', properties: { name: 'Listener' } } })).result.bot.id;
      const chats: string[] = [];
      for (let i = 0; i < 100; i++) chats.push((await call('imbot.v2.Chat.add', { botId: bot, fields: { userIds: [1, 2, 3] } })).result.chat.dialogId);
      const text = 'x'.repeat(4096 - 10);
      const TOTAL = 200_000;
      let next = 0;
      let refused = 0;
      const { peak, killed } = await underLoad(mock, 2 * MOCK_MESSAGES_BOUND, () =>
        Promise.all(
          Array.from({ length: 8 }, async () => {
            while (next < TOTAL) {
              const i = next++;
              const answer = await call('im.message.add', { DIALOG_ID: chats[i % chats.length], MESSAGE: `${String(i).padStart(9, '0')} ${text}` });
              if (typeof answer.result !== 'number') refused++;
            }
          }),
        ),
      );
      expect(killed, 'the mock went past twice the bound and was killed').toBe(false);
      expect(refused).toBe(0);
      // What is kept stayed under the caps: the newest messages, a bounded queue.
      const chat = (await call('imbot.v2.Chat.get', { botId: bot, dialogId: chats[0] })).result.chat;
      const queued = (await call('imbot.v2.Event.get', { botId: bot, limit: 1 })).result;
      expect(chat.messageCount).toBeLessThan(TOTAL / chats.length);
      expect(queued.hasMore).toBe(true);
      console.log(`mock, ${TOTAL} messages of 4 KB: peak RSS ${mb(peak)}; ${chat.messageCount} of chat 1's ${TOTAL / chats.length} kept`);
      expect(peak).toBeLessThan(MOCK_MESSAGES_BOUND);
    } finally {
      agent.destroy();
    }
  }, 900_000);

  // Measured here: 450-590 MiB at the peak of a 60 MiB upload (80 MiB of JSON read, parsed,
  // checked and decoded; Node 24 and 20), back near 350 MiB after.
  const UPLOAD_PEAK_BOUND = 900 * MiB;

  it('files of 4 MiB (JSON and PHP form) and 60 MiB round-trip byte for byte; RSS bounded during the 60 MiB one', async () => {
    const mock = await start('../src/bin/mock.ts', '--port', '0', '--quiet');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const call = async (method: string, body: string, type = 'application/json'): Promise<any> => {
      const response = await fetch(`${mock.url}/rest/${method}`, { method: 'POST', headers: { 'content-type': type }, body });
      const answer = (await response.json()) as { result?: unknown; error?: string };
      expect(response.status, JSON.stringify(answer).slice(0, 300)).toBe(200);
      return answer.result;
    };
    const botId = (await call('imbot.v2.Bot.register', JSON.stringify({ fields: { code: 'files', properties: { name: 'Files' } } }))).bot.id;
    const dialogId = (await call('imbot.v2.Chat.add', JSON.stringify({ botId, fields: { userIds: [1] } }))).chat.dialogId;
    const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    const roundTrip = async (bytes: Buffer, form: boolean) => {
      const params = { botId, dialogId, fields: { name: 'blob.bin', content: bytes.toString('base64') } };
      const body = form
        ? `botId=${botId}&dialogId=${dialogId}&fields%5Bname%5D=blob.bin&fields%5Bcontent%5D=${encodeURIComponent(params.fields.content)}`
        : JSON.stringify(params);
      const { file } = await call('imbot.v2.File.upload', body, form ? 'application/x-www-form-urlencoded' : 'application/json');
      expect(file.size).toBe(bytes.length);
      const { downloadUrl } = await call('imbot.v2.File.download', JSON.stringify({ botId, fileId: file.id }));
      const downloaded = Buffer.from(await (await fetch(downloadUrl)).arrayBuffer());
      expect(sha256(downloaded)).toBe(sha256(bytes));
    };
    await roundTrip(randomBytes(4 * MiB), false);
    await roundTrip(randomBytes(4 * MiB), true);
    const big = randomBytes(60 * MiB);
    const { peak, killed } = await underLoad(mock, 3 * UPLOAD_PEAK_BOUND, () => roundTrip(big, false));
    expect(killed, 'the mock went past three times the bound and was killed').toBe(false);
    const settled = await settledRss(mock.pid);
    console.log(`mock, a 60 MiB file round trip: peak RSS ${mb(peak)}, settled ${mb(settled)}`);
    expect(peak).toBeLessThan(UPLOAD_PEAK_BOUND);
  }, 300_000);
});
