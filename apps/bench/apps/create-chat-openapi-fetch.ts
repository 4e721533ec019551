// The same app written with openapi-fetch, typed by openapi-typescript from the same contract
// (the bench generates the types into .tmp/ first).
import createClient from 'openapi-fetch';

import type { paths } from '../.tmp/openapi-fetch/schema.js';

const client = createClient<paths>({ baseUrl: 'https://example.bitrix24.com/rest/1/webhookcode' });
const { data, error } = await client.POST('/imbot.chat.add', {
  body: { USERS: [1, 2], TITLE: 'Hello', CLIENT_ID: 'my-bot' },
});
if (error) throw new Error(error.error);
console.log(data.result);
