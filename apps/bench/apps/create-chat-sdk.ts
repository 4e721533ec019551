// The same app with the generated SDK function that @b24-imbot/client also exports
// (no retries, typed errors or CLIENT_ID handling: the raw hey-api call).
import { createSdkClient, imbotChatAdd } from '@b24-imbot/client';

const client = createSdkClient({ baseUrl: 'https://example.bitrix24.com/rest/1/webhookcode' });
const { data, error } = await imbotChatAdd({ client, body: { USERS: [1, 2], TITLE: 'Hello', CLIENT_ID: 'my-bot' } });
if (error) throw new Error(String(error.error));
console.log(data.result);
