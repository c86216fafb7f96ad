import { afterAll, beforeAll } from 'vitest';
import { startLocalHost, type LocalHostOptions } from '../../api/src/host/localHost.js';
import { TestApi, testConfig } from './testHost.js';

/**
 * The local host on fresh Azurite tables for the tests of one file (or one describe): started before its first test,
 * closed after its last. The client is returned at once, to be used inside tests and later hooks; `options` runs in
 * the beforeAll, so it may start what the host needs first (a proxy, a fake Bot Connector).
 */
export function useTestApi(
  options: () => Partial<LocalHostOptions> | Promise<Partial<LocalHostOptions>> = () => ({}),
): TestApi {
  const api = new TestApi();
  let started = false;
  beforeAll(async () => {
    api.attach(await startLocalHost({ config: testConfig(), ...(await options()) }));
    started = true;
  });
  afterAll(async () => {
    if (started) await api.host.close();
  });
  return api;
}
