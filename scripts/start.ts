/**
 * `npm start`: the whole app on this machine with its embedded defaults. Starts Azurite (Table service, data kept
 * in .data/azurite so a restart keeps it) unless storage is configured elsewhere, then the local Functions host with
 * the API and timers, and the built tab when there is one. Ctrl-C stops everything.
 */
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { AZURITE_CONNECTION_STRING, ConfigError, loadConfig } from '../api/src/config.js';
import { startAzurite, type RunningAzurite } from '../api/src/host/azurite.js';
import { startLocalHost } from '../api/src/host/localHost.js';
import { seedDemo } from '../api/src/demo/seedDemo.js';
import { DEMO_TENANT_ID } from '../api/src/demo/demoPeople.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const AZURITE_PORT = 10002;

const portInUse = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(!socket.destroy()));
    socket.once('error', () => resolve(false));
  });

async function main(): Promise<void> {
  const config = loadConfig();
  let azurite: RunningAzurite | undefined;
  if (config.storage.connectionString === AZURITE_CONNECTION_STRING) {
    if (await portInUse(AZURITE_PORT)) {
      console.log(`• Storage: using the Azurite already listening on port ${AZURITE_PORT}`);
    } else {
      azurite = await startAzurite({ port: AZURITE_PORT, location: `${root}.data/azurite` });
      console.log(`• Storage: Azurite on port ${AZURITE_PORT}, data in .data/azurite`);
    }
  } else {
    console.log('• Storage: the account in STORAGE_CONNECTION_STRING');
  }

  const tabDist = `${root}tab/dist`;
  const host = await startLocalHost({
    config,
    ...(existsSync(`${tabDist}/index.html`) ? { staticDir: tabDist } : {}),
    log: (level, ...args) => {
      if (level === 'error' || level === 'warning') console.error(...args);
    },
  });
  if (config.auth.mode === 'dev') {
    const seeded = await seedDemo(host.services.ideabar.repos);
    if (seeded > 0)
      console.log(
        `• Demo:    seeded ${seeded} ideas in tenant "${DEMO_TENANT_ID}" (npm run seed -- --reset to start over)`,
      );
  }
  console.log(`• API:     ${host.url}/api (health: ${host.url}/api/health; reference: docs/api.md)`);
  console.log(
    existsSync(`${tabDist}/index.html`)
      ? `• Tab:     ${host.url}/`
      : '• Tab:     not built (npm run build -w tab)',
  );
  console.log(
    `• Sign-in: ${config.auth.mode === 'dev' ? 'dev tokens from POST /api/dev/token' : 'Entra ID'}`,
  );
  console.log('Press Ctrl-C to stop.');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await host.close();
    await azurite?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
