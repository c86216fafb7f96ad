/**
 * Run in a process of its own by telemetry.azurite.test.ts, with the settings in its environment: starts the local
 * host as `npm start` does (Application Insights first, as configured), answers a few signed-in requests, then flushes
 * the telemetry and exits. A test process must not start the real SDK itself: it patches modules process-wide.
 */
import { shutdownAzureMonitor } from '@azure/monitor-opentelemetry';
import { loadConfig } from '../../../../api/src/config.js';
import { startLocalHost } from '../../../../api/src/host/localHost.js';

const host = await startLocalHost({ config: loadConfig() });
await host.services.ready();
const person = { tenantId: 'contoso', userId: 'alice', name: 'Alice Smith' };
const minted = await fetch(`${host.url}/api/dev/token`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(person),
});
const { token } = (await minted.json()) as { token: string };
// The distro samples at most five traces a second, starting from none: three requests, a little apart.
const statuses: number[] = [];
for (let n = 0; n < 3; n++) {
  await new Promise((resolve) => setTimeout(resolve, 400));
  const me = await fetch(`${host.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
  statuses.push(me.status);
}
// On a line of its own: the Azure SDK writes its own warnings to the same output.
process.stdout.write(`\nresult ${JSON.stringify({ statuses })}\n`);
await shutdownAzureMonitor();
await host.close();
process.exit(0);
