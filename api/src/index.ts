import { loadConfig } from './config.js';
import { processTelemetry } from './observability/telemetry.js';

// The Azure Functions entry point (`func start` or Azure): the same route table the local host serves.
// Application Insights comes first when it is configured: its SDK asks to be started before the code it watches
// is loaded, so the app itself is imported only after it.
const config = loadConfig();
await processTelemetry.enable(config.telemetry);
const [{ default: functions }, { registerFunctions }, { createServices }] = await Promise.all([
  import('@azure/functions'),
  import('./registration.js'),
  import('./services.js'),
]);
const services = createServices(config);
registerFunctions(functions.app, services);
// The outbox's leftovers (a process killed mid-burst) are set right at start-up; the first request retries a failure.
services.ready().catch(() => undefined);
