import { beforeAll, describe, expect, it } from 'vitest';
import type { IdeaDetail, IdeaPage, IdeaView } from '../../../core/src/index.js';
import type { Person } from '../../support/testHost.js';
import { useTestApi } from '../../support/apiTestBed.js';

const ada: Person = { tenantId: 'contoso', userId: 'ada', name: 'Ada' };
// Same user id in another tenant: identity is tenant + user, so this is someone else entirely.
const intruder: Person = { tenantId: 'fabrikam', userId: 'ada', name: 'Not Ada', roles: ['it'] };

const api = useTestApi();
let idea: IdeaView;
beforeAll(async () => {
  idea = await api.submitIdea(ada, { title: 'Contoso only', description: 'Private.' });
  await api.as(ada, 'PUT', `/api/ideas/${idea.id}/vote`);
  await api.as(ada, 'POST', `/api/ideas/${idea.id}/comments`, { text: 'Contoso comment' });
});

describe('tenant isolation (local host, Azurite)', () => {
  it.each([
    ['GET', 'ideas/{id}', undefined],
    ['PUT', 'ideas/{id}/vote', undefined],
    ['DELETE', 'ideas/{id}/vote', undefined],
    ['GET', 'ideas/{id}/comments', undefined],
    ['POST', 'ideas/{id}/comments', { text: 'sneaky' }],
  ])('answers %s %s from another tenant with 404', async (method, route, body) => {
    const response = await api.as(intruder, method, `/api/${route.replace('{id}', idea.id)}`, body);
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ error: { code: 'not_found' } });
  });

  it('leaves the idea exactly as it was', async () => {
    const detail = await api.as<IdeaDetail>(ada, 'GET', `/api/ideas/${idea.id}`);
    expect(detail.body).toMatchObject({ votes: 1, myVote: true, commentCount: 1 });
    const comments = await api.as<{ items: { text: string }[] }>(
      ada,
      'GET',
      `/api/ideas/${idea.id}/comments`,
    );
    expect(comments.body.items.map((c) => c.text)).toEqual(['Contoso comment']);
  });

  it("shows another tenant none of this tenant's ideas", async () => {
    const listed = await api.as<IdeaPage>(intruder, 'GET', '/api/ideas');
    expect(listed.body.items).toEqual([]);
    const searched = await api.as<IdeaPage>(intruder, 'GET', '/api/ideas?q=contoso');
    expect(searched.body.items).toEqual([]);
  });

  it("does not honour a cursor from another tenant's listing", async () => {
    await api.as(ada, 'POST', '/api/ideas', { title: 'Second contoso idea', description: 'Private too.' });
    const page = await api.as<IdeaPage>(ada, 'GET', '/api/ideas?limit=1');
    expect(page.body.nextCursor).not.toBeNull();
    const replayed = await api.as<IdeaPage>(
      intruder,
      'GET',
      `/api/ideas?limit=1&cursor=${page.body.nextCursor}`,
    );
    expect(replayed.status).toBe(200);
    expect(replayed.body.items).toEqual([]);
  });
});
