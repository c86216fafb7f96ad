import { describe, expect, it } from 'vitest';
import type { IdeaDetail } from '../../../core/src/index.js';
import type { Person } from '../../support/testHost.js';
import { useTestApi } from '../../support/apiTestBed.js';

const ada: Person = { tenantId: 'contoso', userId: 'ada', name: 'Ada Lovelace' };
const grace: Person = { tenantId: 'contoso', userId: 'grace', name: 'Grace Hopper', roles: ['it'] };
const alan: Person = { tenantId: 'contoso', userId: 'alan', name: 'Alan Turing', roles: ['it'] };

const api = useTestApi();
const submit = (title: string) => api.submitIdea(ada, { title });

describe('decisions that cannot cross, over HTTP (local host, Azurite)', () => {
  it('answers one of two crossing merges 200 and the other 409, and keeps every vote once', async () => {
    const x = await submit('Password manager please');
    const y = await submit('Company password manager');
    const voters = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, n) => ({
        tenantId: 'contoso',
        userId: `cross-${from + n}`,
        name: 'V',
      }));
    await Promise.all(voters(0, 12).map((v) => api.as(v, 'PUT', `/api/ideas/${x.id}/vote`)));
    await Promise.all(voters(8, 20).map((v) => api.as(v, 'PUT', `/api/ideas/${y.id}/vote`)));

    const answers = await Promise.all([
      api.as(grace, 'POST', `/api/ideas/${x.id}/merge`, { into: y.id, response: 'Same idea.' }),
      api.as(alan, 'POST', `/api/ideas/${y.id}/merge`, { into: x.id, response: 'Same idea.' }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const refused = answers.find((a) => a.status === 409);
    expect(refused?.body).toMatchObject({
      error: { code: 'conflict', message: expect.stringMatching(/merged/) },
    });

    const [afterX, afterY] = await Promise.all(
      [x, y].map(async (idea) => (await api.as<IdeaDetail>(ada, 'GET', `/api/ideas/${idea.id}`)).body),
    );
    expect([afterX!.status, afterY!.status].sort()).toEqual(['duplicate', 'new']);
    const kept = afterX!.status === 'new' ? afterX! : afterY!;
    const duplicate = kept === afterX ? afterY! : afterX!;
    expect(duplicate.duplicateOf).toBe(kept.id);
    expect(kept.duplicateOf).toBeNull();
    // 20 voters, and Ada, whose submitting both ideas was a vote for each: each person counted once.
    expect(kept.votes).toBe(21);
    expect(duplicate.votes).toBe(0);
  });

  it('answers one of 8 overlapping cycles opened at once 201 and the seven others 409', async () => {
    const day = 86_400_000;
    const now = Date.now();
    const at = (days: number) => new Date(now + days * day).toISOString();
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, n) =>
        api.as(n % 2 ? grace : alan, 'POST', '/api/cycles', {
          name: `Planning round ${n}`,
          submissionOpensAt: at(n - 1),
          submissionClosesAt: at(n + 13),
          votingClosesAt: at(n + 20),
        }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    for (const refused of answers.filter((a) => a.status === 409)) {
      expect(refused.body).toMatchObject({
        error: { code: 'conflict', message: expect.stringMatching(/overlaps/) },
      });
    }
    const listed = await api.as<{ items: unknown[] }>(ada, 'GET', '/api/cycles');
    expect(listed.body.items).toHaveLength(1);
  });

  it('never removes the last IT members at once: one removal 200, the other 409', async () => {
    const [mary, lee]: Person[] = [
      { tenantId: 'northwind', userId: 'mary', name: 'Mary', roles: ['it'] },
      { tenantId: 'northwind', userId: 'lee', name: 'Lee', roles: ['it'] },
    ];
    for (const person of [mary!, lee!]) expect((await api.as(person, 'GET', '/api/me')).status).toBe(200);
    const answers = await Promise.all([
      api.as(mary!, 'DELETE', '/api/it-members/lee'),
      api.as(lee!, 'DELETE', '/api/it-members/mary'),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const left = await api.as<{ itMembers: unknown[] }>(
      answers[0]!.status === 200 ? mary! : lee!,
      'GET',
      '/api/settings',
    );
    expect(left.body.itMembers).toHaveLength(1);
  });
});
