/**
 * `npm run start:func`: the real Azure Functions host (`func start`) on the production bundle, where Azure Functions
 * Core Tools is installed. It is an optional dependency: its install downloads the host, which fails on machines
 * without internet, and npm then leaves it out. `npm start` (the local host) needs none of it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApi } from './build-api.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const local = `${root}node_modules/.bin/func`;
const func = existsSync(local) ? local : 'func';

if (spawnSync(func, ['--version'], { stdio: 'ignore' }).status !== 0) {
  console.error(
    [
      'Azure Functions Core Tools (func) is not installed here, so the real Functions host cannot start.',
      '  • Where there is internet: npm install (it installs the optional azure-functions-core-tools), or see',
      '    https://learn.microsoft.com/azure/azure-functions/functions-run-local',
      '  • Without it: npm start serves the same functions from the local host.',
    ].join('\n'),
  );
  process.exit(1);
}

await buildApi();
// func reads api/host.json and api/package.json ("main": dist/index.js); settings come from the environment or
// api/local.settings.json (git-ignored, see docs/deploy.md), and AzureWebJobsStorage defaults to Azurite there.
const host = spawn(func, ['start', '--javascript', ...process.argv.slice(2)], {
  cwd: `${root}api`,
  stdio: 'inherit',
});
host.on('exit', (code) => process.exit(code ?? 0));
