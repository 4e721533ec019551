// Webhooks as a standard fetch handler, `(Request) => Response`: what Bun.serve, Deno.serve,
// Cloudflare Workers, Hono and Next route handlers take. The body is read up to the limit and
// no further, then handed to the receiver; the answer goes out before the bot has handled the
// event, and a platform's `waitUntil` (Workers' ExecutionContext) is given the handling.
import { type Delivered, type Receiver, tooLarge } from './receiver.js';

export interface FetchHandlerOptions {
  /**
   * Answer only once the bot has handled the event, for platforms that stop the process after
   * the answer and offer no `waitUntil`. Default false: answer first (the platform expects a
   * quick 200 and does not retry).
   */
  readonly waitForHandler?: boolean;
}

/** A fetch handler; any further arguments (Workers' env and ctx, Deno's info) are looked through for `waitUntil`. */
export type FetchHandler = (request: Request, ...platform: unknown[]) => Promise<Response>;

const json = (status: number, code: string, description: string, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify({ error: code, error_description: description }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });

/** The request's body, or undefined once it is longer than `max` bytes (the rest is not read). */
export const readBody = async (request: Request, max: number): Promise<Uint8Array | undefined> => {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > max) {
    await request.body?.cancel().catch(() => {});
    return undefined;
  }
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > max) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
};

const waitUntilOf = (platform: readonly unknown[]): ((promise: Promise<unknown>) => void) | undefined => {
  for (const arg of platform) {
    const waitUntil = (arg as { waitUntil?: unknown } | null)?.waitUntil;
    if (typeof waitUntil === 'function') return (promise) => waitUntil.call(arg, promise);
  }
  return undefined;
};

export const createFetchHandler = (receiverOf: () => Receiver | undefined, options: FetchHandlerOptions = {}): FetchHandler => {
  return async (request, ...platform) => {
    if (request.method !== 'POST') return json(405, 'METHOD_NOT_ALLOWED', 'Deliveries are POSTed', { allow: 'POST' });
    const receiver = receiverOf();
    if (receiver === undefined) {
      await request.body?.cancel().catch(() => {});
      return json(503, 'BOT_NOT_STARTED', 'The bot is not running: call start() or connect() first');
    }
    const body = await readBody(request, receiver.bodyBytes);
    const delivered: Delivered = body === undefined ? tooLarge(receiver.bodyBytes) : receiver.deliver(body, request.headers.get('content-type') ?? undefined);
    if (options.waitForHandler || delivered.wait) await delivered.handled;
    else waitUntilOf(platform)?.(delivered.handled);
    return new Response(delivered.body, { status: delivered.status, headers: delivered.headers });
  };
};
