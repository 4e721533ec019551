// A consumer of the published packages, as an ES module: type-checked against the types
// installed from the registry, then run against the installed server's mock portal.
// Usage: node consumer.mjs <portal origin> <webhook code>
import { contractVersion, createImbotClient } from '@b24-imbot/client';
import { contractVersion as coreContractVersion, isBitrix24Error } from '@b24-imbot/core';
import { contractVersion as serverContractVersion } from '@b24-imbot/server';
import contract from '@b24-imbot/schema/openapi.json' with { type: 'json' };

const [portal, code] = process.argv.slice(2);
const client = createImbotClient({ webhookUrl: `${portal}/rest/1/${code}/`, clientId: 'release-check' });

const chatId: number = await client.imbot.chat.add({ USERS: [1, 2], TITLE: 'Release check (import)' });

// The parameters are typed from the contract: a wrong one does not compile.
export const wrong = () =>
  // @ts-expect-error USERS is a list of user ids
  client.imbot.chat.add({ USERS: 'everyone' });

// The client's errors carry @b24-imbot/core's brand: core's guard knows them, by a code of the contract.
const refused = await client.imbot.chat.add({ USERS: [] }).then(() => undefined, (error: unknown) => error);
const coreGuard = isBitrix24Error(refused, 'USERS_EMPTY');

console.log(JSON.stringify({ chatId, contractVersion, serverContractVersion, coreContractVersion, coreGuard, schemaVersion: contract.info.version, node: process.version }));
