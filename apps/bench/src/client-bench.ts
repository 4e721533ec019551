// Client: mean time per call, one call after the other, to a loopback server (a bare Fastify
// route at the webhook path answering the constant envelope, in its own process), through
// - @b24-imbot/client: `client.imbot.chat.add(params)`, default options (retries on, 30 s timeout);
// - raw fetch: a hand-built POST with a JSON body, `result` read from the parsed envelope;
// - openapi-fetch: `client.POST('/imbot.chat.add', { body })` with openapi-typescript's types;
// - raw fetch handed a `Request` object (what hey-api's runtime and openapi-fetch do), to show its cost.
// All three send the same JSON body (params + CLIENT_ID) to the same URL over keep-alive.
// Rounds rotate the order; we also record the client process's CPU time per call.
import { createImbotClient } from '@b24-imbot/client';
import createClient from 'openapi-fetch';

import type { paths } from '../.tmp/openapi-fetch/schema.js';
import { CHAT_ID, CLIENT_ID, METHOD_PATH, SUCCESS_BODY, WEBHOOK_CODE, WEBHOOK_USER } from './fixtures.js';
import { startBenchServer } from './processes.js';
import { median } from './stats.js';

export interface ClientBenchOptions {
  runs: number;
  callsPerRun: number;
  warmupCalls: number;
  log: (line: string) => void;
}

export interface ClientContender {
  name: string;
  label: string;
  /** Mean wall time per call in microseconds, one per run. */
  meanUs: number[];
  /** Client-process CPU time per call in microseconds, one per run. */
  cpuUs: number[];
  median: number;
  medianCpu: number;
}

const params = { USERS: [1, 2], TITLE: 'Bench chat' };

export type CreateChat = () => Promise<number>;

/** The three ways to call imbot.chat.add on `origin`; `fetchImpl` replaces the global fetch. */
export function callers(
  origin: string,
  fetchImpl: typeof fetch = fetch,
): Record<'client' | 'client-notimeout' | 'fetch' | 'fetch-request' | 'openapi-fetch', CreateChat> {
  const base = `${origin}/rest/${WEBHOOK_USER}/${WEBHOOK_CODE}`;

  const client = createImbotClient({ webhookUrl: `${base}/`, clientId: CLIENT_ID, ...(fetchImpl === fetch ? {} : { fetch: fetchImpl }) });
  // Like for like with raw fetch, which has no timeout: no timer and no abort signal per call.
  const clientNoTimeout = createImbotClient({
    webhookUrl: `${base}/`,
    clientId: CLIENT_ID,
    timeoutMs: 0,
    ...(fetchImpl === fetch ? {} : { fetch: fetchImpl }),
  });

  const rawUrl = `${base}${METHOD_PATH}`;
  const raw: CreateChat = async () => {
    const response = await fetchImpl(rawUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...params, CLIENT_ID }),
    });
    const envelope = (await response.json()) as { result?: number; error?: string };
    if (!response.ok || envelope.error !== undefined) throw new Error(`imbot.chat.add failed: ${envelope.error}`);
    return envelope.result!;
  };

  // The same raw call, but handing fetch a Request object, as hey-api's runtime and openapi-fetch do.
  const viaRequest: CreateChat = async () => {
    const request = new Request(rawUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...params, CLIENT_ID }),
    });
    const response = await fetchImpl(request);
    const envelope = (await response.json()) as { result?: number; error?: string };
    if (!response.ok || envelope.error !== undefined) throw new Error(`imbot.chat.add failed: ${envelope.error}`);
    return envelope.result!;
  };

  const openapiFetch = createClient<paths>({ baseUrl: base, fetch: fetchImpl });
  const viaOpenapiFetch: CreateChat = async () => {
    const { data, error } = await openapiFetch.POST('/imbot.chat.add', { body: { ...params, CLIENT_ID } });
    if (error) throw new Error(`imbot.chat.add failed: ${error.error}`);
    return data.result;
  };

  return {
    client: () => client.imbot.chat.add(params),
    'client-notimeout': () => clientNoTimeout.imbot.chat.add(params),
    fetch: raw,
    'fetch-request': viaRequest,
    'openapi-fetch': viaOpenapiFetch,
  };
}

