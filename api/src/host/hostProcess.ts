/**
 * The local host as a process of its own, for tests that kill it (SIGKILL) and start it again on the same
 * storage: configured from its environment as `npm start` is, it prints `listening <url>` once it serves.
 */
import { loadConfig } from '../config.js';
import { startLocalHost } from './localHost.js';

const host = await startLocalHost({ config: loadConfig() });
process.stdout.write(`listening ${host.url}\n`);
