/**
 * `npm run seed`: fills the demo tenant (see api/src/demo/) unless it has ideas already.
 * `npm run seed -- --reset`: deletes every IdeaBar table first and starts over (only against Azurite).
 */
import { loadConfig, LOCAL_SETTINGS } from '../api/src/config.js';
import { DEMO_TENANT_ID } from '../api/src/demo/demoPeople.js';
import { deleteDemoTables, isLocalEmulator } from '../api/src/demo/resetDemo.js';
import { seedDemo } from '../api/src/demo/seedDemo.js';
import { createServices } from '../api/src/services.js';

const config = loadConfig({ ...LOCAL_SETTINGS, ...process.env });
if (process.argv.includes('--reset')) {
  if (!isLocalEmulator(config.storage.connectionString)) {
    console.error('--reset deletes tables; it only runs against Azurite on this machine.');
    process.exit(1);
  }
  await deleteDemoTables(config);
  console.log('Deleted the IdeaBar tables.');
}
const services = createServices(config);
await services.ready().catch((error: unknown) => {
  console.error('Storage is not reachable. Is Azurite running (npm start starts it)?', error);
  process.exit(1);
});
const started = performance.now();
const written = await seedDemo(services.ideabar.repos);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  written > 0
    ? `Seeded ${written} demo ideas in tenant "${DEMO_TENANT_ID}" in ${seconds} s.`
    : 'The demo board has ideas already; nothing to do (npm run seed -- --reset starts over).',
);
