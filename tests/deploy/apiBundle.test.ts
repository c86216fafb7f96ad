/**
 * The production build of the Functions app: bundles api/src/index.ts with esbuild and loads the bundle in a plain
 * Node process, with `@azure/functions-core` supplied the way the Azure Functions worker supplies it (the worker
 * answers `require('@azure/functions-core')` itself). What the bundle registers must be the route table.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, LOCAL_SETTINGS } from '../../api/src/config.js';
import { routesFor, timersFor } from '../../api/src/routes.js';
import { API_BUNDLE, buildApi } from '../../scripts/build-api.js';

const run = promisify(execFile);

/** Stands in for the worker: records each function the app registers. */
const WORKER_STUB = `
const Module = require('node:module');
const registered = [];
const coreApi = {
  setProgrammingModel() {},
  registerFunction(metadata) { registered.push(metadata); return { dispose() {} }; },
  registerHook() { return { dispose() {} }; },
  log() {},
};
const original = Module.prototype.require;
Module.prototype.require = function (id) {
  return id === '@azure/functions-core' ? coreApi : original.apply(this, arguments);
};
globalThis.registeredFunctions = registered;
`;

interface Binding {
  type: string;
  direction: string;
  route?: string;
  methods?: string[];
  authLevel?: string;
  schedule?: string;
}
interface Registered {
  name: string;
  bindings: Record<string, Binding>;
}

let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ideabar-api-bundle-'));
  bundle = join(dir, 'index.js');
  await buildApi(bundle);
  // The bundle is an ES module, as api/package.json ("type": "module") makes dist/index.js on Azure.
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }');
  await writeFile(join(dir, 'worker-stub.cjs'), WORKER_STUB);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Loads the bundle in a fresh Node process with exactly `env` as IdeaBar's settings. */
async function load(env: Record<string, string>): Promise<Registered[]> {
  const script = `await import(${JSON.stringify(bundle)}); process.stdout.write(JSON.stringify(globalThis.registeredFunctions));`;
  const { stdout } = await run(
    process.execPath,
    ['--require', join(dir, 'worker-stub.cjs'), '--input-type=module', '-e', script],
    { env: { PATH: process.env.PATH ?? '', ...env }, cwd: dir },
  );
  return JSON.parse(stdout) as Registered[];
}

const trigger = (fn: Registered): Binding => Object.values(fn.bindings).find((b) => b.direction === 'in')!;
const ofType = (registered: Registered[], type: string) =>
  registered.filter((fn) => trigger(fn).type === type);

describe('npm run build:api', () => {
  it('bundles the app, core and its dependencies into one ES module the host can load', async () => {
    const text = await readFile(bundle, 'utf8');
    expect(text).not.toMatch(/from ["']@ideabar\/core["']/);
    expect(text).toContain('registerFunction');
  });

  it('registers exactly the route and timer tables with the Functions worker, in dev mode', async () => {
    const registered = await load(LOCAL_SETTINGS);
    const http = ofType(registered, 'httpTrigger');
    const timers = ofType(registered, 'timerTrigger');
    expect(http.length + timers.length).toBe(registered.length);
    const expected = routesFor(loadConfig(LOCAL_SETTINGS)).map((r) => `${r.method} ${r.path} ${r.name}`);
    expect(http.map((fn) => `${trigger(fn).methods?.join()} ${trigger(fn).route} ${fn.name}`)).toEqual(
      expected,
    );
    expect(http.every((fn) => trigger(fn).authLevel === 'anonymous')).toBe(true);
    expect(timers.map((fn) => `${fn.name} ${trigger(fn).schedule}`)).toEqual(
      timersFor(loadConfig(LOCAL_SETTINGS)).map((t) => `${t.name} ${t.schedule}`),
    );
  });

  it('registers the production route table with the settings infra/azure.bicep gives it', async () => {
    const production = {
      NODE_ENV: 'production',
      AUTH_MODE: 'entra',
      ENTRA_CLIENT_ID: '00000000-0000-4000-8000-000000000001',
      // As infra/azure.bicep sets them: tables through the app's identity, the bot on its managed identity.
      STORAGE_TABLE_ENDPOINT: 'https://ideabarexample.table.core.windows.net/',
      BOT_APP_ID: '00000000-0000-4000-8000-000000000002',
      BOT_MANAGED_IDENTITY: 'true',
      BOT_APP_TENANT_ID: '00000000-0000-4000-8000-000000000003',
    };
    const names = ofType(await load(production), 'httpTrigger').map((fn) => fn.name);
    expect(names).toEqual(routesFor(loadConfig(production)).map((r) => r.name));
    expect(names).not.toContain('devToken');
  });

  it('refuses to start with settings the app rejects, listing them', async () => {
    await expect(load({ NODE_ENV: 'production' })).rejects.toThrow(/AUTH_MODE: choose how people sign in/);
    await expect(load({ NODE_ENV: 'production', AUTH_MODE: 'dev' })).rejects.toThrow(
      /dev sign-in is refused in production/,
    );
  });

  it('refuses dev sign-in on an Azure host even when NODE_ENV is not set, and says why', async () => {
    // What Azure Functions sets on every instance; nothing else marks this environment as production.
    const azure = { AUTH_MODE: 'dev', WEBSITE_INSTANCE_ID: 'a1b2c3', WEBSITE_SITE_NAME: 'ideabar-api' };
    await expect(load(azure)).rejects.toThrow(
      /AUTH_MODE: dev sign-in is refused where Azure hosts IdeaBar \(WEBSITE_INSTANCE_ID, WEBSITE_SITE_NAME set\)/,
    );
  });

  it('is where api/package.json "main" points, next to a host.json for the v4 Node.js model', async () => {
    const apiPackage = JSON.parse(await readFile('api/package.json', 'utf8')) as {
      main: string;
      type: string;
    };
    expect(apiPackage.main).toBe(API_BUNDLE);
    expect(apiPackage.type).toBe('module');
    const host = JSON.parse(await readFile('api/host.json', 'utf8')) as {
      version: string;
      extensionBundle: { id: string; version: string };
    };
    expect(host.version).toBe('2.0');
    expect(host.extensionBundle.id).toBe('Microsoft.Azure.Functions.ExtensionBundle');
    expect(host.extensionBundle.version).toMatch(/^\[4\./);
  });
});
