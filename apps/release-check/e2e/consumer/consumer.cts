// The same consumer as CommonJS: `require` resolves the packages' CJS builds and .d.cts types.
// Usage: node consumer.cjs <portal origin> <webhook code>
import imbot = require('@b24-imbot/client');
import server = require('@b24-imbot/server');
import contract = require('@b24-imbot/schema/openapi.json');

async function main(): Promise<void> {
  const [portal, code] = process.argv.slice(2);
  const client = imbot.createImbotClient({ webhookUrl: `${portal}/rest/1/${code}/`, clientId: 'release-check' });
  const chatId: number = await client.imbot.chat.add({ USERS: [1, 2], TITLE: 'Release check (require)' });
  console.log(
    JSON.stringify({
      chatId,
      contractVersion: imbot.contractVersion,
      serverContractVersion: server.contractVersion,
      schemaVersion: contract.info.version,
      node: process.version,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
