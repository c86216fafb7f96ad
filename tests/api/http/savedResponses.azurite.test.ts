import { describe, expect, it } from 'vitest';
import type { SavedResponseList } from '../../../core/src/index.js';
import type { Person } from '../../support/testHost.js';
import { useTestApi } from '../../support/apiTestBed.js';

const grace: Person = { tenantId: 'contoso', userId: 'grace', name: 'Grace Hopper', roles: ['it'] };
const ada: Person = { tenantId: 'contoso', userId: 'ada', name: 'Ada Lovelace' };
const outsider: Person = { tenantId: 'fabrikam', userId: 'grace', name: 'Other Grace', roles: ['it'] };
const path = '/api/boards/default/saved-responses';

const api = useTestApi();

describe('saved responses over HTTP (local host, Azurite)', () => {
  it('lets IT add, reword and remove a board’s saved responses, each answer the list by title', async () => {
    const first = await api.as<SavedResponseList>(grace, 'POST', path, {
      title: 'Use the portal',
      text: 'The self-service portal does this today: https://portal.example',
    });
    expect(first.status).toBe(201);
    const added = await api.as<SavedResponseList>(grace, 'POST', path, {
      title: 'Collecting',
      text: 'Thanks! We are collecting requests like this one for the next cycle.',
    });
    expect(added.body.savedResponses.map((r) => r.title)).toEqual(['Collecting', 'Use the portal']);
    const id = added.body.savedResponses[0]?.id ?? '';

    const changed = await api.as<SavedResponseList>(grace, 'PUT', `${path}/${id}`, {
      title: 'Collecting ideas',
    });
    expect(changed).toMatchObject({ status: 200, body: { boardId: 'default' } });
    expect(changed.body.savedResponses.map((r) => r.title)).toEqual(['Collecting ideas', 'Use the portal']);

    const listed = await api.as<SavedResponseList>(grace, 'GET', path);
    expect(listed.body).toEqual(changed.body);
    const removed = await api.as<SavedResponseList>(grace, 'DELETE', `${path}/${id}`);
    expect(removed.body.savedResponses.map((r) => r.title)).toEqual(['Use the portal']);
    expect((await api.as(grace, 'DELETE', `${path}/${id}`)).status).toBe(404);
  });

  it('answers bad input field by field, a taken title included, and changes nothing', async () => {
    const before = await api.as<SavedResponseList>(grace, 'GET', path);
    const blank = await api.as(grace, 'POST', path, { title: '', text: '' });
    expect(blank).toMatchObject({
      status: 400,
      body: { error: { code: 'validation', fields: [{ field: 'title' }, { field: 'text' }] } },
    });
    const taken = await api.as(grace, 'POST', path, { title: 'USE THE PORTAL', text: 'Again' });
    expect(taken).toMatchObject({ status: 400, body: { error: { fields: [{ field: 'title' }] } } });
    expect((await api.as(grace, 'GET', '/api/boards/no-such-board/saved-responses')).status).toBe(404);
    expect((await api.as<SavedResponseList>(grace, 'GET', path)).body).toEqual(before.body);
  });

  it('keeps them to IT and to their tenant', async () => {
    expect(await api.as(ada, 'GET', path)).toMatchObject({
      status: 403,
      body: { error: { code: 'forbidden' } },
    });
    const mine = await api.as<SavedResponseList>(grace, 'GET', path);
    const theirs = await api.as<SavedResponseList>(outsider, 'GET', path);
    expect(theirs.body.savedResponses).toEqual([]);
    const id = mine.body.savedResponses[0]?.id ?? '';
    expect((await api.as(outsider, 'PUT', `${path}/${id}`, { text: 'Taken over' })).status).toBe(404);
    expect((await api.as(outsider, 'DELETE', `${path}/${id}`)).status).toBe(404);
    expect((await api.as<SavedResponseList>(grace, 'GET', path)).body).toEqual(mine.body);
  });
});
