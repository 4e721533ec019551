// The client on a fake clock against the real mock portal: its `fetch` is answered by the
// portal in-process through Fastify's inject(), so no socket or timer of the machine is involved
// and a busy machine changes nothing. What each request carried and when (fake time) it went and
// was aborted is recorded: the wire as the portal sees it.
import type { MockPortal } from '@b24-imbot/server/mock';
import { vi } from 'vitest';

/** One request the client sent. */
export interface Sent {
  /** The method, the last segment of the path. */
  readonly method: string;
  /** When it went, in (fake) ms. */
  readonly at: number;
  /** Its JSON body. */
  readonly body: Record<string, unknown>;
  /** When its signal aborted it (a timeout or the caller), if it did. */
  abortedAt?: number;
}

/** The client's fetch, answered by the portal in-process; records each request (`sent`) and when it went (`sentAt`). */
export const injected = (portal: MockPortal) => {
  const sent: Sent[] = [];
  const sentAt: number[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const record: Sent = {
      method: decodeURIComponent(url.pathname.split('/').at(-1)!),
      at: Date.now(),
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : {},
    };
    sent.push(record);
    sentAt.push(record.at);
    const answering = portal.server.inject({
      method: (init?.method ?? 'GET') as 'POST',
      url: `${url.pathname}${url.search}`,
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      ...(typeof init?.body === 'string' ? { payload: init.body } : {}),
    });
    // As fetch does: an abort rejects with the signal's reason, whether the portal answered or not.
    const { signal } = init ?? {};
    const aborted = new Promise<never>((_, reject) => {
      const onAbort = (): void => {
        record.abortedAt = Date.now();
        reject(signal!.reason);
      };
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort, { once: true });
    });
    const answer = await Promise.race([answering, aborted]);
    return new Response(new Uint8Array(answer.rawPayload), { status: answer.statusCode, headers: answer.headers as Record<string, string> });
  };
  return { fetch: fetch as typeof globalThis.fetch, sent, sentAt };
};

/** Lets the in-process calls under way finish (inject() works in macrotasks, which stay real). */
export const settle = async (): Promise<void> => {
  for (let turn = 0; turn < 50; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
};

/**
 * Moves the fake clock on by `ms` in steps, each after the calls under way have finished: a call
 * and its answer take no time on this clock, so each wait is measured exactly.
 */
export const elapse = async (ms: number, step = 10): Promise<void> => {
  for (let done = 0; done < ms; done += step) {
    await settle();
    await vi.advanceTimersByTimeAsync(Math.min(step, ms - done));
  }
  await settle();
};