const timeCalls = async (call: CreateChat, count: number): Promise<{ wallUs: number; cpuUs: number }> => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    if ((await call()) !== CHAT_ID) throw new Error('wrong CHAT_ID');
  }
  const wallUs = ((performance.now() - start) * 1000) / count;
  const used = process.cpuUsage(cpu);
  return { wallUs, cpuUs: (used.user + used.system) / count };
};

export async function clientBench(options: ClientBenchOptions): Promise<ClientContender[]> {
  const server = await startBenchServer('portal');
  try {
    const calls = callers(server.url);
    const contenders: ClientContender[] = [
      { name: 'client', label: '@b24-imbot/client `client.imbot.chat.add`', meanUs: [], cpuUs: [], median: NaN, medianCpu: NaN },
      { name: 'client-notimeout', label: '@b24-imbot/client with `timeoutMs: 0` (no timer, no abort signal)', meanUs: [], cpuUs: [], median: NaN, medianCpu: NaN },
      { name: 'fetch', label: 'raw `fetch`, hand-built request', meanUs: [], cpuUs: [], median: NaN, medianCpu: NaN },
      { name: 'fetch-request', label: 'raw `fetch`, the same request as a `Request` object', meanUs: [], cpuUs: [], median: NaN, medianCpu: NaN },
      { name: 'openapi-fetch', label: 'openapi-fetch 0.17.0 `POST`', meanUs: [], cpuUs: [], median: NaN, medianCpu: NaN },
    ];
    for (const contender of contenders) await timeCalls(calls[contender.name as keyof typeof calls], options.warmupCalls);
    for (let run = 0; run < options.runs; run++) {
      for (let i = 0; i < contenders.length; i++) {
        const contender = contenders[(i + run) % contenders.length]!;
        const { wallUs, cpuUs } = await timeCalls(calls[contender.name as keyof typeof calls], options.callsPerRun);
        contender.meanUs.push(wallUs);
        contender.cpuUs.push(cpuUs);
      }
      options.log(
        `  run ${run + 1}/${options.runs}: ${contenders.map((c) => `${c.name} ${c.meanUs.at(-1)!.toFixed(0)} us`).join(', ')}`,
      );
    }
    return contenders.map((c) => ({ ...c, median: median(c.meanUs), medianCpu: median(c.cpuUs) }));
  } finally {
    await server.stop();
  }
}

/**
 * Each contender's own CPU time per call, without a network: `fetch` is replaced by an
 * in-memory one that reads the request body and answers the constant envelope. Adds a raw
 * fetch that wraps its request in a `Request` first (as hey-api's and openapi-fetch's runtimes
 * do), to show what that costs.
 */
export async function clientOverhead(options: { runs: number; calls: number }): Promise<Array<{ name: string; label: string; cpuUs: number[]; median: number }>> {
  const headers = { 'content-type': 'application/json; charset=utf-8' };
  const memoryFetch = (async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (input instanceof Request) await input.text();
    else if (typeof init?.body !== 'string') throw new Error('expected a string body');
    return new Response(SUCCESS_BODY, { status: 200, headers });
  }) as typeof fetch;
  const origin = 'http://127.0.0.1:9';
  const calls = callers(origin, memoryFetch);
  const rows = [
    { name: 'client', label: '@b24-imbot/client', call: calls.client },
    { name: 'client-notimeout', label: '@b24-imbot/client, `timeoutMs: 0`', call: calls['client-notimeout'] },
    { name: 'fetch', label: 'raw fetch (URL string + init)', call: calls.fetch },
    { name: 'fetch-request', label: 'raw fetch, the same request as a `Request` object', call: calls['fetch-request'] },
    { name: 'openapi-fetch', label: 'openapi-fetch', call: calls['openapi-fetch'] },
  ].map((row) => ({ ...row, cpuUs: [] as number[], median: NaN }));
  for (const row of rows) await timeCalls(row.call, Math.min(options.calls, 2000));
  for (let run = 0; run < options.runs; run++) {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[(i + run) % rows.length]!;
      row.cpuUs.push((await timeCalls(row.call, options.calls)).cpuUs);
    }
  }
  return rows.map(({ call: _call, ...row }) => ({ ...row, median: median(row.cpuUs) }));
}
