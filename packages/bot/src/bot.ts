// The bot: its definition (code, name, commands), its routes (a Composer), and a run: `start`
// makes the portal match the code and receives events by polling or webhook; every event goes
// through the same path (order per dialog, session, middleware, error handler).
import { type BotContext, type CommandContext, Composer, type Middleware, runStack } from './composer.js';
import { Context, type ContextBot } from './context.js';
import type { BotEvent, EventName, ImbotClient, ImbotClientOptions } from './contract.js';
import { createSequencer, type Sequencer } from './order.js';
import { type EventTurn, type Poller, type PollingOptions, startPolling } from './polling.js';
import { connect } from './portal.js';
import { type BotDefinition, normalCommands, type ProvisionedBot, provision } from './provision.js';
import { createReceiver, type Receiver, type ReceiverOptions, sharedMarkMs } from './receiver.js';
import { type SessionFlavor, type SessionOptions, withSession } from './session.js';
import { memoryStore, type Store } from './store.js';
import { createFetchHandler, type FetchHandler, type FetchHandlerOptions } from './webhook.js';

/** Which events wait for each other: those of one dialog (default), of one user, or of one key you compute. */

/**
 * Where `@b24-imbot/bot/testing` hears of each error the bot reports, besides `catch` (a
 * registered symbol: the harness and the bot may come from different copies of the package).
 * @internal
 */
export const errorTap: unique symbol = Symbol.for('@b24-imbot/bot.errorTap') as never;

export type OrderBy = 'dialog' | 'user' | ((event: BotEvent) => string);

export interface BotOptions extends BotDefinition {
  /** Which events are handled one after another; others run at once. Default `dialog`. */
  readonly orderBy?: OrderBy;
}

/** Receiving by webhook: where the portal POSTs, and what a delivery must carry. */
export interface WebhookOptions extends ReceiverOptions {
  /** The public URL of your receiver (the fetch handler, `@b24-imbot/bot/node` or `/fastify`); registered as the bot's webhookUrl. */
  readonly url: string;
}

/** Where the bot runs: the portal (the client's options), the delivery, the store. */
export type ConnectOptions = ImbotClientOptions & {
  /** Webhook deliveries (to the fetch handler or an adapter); verified with `applicationToken`. */
  readonly webhook?: Omit<WebhookOptions, 'url'> & { readonly url?: string };
  /** Where sessions and the polling position are kept. Default: in memory (lost on restart). */
  readonly storage?: Store;
};

export type StartOptions = ImbotClientOptions & {
  /** Receive by webhook at this URL instead of polling. */
  readonly webhook?: WebhookOptions;
  /** Polling (the default when `webhook` is not given). */
  readonly polling?: PollingOptions;
  /** Where sessions and the polling position are kept. Default: in memory (lost on restart). */
  readonly storage?: Store;
  /** Stops the bot when aborted. */
  readonly signal?: AbortSignal;
};

/** Told about a handler's error (with its context) or a failure of the polling loop (without). */
export type ErrorHandler<X extends object> = (error: unknown, ctx: BotContext<EventName, X> | undefined) => unknown;

interface Run {
  readonly client: ImbotClient;
  readonly store: Store;
  readonly receiver: Receiver | undefined;
  readonly stop: AbortController;
  info: ProvisionedBot | undefined;
  poller: Poller | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const orderKey = (orderBy: OrderBy, event: BotEvent): string => {
  if (typeof orderBy === 'function') return orderBy(event);
  const data = event.data as Record<string, unknown>;
  if (orderBy === 'user') {
    const user = data['user'];
    if (isRecord(user) && typeof user['id'] === 'number') return `user:${user['id']}`;
  }
  const chat = data['chat'];
  if (isRecord(chat) && typeof chat['dialogId'] === 'string') return `dialog:${chat['dialogId']}`;
  if (typeof data['dialogId'] === 'string') return `dialog:${data['dialogId']}`;
  return 'bot';
};

/**
 * The client's options with the store's shared rate limiter in place of its own bucket, when the
 * store has one and `rateLimit` names limits: one budget for every instance of the application
 * (its webhook, or its portal).
 */
const withSharedLimit = (options: ImbotClientOptions, store: Store): ImbotClientOptions => {
  const setting = options.rateLimit;
  if (store.rateLimiter === undefined || !setting || (typeof setting === 'object' && 'take' in setting)) return options;
  const scope = options.webhookUrl ?? options.portal ?? options.restUrl;
  if (typeof scope !== 'string') return options;
  return { ...options, rateLimit: store.rateLimiter(scope, setting) };
};

const defaultErrorHandler = (error: unknown, ctx: { event: BotEvent } | undefined): void => {
  console.error(ctx ? `@b24-imbot/bot: the ${ctx.event.type} handler failed` : '@b24-imbot/bot: polling failed', error);
};

export class Bot<X extends object = {}> extends Composer<X> {
  /** The bot as code defines it. */
  readonly definition: BotOptions;
  readonly #session: SessionOptions<unknown> | undefined;
  readonly #commands: ReadonlySet<string>;
  readonly #sequencer: Sequencer = createSequencer();
  /** Deliveries accepted whose event has not reached the sequencer yet (the receiver answers first). */
  readonly #accepted = new Set<Promise<void>>();
  #onError: ErrorHandler<X> = defaultErrorHandler;
  #run: Run | undefined;

