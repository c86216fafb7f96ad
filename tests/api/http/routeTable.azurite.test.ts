import { beforeAll, describe, expect, it } from 'vitest';
import type { IdeaView } from '../../../core/src/index.js';
import { routesFor } from '../../../api/src/routes.js';
import type { Person } from '../../support/testHost.js';
import { useTestApi } from '../../support/apiTestBed.js';

const ada: Person = { tenantId: 'contoso', userId: 'ada', name: 'Ada Lovelace' };
const grace: Person = { tenantId: 'contoso', userId: 'grace', name: 'Grace Hopper', roles: ['it'] };

const api = useTestApi();
let ideaId: string;

beforeAll(async () => {
  // Grace makes the tenant have an IT member, so Ada is an employee and not its first IT lead.
  expect((await api.as(grace, 'GET', '/api/me')).status).toBe(200);
  const submitted = await api.as<IdeaView>(ada, 'POST', '/api/ideas', {
    title: 'Laptop docks that work',
    description: 'Half of them drop the second screen.',
  });
  ideaId = submitted.body.id;
});

describe('the route table says who may call each route (local host, Azurite)', () => {
  it('refuses every route it marks for IT to an employee, with 403 and nothing changed', async () => {
    const itRoutes = routesFor(api.host.services.config).filter((route) => route.auth === 'it');
    expect(itRoutes.length).toBeGreaterThan(10);
    const before = await api.as<IdeaView>(ada, 'GET', `/api/ideas/${ideaId}`);
    const answers = [];
    for (const route of itRoutes) {
      const path = `/api/${route.path.replace('{id}', ideaId).replace(/\{(\w+)\}/g, 'some-$1')}`;
      const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : {};
      const response = await api.as(ada, route.method, path, body);
      answers.push({ route: route.name, status: response.status });
    }
    expect(answers).toEqual(itRoutes.map((route) => ({ route: route.name, status: 403 })));
    expect((await api.as<IdeaView>(ada, 'GET', `/api/ideas/${ideaId}`)).body).toEqual(before.body);
  });
});
