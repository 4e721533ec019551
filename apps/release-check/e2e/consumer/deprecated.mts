// Uses BOT_ID, which the release test deprecates in the contract before its second release:
// the consumer's TypeScript must then report it as deprecated (an editor strikes it through).
// Checked by deprecations.cjs, not compiled by tsconfig.json.
import { createImbotClient } from '@b24-imbot/client';

const client = createImbotClient({ webhookUrl: 'https://portal.example/rest/1/code/', clientId: 'release-check' });
type Params = Parameters<typeof client.imbot.chat.add>[0];

export const call = () => client.imbot.chat.add({ USERS: [1, 2], BOT_ID: 39 });
export const read = (params: Params) => params.BOT_ID;
