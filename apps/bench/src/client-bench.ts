// Client: mean time per call, one call after the other, to a loopback server (a bare Fastify
// route at the webhook path answering the constant envelope, in its own process), through
// `client.imbot.chat.add`, a hand-built raw `fetch` and openapi-fetch; all send the same JSON
// body to the same URL over keep-alive. Runs rotate the order; the client process's CPU time
// per call is recorded too.

import { createImbotClient } from '@b24-imbot/client';
import type { paths } from '@b24-imbot/core';
import createClient from 'openapi-fetch';

import { CHAT_ID, CLIENT_ID, METHOD_PATH, WEBHOOK_PATH } from './fixtures.js';
import { startServe } from './server-bench.js';

const params = { USERS: [1, 2], TITLE: 'Bench chat' };

export const callers = (origin: string): Record<string, () => Promise<number>> => {
  const base = origin + WEBHOOK_PATH;
  const client = createImbotClient({ webhookUrl: `${base}/`, clientId: CLIENT_ID });
  const openapiFetch = createClient<paths>({ baseUrl: base });
  return {
    client: () => client.imbot.chat.add(params),
    fetch: async () => {
      const response = await fetch(base + METHOD_PATH, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...params, CLIENT_ID }),
      });
      const envelope = (await response.json()) as { result?: number; error?: string };
      if (!response.ok || envelope.error !== undefined) throw new Error(`imbot.chat.add failed: ${envelope.error}`);
      return envelope.result!;
    },
    'openapi-fetch': async () => {
      const { data, error } = await openapiFetch.POST('/imbot.chat.add', { body: { ...params, CLIENT_ID } });
      if (error) throw new Error(`imbot.chat.add failed: ${error.error}`);
      return data.result;
    },
  };
};

export interface ClientRow {
  name: string;
  /** Mean wall time and client CPU time per call in µs, one per run. */
  wall: number[];
  cpu: number[];
}

const timeCalls = async (call: () => Promise<number>, count: number) => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < count; i++) if ((await call()) !== CHAT_ID) throw new Error('wrong CHAT_ID');
  const used = process.cpuUsage(cpu);
  return { wall: ((performance.now() - start) * 1000) / count, cpu: (used.user + used.system) / count };
};

export async function clientBench(runs: number, calls: number, log: (line: string) => void): Promise<ClientRow[]> {
  const server = await startServe('portal');
  try {
    const contenders = Object.entries(callers(server.url));
    const rows: ClientRow[] = contenders.map(([name]) => ({ name, wall: [], cpu: [] }));
    for (const [, call] of contenders) await timeCalls(call, calls / 2);
    for (let run = 0; run < runs; run++) {
      for (let k = 0; k < contenders.length; k++) {
        const i = (k + run) % contenders.length;
        const { wall, cpu } = await timeCalls(contenders[i]![1], calls);
        rows[i]!.wall.push(wall);
        rows[i]!.cpu.push(cpu);
      }
      log(`  client run ${run + 1}/${runs}: ${rows.map((row) => `${row.name} ${row.wall.at(-1)!.toFixed(0)} µs`).join(', ')}`);
    }
    return rows;
  } finally {
    await server.stop();
  }
}
