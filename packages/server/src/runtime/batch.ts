// `batch` (settings/how-to-call-rest-api/batch.md): up to `maxCommands` commands, each `method`
// or `method?<query>`, run in order in one request through the same steps as a call of their
// own (parsing, `$result[...]` references, names, coercion, validation, the security hook with
// the batch's auth, the handler), each answered under its key. Framework-free: the plugin hands
// it the parsed bags and a way to find and run a method. The batch itself answers 200 whatever
// its commands did; its own parameters are checked first (no `cmd`: 400 INVALID_FORMAT). What
// the contract says about it (limit, parameter names, its own codes) comes from the generated
// table (`OperationDefinition.batch`).
import { Bitrix24Error, type BitrixErrorCode } from '../errors.js';
import { type BatchOutcome, batchResultJson, emptyOutcome } from './batch-answer.js';
import { withReferences } from './batch-refs.js';
import { type Auth, type CallSetup, type PreparedCall, prepareCall, type WireCredentials } from './call.js';
import { responseTime, timing } from './envelope.js';
import { answerError } from './failure.js';
import type { Limits } from './limits.js';
import type { BatchDefinition } from './operation.js';
import type { ParamsPlan } from './params.js';
import { nowMs } from './time.js';
import { keysAsSent, parseForm } from './wire.js';

/** A method a command can name: its plan (and whatever the caller keeps beside it). */
export interface BatchTarget {
  readonly plan: ParamsPlan;
}

export interface BatchSetup<Route extends BatchTarget, Call> {
  readonly setup: CallSetup<Call>;
  readonly limits: Limits;
  /** The route of a method by its lower-cased name. */
  readonly find: (method: string) => Route | undefined;
  /** The call a command is, for the security hook. */
  readonly callOf: (route: Route, key: string) => Call;
  /** Runs the handler of a prepared command: its result (checked against the contract when the caller checks replies). */
  readonly run: (route: Route, call: Call, prepared: PreparedCall, times: { startMs: number; handlerStartMs: number }) => unknown;
  /** A command failed with something no check foresaw (its answer is INTERNAL_SERVER_ERROR): worth a log line. */
  readonly internal?: (error: unknown, key: string) => void;
}

/** The names the commands of a form keep their keys under (see `parseForm`). */
export const keyedNames = (batch: BatchDefinition): ReadonlySet<string> => new Set([batch.commands]);

/** `Imbot.V2.Chat.add.json` -> `imbot.v2.chat.add`, as a URL's method is read. */
const methodName = (text: string): string => {
  const lower = text.trim().toLowerCase();
  return lower.endsWith('.json') ? lower.slice(0, -5) : lower;
};

/** The commands as [key, command] in the order sent; the validator has checked their shape. */
const commandsOf = (commands: unknown): Array<readonly [string, unknown]> => {
  if (Array.isArray(commands)) return commands.map((command, index) => [String(index), command] as const);
  const record = commands as Record<string, unknown>;
  return keysAsSent(record).map((key) => [key, record[key]] as const);
};

/** Halt as the page and the SDKs send it: a boolean, 1/0 in JSON, `1`/`0`/`true`/`false` in a form (coerced later). */
const readHalt = (bag: Readonly<Record<string, unknown>>, name: string): void => {
  const value = bag[name];
  if (value === 1 || value === 0) (bag as Record<string, unknown>)[name] = value === 1;
};

/**
 * Runs a batch: `bags` are its parsed query and body (forms parsed with `keyedNames`), `call`
 * the batch's own call for the security hook. Resolves to the JSON of the envelope's `result`;
 * rejects (a Bitrix24Error) only when the batch itself is refused: its auth, or its parameters.
 */
export const runBatch = async <Route extends BatchTarget, Call>(
  batchSetup: BatchSetup<Route, Call>,
  plan: ParamsPlan,
  bags: ReadonlyArray<Readonly<Record<string, unknown>>>,
  credentials: WireCredentials,
  call: Call,
): Promise<string> => {
  const batch = plan.op.batch!;
  for (const bag of bags) readHalt(bag, batch.halt);
  const prepared = await prepareCall(batchSetup.setup, plan, bags, credentials, call);
  const halt = prepared.params[batch.halt] === true;
  // The commands run with the batch's auth: its webhook, or its token (none: none).
  const commandCredentials: WireCredentials = { webhook: credentials.webhook, token: tokenOf(prepared.auth) };
  const outcome = emptyOutcome();
  const commands = commandsOf(prepared.params[batch.commands]);
  for (let index = 0; index < commands.length; index++) {
    const [key, command] = commands[index]!;
    const failed = await runCommand(batchSetup, batch, index, key, command, commandCredentials, outcome);
    if (failed && halt) break;
  }
  return batchResultJson(outcome);
};

const tokenOf = (auth: Auth): string | undefined => (auth.type === 'oauth' ? auth.token : undefined);

/** Runs one command into `outcome`; true when it failed. */
const runCommand = async <Route extends BatchTarget, Call>(
  batchSetup: BatchSetup<Route, Call>,
  batch: BatchDefinition,
  index: number,
  key: string,
  command: unknown,
  credentials: WireCredentials,
  outcome: BatchOutcome,
): Promise<boolean> => {
  const startMs = nowMs();
  let route: Route | undefined;
  try {
    if (index >= batch.maxCommands) throw new Bitrix24Error(batch.tooMany as BitrixErrorCode);
    const text = String(command);
    const at = text.indexOf('?');
    route = batchSetup.find(methodName(at === -1 ? text : text.slice(0, at)));
    if (route === undefined) throw new Bitrix24Error('ERROR_METHOD_NOT_FOUND');
    if (route.plan.op.batch !== undefined) throw new Bitrix24Error(batch.notAllowed as BitrixErrorCode);
    const params = at === -1 ? {} : parseForm(text.slice(at + 1), batchSetup.limits);
    const call = batchSetup.callOf(route, key);
    const ready = await prepareCall(batchSetup.setup, route.plan, [withReferences(params, outcome.result)], credentials, call);
    const handlerStartMs = nowMs();
    const result = await batchSetup.run(route, call, ready, { startMs, handlerStartMs });
    const finishMs = nowMs();
    outcome.result.set(key, result);
    outcome.time.set(key, responseTime(timing(startMs, finishMs - handlerStartMs, finishMs)));
    return false;
  } catch (error) {
    const answer = answerError(error, route?.plan.op);
    if (answer.internal) batchSetup.internal?.(error, key);
    outcome.error.set(key, { error: answer.code, error_description: answer.description });
    return true;
  }
};
