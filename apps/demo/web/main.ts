// The page's side of the demo: the typed client running in the browser, against the portal
// that served the page. The bot platform comes first (the chat with the echo bot, the demo
// bot's group chats), the deprecated v1 form after it. Enum options come from the contract
// itself (/openapi.json).
import { Bitrix24Error, createImbotClient, type MethodParams } from '@b24-imbot/client';

type Params = MethodParams<'imbot.chat.add'>;

interface DemoConfig {
  webhookUrl: string;
  clientId: string;
  echoBotId: number;
  /** The demo bot (registered by the walkthrough), or null before it is. */
  bot: { id: number; token: string } | null;
}

const config = (await (await fetch('/demo/config')).json()) as DemoConfig;
const webhookUrl = new URL(config.webhookUrl, location.origin).href;
// v1 through the webhook needs the application's CLIENT_ID; imbot.v2 needs the bot's token.
const client = createImbotClient({ webhookUrl, clientId: config.clientId });
const botClient = config.bot ? createImbotClient({ webhookUrl, botToken: config.bot.token }) : undefined;

const failure = (error: unknown): string =>
  error instanceof Bitrix24Error
    ? `${error.status} ${error.code}: ${error.description}`
    : `Failed: ${error instanceof Error ? error.message : String(error)}`;

const cell = (content: string | Node): HTMLTableCellElement => {
  const td = document.createElement('td');
  td.append(content);
  return td;
};

/** Long text (a 5000-character title) shown as a few lines inside its cell. */
const clamped = (text: string): HTMLElement => Object.assign(document.createElement('div'), { className: 'clamp', textContent: text });

/** A date and a time, each kept on one line: a narrow column wraps between them, never inside a number. */
const when = (iso: string): HTMLTimeElement => {
  const date = new Date(iso);
  const time = Object.assign(document.createElement('time'), { dateTime: date.toISOString() });
  const part = (text: string) => Object.assign(document.createElement('span'), { className: 'nowrap', textContent: text });
  time.append(
    part(date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })),
    ' ',
    part(date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })),
  );
  return time;
};

// --- The chat with the echo bot ---------------------------------------------------------------
// The person writes through the typed client (im.message.add, the user-side method); the
// bot's answers come back through the portal, polled from a demo route. Each message is shown
// once, by its id: the polls run one after the other, never two at a time.
const messages = document.querySelector<HTMLOListElement>('#messages')!;
const say = document.querySelector<HTMLFormElement>('#say')!;
const chatOutcome = document.querySelector<HTMLOutputElement>('#chat-outcome')!;
const shown = new Map<number, HTMLLIElement>();
let lastShown = 0;

async function fetchConversation(): Promise<void> {
  const lines = (await (await fetch(`/demo/conversation?after=${lastShown}`)).json()) as {
    id: number;
    from: 'user' | 'bot';
    text: string;
  }[];
  let added = false;
  for (const line of lines) {
    lastShown = Math.max(lastShown, line.id);
    if (shown.has(line.id)) continue;
    const item = Object.assign(document.createElement('li'), { className: line.from, textContent: line.text });
    item.dataset.id = String(line.id);
    shown.set(line.id, item);
    messages.append(item);
    added = true;
  }
  if (added) messages.scrollTop = messages.scrollHeight;
}

// One poll at a time; a call while one runs gets the next one (which starts after it, so it
// sees what happened before the call), shared with any other caller waiting for it.
let current: Promise<void> = Promise.resolve();
let next: Promise<void> | undefined;
function refreshConversation(): Promise<void> {
  next ??= current.then(() => {
    next = undefined;
    current = fetchConversation().catch(() => {});
    return current;
  });
  return next;
}

say.addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = say.elements.namedItem('text') as HTMLInputElement;
  const text = input.value.trim();
  if (!text) return;
  chatOutcome.className = '';
  chatOutcome.textContent = '';
  try {
    if (!config.echoBotId) throw new Error('the echo bot is not running');
    await client.im.message.add({ DIALOG_ID: String(config.echoBotId), MESSAGE: text });
    input.value = '';
  } catch (error) {
    chatOutcome.className = 'error';
    chatOutcome.textContent = failure(error);
  }
  await refreshConversation();
});

await refreshConversation();
setInterval(() => void refreshConversation(), 500);

