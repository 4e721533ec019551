// The same consumer as CommonJS: `require` resolves the packages' CJS builds and .d.cts types.
// Usage: node consumer.cjs <portal origin> <webhook code>
import imbot = require('@b24-imbot/client');
import server = require('@b24-imbot/server');
import core = require('@b24-imbot/core');
import contract = require('@b24-imbot/schema/openapi.json');

async function main(): Promise<void> {
  const [portal, code] = process.argv.slice(2);
  const client = imbot.createImbotClient({ webhookUrl: `${portal}/rest/1/${code}/`, clientId: 'release-check' });
  const chatId: number = await client.imbot.chat.add({ USERS: [1, 2], TITLE: 'Release check (require)' });
  const refused = await client.imbot.chat.add({ USERS: [] }).then(() => undefined, (error: unknown) => error);
  console.log(
    JSON.stringify({
      chatId,
      contractVersion: imbot.contractVersion,
      serverContractVersion: server.contractVersion,
      coreContractVersion: core.contractVersion,
      coreGuard: core.isBitrix24Error(refused, 'USERS_EMPTY'),
      schemaVersion: contract.info.version,
      node: process.version,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
