import { beforeAll, describe, expect, it } from 'vitest';
import type { PeoplePage } from '../../../core/src/index.js';
import type { Person } from '../../support/testHost.js';
import { useTestApi } from '../../support/apiTestBed.js';

/**
 * The people search IT names sponsors and IT members from outside Teams, over HTTP on the local host with Azurite:
 * people become known by signing in (GET /api/me) or by being added to IT; only IT searches, only its own tenant.
 */
const lead: Person = { tenantId: 'contoso', userId: 'nestor', name: 'Nestor Wilke', roles: ['it'] };
const contoso = (userId: string, name: string): Person => ({ tenantId: 'contoso', userId, name });
const fabrikamIt: Person = { tenantId: 'fabrikam', userId: 'nestor', name: 'Fabrikam IT', roles: ['it'] };

const api = useTestApi();
beforeAll(async () => {
  // Contoso's people sign in (the tab asks who they are); one of Fabrikam's too, with a name like theirs.
  for (const person of [
    lead,
    contoso('megan', 'Megan Bowen'),
    contoso('adele', 'Adele Vance'),
    contoso('zoe', 'Zoë Ångström'),
    contoso('dana', 'Dana Scully'),
    { tenantId: 'fabrikam', userId: 'megan-f', name: 'Megan Fabrikam' },
  ])
    expect((await api.as(person, 'GET', '/api/me')).status).toBe(200);
});

const search = (who: Person, query: string) => api.as<PeoplePage>(who, 'GET', `/api/people${query}`);

describe('the people search over HTTP (local host, Azurite)', () => {
  it('finds the tenant’s people who signed in, by any words of their name, case and accents aside', async () => {
    expect((await search(lead, '?q=megan')).body).toEqual({
      items: [{ id: 'megan', name: 'Megan Bowen' }],
      nextCursor: null,
    });
    expect((await search(lead, '?q=ANGSTROM%20zo')).body.items).toEqual([
      { id: 'zoe', name: 'Zoë Ångström' },
    ]);
    expect((await search(lead, '?q=nobody')).body).toEqual({ items: [], nextCursor: null });
  });

  it('never shows another tenant’s people, whoever asks', async () => {
    const contosoNames = (await search(lead, '')).body.items.map((person) => person.name);
    expect(contosoNames).toEqual([
      'Adele Vance',
      'Dana Scully',
      'Megan Bowen',
      'Nestor Wilke',
      'Zoë Ångström',
    ]);
    expect((await search(fabrikamIt, '?q=megan')).body.items).toEqual([
      { id: 'megan-f', name: 'Megan Fabrikam' },
    ]);
  });

  it('pages by name without repeating or skipping anyone, even when someone signs in between pages', async () => {
    const first = await search(lead, '?limit=2');
    expect(first.body.items.map((person) => person.name)).toEqual(['Adele Vance', 'Dana Scully']);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    // Someone who sorts before the cursor signs in meanwhile: the next page neither repeats nor skips.
    await api.as(contoso('aaron', 'Aaron Abbott'), 'GET', '/api/me');
    const second = await search(lead, `?limit=2&cursor=${first.body.nextCursor ?? ''}`);
    expect(second.body.items.map((person) => person.name)).toEqual(['Megan Bowen', 'Nestor Wilke']);
    const third = await search(lead, `?limit=2&cursor=${second.body.nextCursor ?? ''}`);
    expect(third.body).toEqual({ items: [{ id: 'zoe', name: 'Zoë Ångström' }], nextCursor: null });
  });

  it('knows someone IT added as an IT member, and a new name once they sign in with it', async () => {
    expect(
      (await api.as(lead, 'POST', '/api/it-members', { userId: 'lidia', name: 'Lidia Holloway' })).status,
    ).toBe(200);
    expect((await search(lead, '?q=lidia')).body.items).toEqual([{ id: 'lidia', name: 'Lidia Holloway' }]);
    // A token of their own with the new name, as Entra issues after a rename.
    const renamed = await api.request<{ token: string }>('POST', '/api/dev/token', {
      body: contoso('dana', 'Dana Scully-Mulder'),
    });
    await api.request('GET', '/api/me', { token: renamed.body.token });
    expect((await search(lead, '?q=dana')).body.items).toEqual([{ id: 'dana', name: 'Dana Scully-Mulder' }]);
  });

  it('is for IT members only', async () => {
    const refused = await search(contoso('megan', 'Megan Bowen'), '?q=adele');
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toContain('Adele');
  });

  it('refuses a malformed query with the field it is about', async () => {
    expect(await search(lead, '?limit=0')).toMatchObject({
      status: 400,
      body: { error: { code: 'validation', fields: [{ field: 'limit' }] } },
    });
    expect(await search(lead, '?limit=51')).toMatchObject({ status: 400 });
    expect(await search(lead, `?q=${'x'.repeat(101)}`)).toMatchObject({
      status: 400,
      body: { error: { fields: [{ field: 'q' }] } },
    });
    expect(await search(lead, '?cursor=not-a-cursor')).toMatchObject({
      status: 400,
      body: { error: { fields: [{ field: 'cursor' }] } },
    });
  });
});
