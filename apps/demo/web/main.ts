// The page's side of the demo: the typed client running in the browser, against the portal
// that served the page. Enum options come from the contract itself (/openapi.json).
import { Bitrix24Error, createImbotClient, type MethodParams } from '@b24-imbot/client';

type Params = MethodParams<'imbot.chat.add'>;

const form = document.querySelector<HTMLFormElement>('#create-chat')!;
const outcome = document.querySelector<HTMLOutputElement>('#outcome')!;
const chatRows = document.querySelector<HTMLTableSectionElement>('#chats tbody')!;

const config = (await (await fetch('/demo/config')).json()) as { webhookUrl: string; clientId: string; echoBotId: number };
const client = createImbotClient({
  webhookUrl: new URL(config.webhookUrl, location.origin).href,
  clientId: config.clientId,
});

// Fill the TYPE and COLOR choices from the contract's enums.
const contract = await (await fetch('/openapi.json')).json();
const fillChoices = (name: keyof Params, schema: { enum: string[]; default?: string }) => {
  const select = form.elements.namedItem(name) as HTMLSelectElement;
  for (const value of schema.enum) select.add(new Option(value, value, false, value === schema.default));
};
fillChoices('TYPE', contract.components.schemas.ChatType);
fillChoices('COLOR', contract.components.schemas.ChatColor);

const cell = (text: string) => Object.assign(document.createElement('td'), { textContent: text });

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
      row.append(
        cell(String(chat.id)),
        cell(chat.title),
        cell(chat.params.USERS.join(', ')),
        cell(new Date(chat.createdAt).toLocaleString()),
      );
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
    outcome.textContent =
      error instanceof Bitrix24Error
        ? `${error.status} ${error.code}: ${error.description}`
        : `Failed: ${error instanceof Error ? error.message : String(error)}`;
  }
  await showChats();
});

await showChats();

// The chat with the echo bot: the person writes through the typed client (im.message.add, the
// user-side method); the bot's answers come back through the portal, polled from a demo route.
const messages = document.querySelector<HTMLOListElement>('#messages')!;
const say = document.querySelector<HTMLFormElement>('#say')!;
const chatOutcome = document.querySelector<HTMLOutputElement>('#chat-outcome')!;
let lastShown = 0;

async function showConversation() {
  const lines = (await (await fetch(`/demo/conversation?after=${lastShown}`)).json()) as {
    id: number;
    from: 'user' | 'bot';
    text: string;
  }[];
  for (const line of lines) {
    messages.append(Object.assign(document.createElement('li'), { className: line.from, textContent: line.text }));
    lastShown = Math.max(lastShown, line.id);
  }
  if (lines.length > 0) messages.scrollTop = messages.scrollHeight;
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
    chatOutcome.textContent =
      error instanceof Bitrix24Error ? `${error.status} ${error.code}: ${error.description}` : `Failed: ${String(error)}`;
  }
  await showConversation();
});

await showConversation();
setInterval(() => void showConversation().catch(() => {}), 500);
