// The same app written with openapi-fetch, typed by openapi-typescript from the same contract
// (the types @b24-imbot/core carries; types only, nothing of core is bundled).
import type { paths } from '@b24-imbot/core';
import createClient from 'openapi-fetch';

const client = createClient<paths>({ baseUrl: 'https://example.bitrix24.com/rest/1/webhookcode' });
const { data, error } = await client.POST('/imbot.chat.add', {
  body: { USERS: [1, 2], TITLE: 'Hello', CLIENT_ID: 'my-bot' },
});
if (error) throw new Error(error.error);
console.log(data.result);
