// Middleware and routing: a stack of functions `(ctx, next)` run in order for each event, and the
// routes that add one (`on` an event or short name, `command`, `hears`, `filter`). A route whose
// test passes runs its own handlers and does not go on unless one of them calls `next()`.
import type { CommandCall, Context } from './context.js';
import type { EventName } from './contract.js';
import { type EventOf, type FilterExtras, type FilterQuery, matcher } from './filters.js';

/** Runs the rest of the stack; resolves when it is done. */
export type NextFunction = () => Promise<void>;

/** One step of the stack. What it returns is awaited, then ignored. */
export type Middleware<C> = (ctx: C, next: NextFunction) => unknown;

/** The context of a handler of event N, with what the bot adds to every context (X, e.g. `session`). */
export type BotContext<N extends EventName = EventName, X extends object = {}> = Context<N> & X;

/** The context of a `command` handler. */
export type CommandContext<X extends object = {}> = BotContext<'ONIMBOTV2COMMANDADD', X> & { readonly command: CommandCall };

/** The context of a `hears` handler. */
export type HearsContext<X extends object = {}> = BotContext<'ONIMBOTV2MESSAGEADD', X> & {
  readonly text: string;
  match: RegExpExecArray;
};

/** The context of an `on(filter)` handler. */
export type FilteredContext<F extends FilterQuery, X extends object = {}> = BotContext<EventOf<F>, X> & FilterExtras<F>;

type Step<C> = Middleware<C> | Composer<any>;

/** Runs `stack` on `ctx`; the last `next()` runs `done`. */
export const runStack = <C>(stack: readonly Middleware<C>[], ctx: C, done: NextFunction): Promise<void> => {
  let called = -1;
  const dispatch = async (index: number): Promise<void> => {
    if (index <= called) throw new Error('next() was called more than once by one middleware');
    called = index;
    const step = stack[index];
    if (step === undefined) return done();
    await step(ctx, () => dispatch(index + 1));
  };
  return dispatch(0);
};

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class Composer<X extends object = {}> {
  readonly #stack: Middleware<BotContext<EventName, X>>[] = [];

  /** Adds middleware (or the stack of another composer) that every event goes through. */
  use(...steps: Step<BotContext<EventName, X>>[]): this {
    for (const step of steps) this.#stack.push(step instanceof Composer ? step.middleware() : step);
    return this;
  }

  /**
   * Handles the events a filter selects: an event name of the contract (`ONIMBOTV2REACTIONCHANGE`)
   * or a short name (`message`, `message:text`, `message:file`, `message:mention`, `edit`,
   * `delete`, `join`, `command`, `reaction`, `context`, `unregistered`); several filters are or'ed.
   */
  on<F extends FilterQuery>(filter: F | readonly F[], ...handlers: Middleware<FilteredContext<F, X>>[]): this {
    const tests = (Array.isArray(filter) ? filter : [filter]).map(matcher);
    if (tests.length === 0) throw new TypeError('on() needs at least one filter');
    return this.#route((ctx) => tests.some((test) => test(ctx)), handlers as Middleware<BotContext<EventName, X>>[]);
  }

  /**
   * Handles one of the bot's commands (ONIMBOTV2COMMANDADD), by name with or without the slash:
   * `ctx.command.args` is what the user wrote after it. Declare the command in the bot's
   * `commands` too: the portal only sends registered commands.
   */
  command(name: string | readonly string[], ...handlers: Middleware<CommandContext<X>>[]): this {
    const names = new Set((typeof name === 'string' ? [name] : name).map((one) => one.replace(/^\//, '')));
    if (names.size === 0 || names.has('')) throw new TypeError('command() needs command names');
    return this.#route((ctx) => ctx.command !== undefined && names.has(ctx.command.name), handlers as Middleware<BotContext<EventName, X>>[]);
  }

  /**
   * Handles messages whose text matches: a string matches the whole text (trimmed), a RegExp
   * anywhere (`ctx.match` holds the match). The bot's own commands never match (see `command`).
   */
  hears(pattern: string | RegExp | readonly (string | RegExp)[], ...handlers: Middleware<HearsContext<X>>[]): this {
    const patterns = (Array.isArray(pattern) ? pattern : [pattern]).map((one: string | RegExp) =>
      typeof one === 'string'
        ? { regexp: new RegExp(`^${escape(one.trim())}$`), whole: true }
        : { regexp: new RegExp(one.source, one.flags.replace(/[gy]/g, '')), whole: false },
    );
    const test = matcher('message:text');
    return this.#route((ctx) => {
      if (!test(ctx)) return false;
      const text = ctx.text ?? '';
      for (const { regexp, whole } of patterns) {
        const match = regexp.exec(whole ? text.trim() : text);
        if (match) {
          ctx.match = match;
          return true;
        }
      }
      return false;
    }, handlers as Middleware<BotContext<EventName, X>>[]);
  }

  /** Handles the events a predicate accepts (a type guard narrows the handlers' context). */
  filter<C extends BotContext<EventName, X>>(predicate: (ctx: BotContext<EventName, X>) => ctx is C, ...handlers: Middleware<C>[]): this;
  filter(predicate: (ctx: BotContext<EventName, X>) => boolean, ...handlers: Middleware<BotContext<EventName, X>>[]): this;
  filter(predicate: (ctx: BotContext<EventName, X>) => boolean, ...handlers: Middleware<BotContext<EventName, X>>[]): this {
    return this.#route(predicate, handlers);
  }

  /** The whole stack as one middleware. */
  middleware(): Middleware<BotContext<EventName, X>> {
    const stack = this.#stack;
    return (ctx, next) => runStack(stack, ctx, next);
  }

  #route(test: (ctx: BotContext<EventName, X>) => boolean, handlers: Middleware<BotContext<EventName, X>>[]): this {
    if (handlers.length === 0) throw new TypeError('a route needs at least one handler');
    this.#stack.push((ctx, next) => (test(ctx) ? runStack(handlers, ctx, next) : next()));
    return this;
  }
}
