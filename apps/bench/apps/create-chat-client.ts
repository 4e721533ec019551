// The app for the size benchmark: create one chat with @b24-imbot/client.
import { createImbotClient } from '@b24-imbot/client';

const client = createImbotClient({ webhookUrl: 'https://example.bitrix24.com/rest/1/webhookcode/', clientId: 'my-bot' });
const chatId = await client.imbot.chat.add({ USERS: [1, 2], TITLE: 'Hello' });
console.log(chatId);
