import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { IdeaPage, IdeaView } from '../../../core/src/index.js';
import { cuttableProxy, type CuttableProxy } from '../../support/cuttableProxy.js';
import { startTestApi, testConfig, type Person, type TestApi } from '../../support/testHost.js';

const ada: Person = { tenantId: 'contoso', userId: 'ada', name: 'Ada' };
const TRY_TIMEOUT_MS = 400;
const BUDGET_MS = 1_500;

let proxy: CuttableProxy;
let api: TestApi;
beforeAll(async () => {
  proxy = await cuttableProxy(inject('azuriteConnectionString'));
  const config = testConfig({
    STORAGE_CONNECTION_STRING: proxy.connectionString,
    STORAGE_TRY_TIMEOUT_MS: String(TRY_TIMEOUT_MS),
    STORAGE_BUDGET_MS: String(BUDGET_MS),
  });
  api = await startTestApi({ config });
  await api.tokenFor(ada);
});
afterAll(async () => {
  await api.host.close();
  await proxy.close();
});

/** The answer and how long it took, from the caller's side. */
async function timed<T>(request: () => Promise<T>): Promise<{ answer: T; ms: number }> {
  const started = performance.now();
  const answer = await request();
  return { answer, ms: performance.now() - started };
}

describe('when storage accepts connections but never answers (local host, Azurite behind a proxy)', () => {
  it('answers 503 with Retry-After once the budget is spent, health within 2 s, and writes nothing', async () => {
    const before = await api.as<IdeaView>(ada, 'POST', '/api/ideas', {
      title: 'Before',
      description: 'Saved.',
    });
    expect(before.status).toBe(201);

    proxy.hang();
    const health = await timed(() => api.request('GET', '/api/health'));
    expect(health.answer).toMatchObject({ status: 503, body: { status: 'unavailable' } });
    // A deadline is behaviour, not speed: without one this waits as long as storage does.
    expect(health.ms).toBeLessThan(2_000);

    for (const [method, path, body] of [
      ['POST', '/api/ideas', { title: 'During the hang', description: 'Must not be half-saved.' }],
      ['PUT', `/api/ideas/${before.body.id}/vote`, undefined],
      ['GET', '/api/ideas', undefined],
    ] as const) {
      const { answer, ms } = await timed(() => api.as(ada, method, path, body));
      expect(answer.status, `${method} ${path}`).toBe(503);
      expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(answer.body).toEqual({ error: { code: 'unavailable', message: expect.any(String) } });
      // A request makes a few storage calls in turn, each held to the budget; never the minutes a hang lasts.
      expect(ms, `${method} ${path}`).toBeLessThan(4 * BUDGET_MS);
    }

    proxy.restore();
    expect((await api.request('GET', '/api/health')).status).toBe(200);
    const listed = await api.as<IdeaPage>(ada, 'GET', '/api/ideas');
    // Only what was written before the hang: the idea, with its author's own vote.
    expect(listed.body.items.map((i) => [i.title, i.votes])).toEqual([['Before', 1]]);
  });
});