  constructor(options: BotOptions & { readonly session?: SessionOptions<unknown> }) {
    super();
    const { session, ...definition } = options;
    if (typeof definition.code !== 'string' || definition.code === '') throw new TypeError('a bot needs a code');
    if (typeof definition.name !== 'string' || definition.name.trim() === '') throw new TypeError('a bot needs a name');
    this.definition = definition;
    this.#session = session;
    this.#commands = new Set(normalCommands(definition).keys());
  }

  /**
   * Handles one of the bot's commands (see `Composer.command`). A name that is not among the
   * bot's `commands` is refused: the portal sends only registered commands, so its handler could
   * never run (a `/start` the user types arrives as a text message).
   */
  override command(name: string | readonly string[], ...handlers: Middleware<CommandContext<X>>[]): this {
    for (const one of typeof name === 'string' ? [name] : name) {
      const bare = one.replace(/^\//, '');
      if (bare !== '' && !this.#commands.has(bare)) {
        throw new TypeError(
          `bot.command('${bare}'): /${bare} is not among the bot's commands; declare it in createBot({ commands }) (the portal sends only registered commands)`,
        );
      }
    }
    return super.command(name, ...handlers);
  }

  /** Where an error of a handler (or of polling) goes. Default: console.error. */
  catch(handler: ErrorHandler<X>): this {
    this.#onError = handler;
    return this;
  }

  /** The running bot's id and what `start` changed on the portal; undefined before `start`. */
  get info(): ProvisionedBot | undefined {
    return this.#run?.info;
  }

  /** The client of the running bot (after `start` or `connect`). */
  get client(): ImbotClient {
    if (this.#run === undefined) throw new Error('the bot is not running: call start() or connect() first');
    return this.#run.client;
  }

  /**
   * Connects without touching the portal: the client, the store and (with `webhook`) the
   * receiver, for a serverless function that only answers deliveries. `start` does this and
   * more.
   */
  connect(options: ConnectOptions): this {
    if (this.#run !== undefined) throw new Error(`bot ${this.definition.code} is already running; stop() it first`);
    const { webhook, storage, ...clientOptions } = options as ConnectOptions & { polling?: unknown; signal?: unknown };
    delete (clientOptions as { polling?: unknown }).polling;
    delete (clientOptions as { signal?: unknown }).signal;
    const store = storage ?? memoryStore();
    const client = connect(withSharedLimit(clientOptions as ImbotClientOptions, store));
    const markMs = sharedMarkMs(webhook?.replay);
    this.#run = {
      client,
      store,
      receiver: webhook
        ? this.#tracked(
            createReceiver(webhook, (event, key) => this.#deliver(event, store.shared && key !== undefined ? { key, markMs } : undefined)),
            webhook.maxPending ?? 1000,
          )
        : undefined,
      stop: new AbortController(),
      info: undefined,
      poller: undefined,
    };
    return this;
  }

  /**
   * Makes the portal match the code (registers the bot or updates it, webhook URL and event
   * mode included, and its commands), then receives events: by polling, or with `webhook` at
   * its URL through `fetchHandler()` or an adapter. Resolves once the bot is ready.
   */
  async start(options: StartOptions): Promise<ProvisionedBot> {
    const { polling, signal, ...rest } = options;
    this.connect(rest);
    const run = this.#run!;
    try {
      const delivery = options.webhook ? { mode: 'webhook' as const, url: options.webhook.url } : { mode: 'fetch' as const };
      run.info = await provision(run.client, this.definition, delivery, options.botToken);
      if (signal) {
        if (signal.aborted) throw signal.reason;
        signal.addEventListener('abort', () => void this.stop(), { once: true });
      }
      if (delivery.mode === 'fetch') {
        run.poller = await startPolling(
          {
            client: run.client,
            botId: run.info.id,
            store: run.store,
            key: `${this.#prefix()}polling:${run.info.id}`,
            handle: (event, handled) => this.#handleThen(event, handled),
            report: (error) => this.#report(error, undefined),
            signal: run.stop.signal,
          },
          polling,
        );
      }
      return run.info;
    } catch (error) {
      if (this.#run === run) this.#run = undefined;
      throw error;
    }
  }

  /** Stops receiving (polling ends, the fetch handler answers 503), waits for the events taken, and forgets the run. */
  async stop(): Promise<void> {
    const run = this.#run;
    if (run === undefined) return;
    run.stop.abort();
    await run.poller?.stopped;
    await this.idle();
    if (this.#run === run) this.#run = undefined;
  }

  /**
   * A fetch handler receiving the portal's deliveries: `(request) => Response`, for Bun.serve,
   * Deno.serve, Cloudflare Workers (`export default { fetch: bot.fetchHandler() }`), Hono, Next.
   * It answers 503 until the bot is started (or connected) with `webhook`.
   */
  fetchHandler(options?: FetchHandlerOptions): FetchHandler {
    return createFetchHandler(() => {
      const run = this.#run;
      return run && !run.stop.signal.aborted ? run.receiver : undefined;
    }, options);
  }

  /**
   * Reads one delivery (raw body and Content-Type) and hands its event to the bot: what the
   * adapters call. Undefined when the bot is not receiving webhooks.
   */
  get receiver(): Receiver | undefined {
    const run = this.#run;
    return run && !run.stop.signal.aborted ? run.receiver : undefined;
  }

  /**
   * Handles one event (polled, delivered, or made up in a test): after the earlier events of its
   * dialog, through the middleware. Resolves when handled; never rejects (errors go to `catch`).
   */
  handleEvent(event: BotEvent): Promise<void> {
    return this.#inTurn(event, () => this.#handle(event));
  }

  /** Runs `task` in the event's turn (after the earlier events of its dialog); what it throws goes to `catch`. */
  #inTurn(event: BotEvent, task: () => Promise<void>): Promise<void> {
    const orderBy = this.definition.orderBy ?? 'dialog';
    return this.#sequencer.run(orderKey(orderBy, event), task).catch((error: unknown) => this.#report(error, undefined));
  }

  /** A polled event: `handleEvent`, asking the poller in the event's own turn whether to run it, and telling it when done. */
  #handleThen(event: BotEvent, turn: EventTurn): Promise<void> {
    return this.#inTurn(event, async () => {
      if (!turn.start()) return;
      try {
        await this.#handle(event);
      } finally {
        await turn.done();
      }
    });
  }

