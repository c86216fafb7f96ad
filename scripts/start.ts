/**
 * `npm start`: the whole app on this machine with its embedded defaults. Starts Azurite (Table service, data kept
 * in .data/azurite so a restart keeps it) unless storage is configured elsewhere, builds the tab if its build is
 * missing or older than its sources, then the local Functions host (API, bot endpoint, timers, the tab) and the
 * Microsoft 365 Agents Playground as a Teams client for the bot; fills the demo tenant on first start and prints
 * each URL. Ctrl-C stops everything.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AZURITE_CONNECTION_STRING, ConfigError, loadConfig, LOCAL_SETTINGS } from '../api/src/config.js';
import { azuriteListening, startAzurite, type RunningAzurite } from '../api/src/host/azurite.js';
import { startLocalHost } from '../api/src/host/localHost.js';
import { PLAYGROUND_PERSON, startPlayground, type RunningPlayground } from '../api/src/host/playground.js';
import { seedDemo } from '../api/src/demo/seedDemo.js';
import { DEMO_TENANT_ID } from '../api/src/demo/demoPeople.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const AZURITE_PORT = 10002;

/** The newest modification time of a file or of anything below a folder. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(`${path}/${name}`)));
}

/** Builds the tab with Vite unless tab/dist is newer than everything it is built from. */
async function buildTabIfStale(): Promise<void> {
  const built = newest(`${root}tab/dist/index.html`);
  const sources = Math.max(
    ...['src', 'index.html', 'vite.config.ts', 'package.json'].map((p) => newest(`${root}tab/${p}`)),
  );
  if (built > sources) return;
  console.log('• Tab:     building (npm run build -w tab)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  await new Promise<void>((resolve, reject) => {
    const child = spawn(npm, ['run', 'build', '-w', 'tab'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`The tab build failed (exit ${code}).`)),
    );
  });
}

async function main(): Promise<void> {
  // This machine, on purpose: dev sign-in unless the environment chooses otherwise (Azure refuses it anyway).
  const config = loadConfig({ ...LOCAL_SETTINGS, ...process.env });
  let azurite: RunningAzurite | undefined;
  if (!config.storage.tableEndpoint && config.storage.connectionString === AZURITE_CONNECTION_STRING) {
    if (await azuriteListening(AZURITE_PORT)) {
      console.log(`• Storage: using the Azurite already listening on port ${AZURITE_PORT}`);
    } else {
      azurite = await startAzurite({ port: AZURITE_PORT, location: `${root}.data/azurite` });
      console.log(`• Storage: Azurite on port ${AZURITE_PORT}, data in .data/azurite`);
    }
  } else {
    console.log('• Storage: the account in STORAGE_TABLE_ENDPOINT or STORAGE_CONNECTION_STRING');
  }

  if (existsSync(`${root}tab/package.json`)) await buildTabIfStale();
  const tabDist = `${root}tab/dist`;
  const host = await startLocalHost({
    config,
    ...(existsSync(`${tabDist}/index.html`) ? { staticDir: tabDist } : {}),
    // One JSON line per request, timer run and bot turn (api/src/observability/log.ts): stdout, problems to stderr.
    log: (level, ...args) => {
      if (level === 'error' || level === 'critical' || level === 'warning') console.error(...args);
      else if (level === 'information') console.log(...args);
    },
  });
  if (config.auth.mode === 'dev') {
    await host.services.ready();
    const started = performance.now();
    const seeded = await seedDemo(host.services.ideabar.repos);
    if (seeded > 0)
      console.log(
        `• Demo:    seeded ${seeded} ideas in tenant "${DEMO_TENANT_ID}" in ${((performance.now() - started) / 1000).toFixed(0)} s (npm run seed -- --reset to start over)`,
      );
  }
  console.log(`• API:     ${host.url}/api (health: ${host.url}/api/health; reference: docs/api.md)`);
  console.log(
    existsSync(`${tabDist}/index.html`)
      ? `• Tab:     ${host.url}/`
      : '• Tab:     not built (npm run build -w tab)',
  );
  let playground: RunningPlayground | undefined;
  try {
    playground = await startPlayground(`${host.url}/api/messages`, { port: 56150, env: process.env });
    console.log(
      `• Bot:     ${host.url}/api/messages — chat with it in the Agents Playground, as ${PLAYGROUND_PERSON.name} of "${PLAYGROUND_PERSON.tenantId}": ${playground.url}`,
    );
  } catch (error) {
    console.error(
      '• Bot:     the Agents Playground did not start:',
      error instanceof Error ? error.message : error,
    );
  }
  console.log(
    `• Sign-in: ${config.auth.mode === 'dev' ? 'pick a demo person in the tab (dev tokens)' : 'Entra ID'}`,
  );
  console.log('Press Ctrl-C to stop.');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await playground?.stop();
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