// --- The demo bot's group chats (imbot.v2) -----------------------------------------------------
const v2Form = document.querySelector<HTMLFormElement>('#create-v2-chat')!;
const v2Outcome = document.querySelector<HTMLOutputElement>('#v2-outcome')!;
const v2Rows = document.querySelector<HTMLTableSectionElement>('#v2-chat-list tbody')!;

async function showV2Chats() {
  const chats = (await (await fetch('/demo/v2/chats')).json()) as { dialogId: string; title: string; members: number[]; createdAt: string }[];
  v2Rows.replaceChildren(
    ...chats.map((chat) => {
      const row = document.createElement('tr');
      row.append(cell(chat.dialogId), cell(clamped(chat.title)), cell(chat.members.join(', ')), cell(when(chat.createdAt)));
      return row;
    }),
  );
}

v2Form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(v2Form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  v2Outcome.className = '';
  v2Outcome.textContent = 'Creating…';
  try {
    if (!botClient || !config.bot) throw new Error('the demo bot is not registered');
    const userIds = text('userIds').split(/[\s,]+/).filter(Boolean).map(Number);
    const { chat } = await botClient.imbot.v2.Chat.add({
      botId: config.bot.id,
      fields: { title: text('title'), userIds, ...(text('message') ? { message: text('message') } : {}) },
    });
    v2Outcome.className = 'ok';
    v2Outcome.textContent = `Created ${chat.dialogId}`;
  } catch (error) {
    v2Outcome.className = 'error';
    v2Outcome.textContent = failure(error);
  }
  await showV2Chats();
});

await showV2Chats();

// --- imbot.chat.add (v1, deprecated) -----------------------------------------------------------
const form = document.querySelector<HTMLFormElement>('#create-chat')!;
const outcome = document.querySelector<HTMLOutputElement>('#outcome')!;
const chatRows = document.querySelector<HTMLTableSectionElement>('#chats tbody')!;

// Fill the TYPE and COLOR choices from the contract's enums.
const contract = await (await fetch('/openapi.json')).json();
const fillChoices = (name: keyof Params, schema: { enum: string[]; default?: string }) => {
  const select = form.elements.namedItem(name) as HTMLSelectElement;
  for (const value of schema.enum) select.add(new Option(value, value, false, value === schema.default));
};
fillChoices('TYPE', contract.components.schemas.ChatType);
fillChoices('COLOR', contract.components.schemas.ChatColor);

async function showChats() {
  const chats = (await (await fetch('/demo/chats')).json()) as {
    id: number;
    title: string;
    params: { USERS: number[] };
    createdAt: string;
  }[];
  chatRows.replaceChildren(
    ...chats.reverse().map((chat) => {
      const row = document.createElement('tr');
      row.append(cell(String(chat.id)), cell(clamped(chat.title)), cell(chat.params.USERS.join(', ')), cell(when(chat.createdAt)));
      return row;
    }),
  );
}

// The form's fields are parameters of the contract, typed from the client: a parameter renamed
// or removed in the schema fails to compile here (the demo's contract test checks it).
const TEXT_FIELDS = ['TITLE', 'DESCRIPTION', 'MESSAGE'] as const satisfies readonly (keyof Params)[];

function paramsFromForm(): Params {
  const data = new FormData(form);
  const text = (name: keyof Params) => String(data.get(name) ?? '').trim();
  const users = text('USERS')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
  // The portal checks what the form cannot (an empty USERS, a user id that is not a number)
  // against the contract and says what is wrong.
  const params: Params = { USERS: users as Params['USERS'] };
  for (const name of TEXT_FIELDS) if (text(name)) params[name] = text(name);
  // The choices are the contract's own enum values (filled from /openapi.json above).
  if (text('TYPE')) params.TYPE = text('TYPE') as NonNullable<Params['TYPE']>;
  if (text('COLOR')) params.COLOR = text('COLOR') as NonNullable<Params['COLOR']>;
  return params;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  outcome.className = '';
  outcome.textContent = 'Creating…';
  try {
    const chatId = await client.imbot.chat.add(paramsFromForm());
    outcome.className = 'ok';
    outcome.textContent = `Created chat CHAT_ID ${chatId}`;
  } catch (error) {
    outcome.className = 'error';
    outcome.textContent = failure(error);
  }
  await showChats();
});

await showChats();
