/**
 * `npm run seed`: fills the demo tenant (see api/src/demo/) unless it has ideas already.
 * `npm run seed -- --reset`: deletes every IdeaBar table first and starts over (only against Azurite).
 */
import { AZURITE_CONNECTION_STRING, loadConfig } from '../api/src/config.js';
import { seedDemo } from '../api/src/demo/seedDemo.js';
import { createServices } from '../api/src/services.js';
import { tableClients } from '../api/src/storage/tables.js';

const config = loadConfig();
const reset = process.argv.includes('--reset');
if (reset) {
  if (config.storage.connectionString !== AZURITE_CONNECTION_STRING) {
    console.error('--reset deletes tables; it only runs against the local Azurite.');
    process.exit(1);
  }
  const tables = tableClients(config.storage.connectionString, config.storage.tablePrefix);
  await Promise.all(Object.values(tables).map((table) => table.deleteTable()));
  console.log('Deleted the IdeaBar tables.');
}
const services = createServices(config);
await services.ready().catch((error: unknown) => {
  console.error('Storage is not reachable. Is Azurite running (npm start starts it)?', error);
  process.exit(1);
});
const written = await seedDemo(services.ideabar.repos);
console.log(
  written > 0 ? `Seeded ${written} demo ideas.` : 'The demo board has ideas already; nothing to do.',
);
