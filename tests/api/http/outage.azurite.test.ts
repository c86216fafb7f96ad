import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdeaPage, IdeaView } from '../../../core/src/index.js';
import { cuttableProxy, type CuttableProxy } from '../../support/cuttableProxy.js';
import { startTestApi, testConfig, type Person, type TestApi } from '../../support/testHost.js';
import { inject } from 'vitest';

const ada: Person = { tenantId: 'contoso', userId: 'ada', name: 'Ada' };

let proxy: CuttableProxy;
let api: TestApi;
beforeAll(async () => {
  proxy = await cuttableProxy(inject('azuriteConnectionString'));
  api = await startTestApi({ config: testConfig({ STORAGE_CONNECTION_STRING: proxy.connectionString }) });
  await api.tokenFor(ada);
});
afterAll(async () => {
  await api.host.close();
  await proxy.close();
});

describe('when storage goes away (local host, Azurite behind a proxy)', () => {
  it('answers 503 with Retry-After, writes nothing, and recovers when storage returns', async () => {
    const before = await api.as<IdeaView>(ada, 'POST', '/api/ideas', {
      title: 'Before',
      description: 'Saved.',
    });
    expect(before.status).toBe(201);

    proxy.cut();
    const health = await api.request('GET', '/api/health');
    expect(health).toMatchObject({ status: 503, body: { status: 'unavailable' } });

    for (const [method, path, body] of [
      ['POST', '/api/ideas', { title: 'During the outage', description: 'Must not be half-saved.' }],
      ['PUT', `/api/ideas/${before.body.id}/vote`, undefined],
      ['GET', '/api/ideas', undefined],
    ] as const) {
      const response = await api.as(ada, method, path, body);
      expect(response.status, `${method} ${path}`).toBe(503);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(response.body).toEqual({ error: { code: 'unavailable', message: expect.any(String) } });
      expect(JSON.stringify(response.body)).not.toMatch(/ECONN|at .*\.ts|RestError/);
    }

    proxy.restore();
    expect((await api.request('GET', '/api/health')).status).toBe(200);
    const listed = await api.as<IdeaPage>(ada, 'GET', '/api/ideas');
    // Its author's own vote, and no other: the vote during the outage was not half-made.
    expect(listed.body.items.map((i) => [i.title, i.votes])).toEqual([['Before', 1]]);
  });
});