  /**
   * A webhook delivery: handled as `handleEvent` does, unless (`mark`, a shared store) another
   * instance took the same delivery first. The mark is set in the dialog's turn, so events of one
   * dialog keep their order.
   */
  #deliver(event: BotEvent, mark: { key: string; markMs: number } | undefined): Promise<void> {
    if (mark === undefined) return this.handleEvent(event);
    const run = this.#run;
    return this.#inTurn(event, async () => {
      if (run === undefined || !(await run.store.add(`${this.#prefix()}delivery:${mark.key}`, 1, { ttlMs: mark.markMs }))) return;
      await this.#handle(event);
    });
  }

  /** Resolves once no event is being handled or waiting (deliveries accepted included). */
  async idle(): Promise<void> {
    while (this.#accepted.size > 0 || this.#sequencer.pending > 0) {
      await Promise.all(this.#accepted);
      await this.#sequencer.idle();
    }
  }

  /** The receiver, counting what it accepted until handled, and asking for a late answer past `maxPending`. */
  #tracked(receiver: Receiver, maxPending: number): Receiver {
    if (!(Number.isInteger(maxPending) && maxPending >= 1)) throw new RangeError('webhook.maxPending must be a positive integer');
    return {
      bodyBytes: receiver.bodyBytes,
      deliver: (body, contentType) => {
        const busy = this.#accepted.size >= maxPending;
        const delivered = receiver.deliver(body, contentType);
        this.#accepted.add(delivered.handled);
        void delivered.handled.then(() => this.#accepted.delete(delivered.handled));
        return busy && delivered.status === 200 ? { ...delivered, wait: true } : delivered;
      },
    };
  }

  #prefix(): string {
    return `bot:${this.definition.code}:`;
  }

  async #handle(event: BotEvent): Promise<void> {
    const run = this.#run;
    if (run === undefined) throw new Error('an event came while the bot is not running');
    const bot: ContextBot = { id: run.info?.id ?? 0, client: run.client, commands: this.#commands };
    const ctx = new Context(event, bot) as BotContext<EventName, X>;
    const stack = [this.middleware()];
    const handle = () => runStack(stack, ctx, async () => {});
    try {
      if (this.#session) await withSession(this.#session, this.#session.store ?? run.store, this.#prefix(), ctx as never, handle);
      else await handle();
    } catch (error) {
      this.#report(error, ctx);
    }
  }

  #report(error: unknown, ctx: BotContext<EventName, X> | undefined): void {
    (this as { [errorTap]?: (error: unknown) => void })[errorTap]?.(error);
    try {
      const result = this.#onError(error, ctx);
      if (result instanceof Promise) result.catch((failure: unknown) => defaultErrorHandler(failure, ctx));
    } catch (failure) {
      defaultErrorHandler(failure, ctx);
    }
  }
}

/**
 * Defines a bot: its code, name, type and profile, its commands, and (`session`) state kept per
 * dialog. Add routes (`command`, `on`, `hears`, `use`), then `start` it.
 */
export function createBot<S>(options: BotOptions & { readonly session: SessionOptions<S> }): Bot<SessionFlavor<S>>;
export function createBot(options: BotOptions): Bot;
export function createBot(options: BotOptions & { readonly session?: SessionOptions<unknown> }): Bot<any> {
  return new Bot(options);
}
