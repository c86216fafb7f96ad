import { describe, expect, it } from 'vitest';
import type { IdeaDetail, IdeaView, Inbox } from '../../../core/src/index.js';
import type { Person } from '../../support/testHost.js';
import { useTestApi } from '../../support/apiTestBed.js';

const ada: Person = { tenantId: 'contoso', userId: 'ada', name: 'Ada Lovelace' };
const grace: Person = { tenantId: 'contoso', userId: 'grace', name: 'Grace Hopper', roles: ['it'] };
const outsider: Person = { tenantId: 'fabrikam', userId: 'grace', name: 'Other Grace', roles: ['it'] };

const api = useTestApi();
const submit = (title: string) => api.submitIdea(ada, { title });

describe('IT’s inbox and public answers over HTTP (local host, Azurite)', () => {
  it('lists the waiting ideas oldest first for IT, answers one without moving it, and it leaves the inbox', async () => {
    const first = await submit('Printer queue that works');
    const second = await submit('Second monitor for everyone');

    const inbox = await api.as<Inbox>(grace, 'GET', '/api/inbox');
    expect(inbox.status).toBe(200);
    const ids = inbox.body.items.map((item) => item.idea.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(inbox.body.items.find((item) => item.idea.id === first.id)).toMatchObject({
      sla: 'on_time',
      waitingBusinessDays: expect.any(Number),
      dueAt: expect.any(String),
    });

    const answered = await api.as<IdeaView>(grace, 'POST', `/api/ideas/${first.id}/answer`, {
      response: 'Which floor is it? We will look at the queue this week.',
    });
    expect(answered).toMatchObject({
      status: 200,
      body: { status: 'new', firstResponseAt: expect.any(String) },
    });
    const detail = await api.as<IdeaDetail>(ada, 'GET', `/api/ideas/${first.id}`);
    expect(detail.body.history.map((change) => [change.kind, change.from, change.to])).toEqual([
      ['submitted', null, 'new'],
      ['answer', 'new', 'new'],
    ]);
    const after = await api.as<Inbox>(grace, 'GET', '/api/inbox');
    expect(after.body.items.map((item) => item.idea.id)).not.toContain(first.id);
    expect(after.body.items.map((item) => item.idea.id)).toContain(second.id);
  });

  it('refuses the inbox and answers to everyone but IT, and other tenants see nothing of it', async () => {
    const idea = await submit('Shared calendar for rooms');
    expect(await api.as(ada, 'GET', '/api/inbox')).toMatchObject({
      status: 403,
      body: { error: { code: 'forbidden' } },
    });
    expect(
      await api.as(ada, 'POST', `/api/ideas/${idea.id}/answer`, { response: 'I answer myself.' }),
    ).toMatchObject({ status: 403 });
    expect((await api.as(outsider, 'POST', `/api/ideas/${idea.id}/answer`, { response: 'Hi' })).status).toBe(
      404,
    );
    const theirs = await api.as<Inbox>(outsider, 'GET', '/api/inbox');
    expect(theirs.body.items).toEqual([]);
    const empty = await api.as(grace, 'POST', `/api/ideas/${idea.id}/answer`, { response: '' });
    expect(empty).toMatchObject({
      status: 400,
      body: { error: { code: 'validation', fields: [{ field: 'response' }] } },
    });
    const bad = await api.as(grace, 'GET', '/api/inbox?mine=maybe');
    expect(bad).toMatchObject({ status: 400, body: { error: { fields: [{ field: 'mine' }] } } });
    const untouched = await api.as<IdeaDetail>(ada, 'GET', `/api/ideas/${idea.id}`);
    expect(untouched.body).toMatchObject({ firstResponseAt: null });
    expect(untouched.body.history).toHaveLength(1);
  });
});
