import { describe, expect, it } from 'vitest';
import type { IdeaDetail, IdeaPage, IdeaView, MergeResult } from '../../../core/src/index.js';
import type { Person } from '../../support/testHost.js';
import { useTestApi } from '../../support/apiTestBed.js';

const ada: Person = { tenantId: 'contoso', userId: 'ada', name: 'Ada Lovelace' };
const grace: Person = { tenantId: 'contoso', userId: 'grace', name: 'Grace Hopper', roles: ['it'] };
const outsider: Person = { tenantId: 'fabrikam', userId: 'grace', name: 'Other Grace', roles: ['it'] };
const decline = {
  constraint: 'compliance',
  rule: 'Records Retention Standard RR-3',
  pathToYes: 'Archive to the approved records store first; then we can turn this on.',
};

const api = useTestApi();
const submit = (title: string) => api.submitIdea(ada, { title });

describe('IT triage over HTTP (local host, Azurite)', () => {
  it('refuses every triage route to people who are not IT members, changing nothing', async () => {
    const idea = await submit('Auto-delete old Teams chats');
    const attempts: [string, string, unknown][] = [
      ['POST', 'status', { status: 'planned', response: 'Planned.' }],
      ['PUT', 'partners', { sponsor: { id: 'ada', name: 'Ada' } }],
      ['PUT', 'classification', { sourcing: 'core', recommendation: 'build', value: 3, effort: 3 }],
      ['PUT', 'benefits', { expected: { kind: 'cost_saved', amount: 100 } }],
      ['POST', 'merge', { into: idea.id, response: 'Dup.' }],
    ];
    for (const [method, path, body] of attempts) {
      const response = await api.as(ada, method, `/api/ideas/${idea.id}/${path}`, body);
      expect(response.status, path).toBe(403);
      // The reason names the case beside the English message, for a client that words it in its own language.
      expect(response.body).toMatchObject({ error: { code: 'forbidden', reason: 'it_members_only' } });
    }
    const outside = await api.as(outsider, 'POST', `/api/ideas/${idea.id}/status`, attempts[0]![2]);
    expect(outside).toMatchObject({ status: 404, body: { error: { reason: 'idea_not_found' } } });
    const after = await api.as<IdeaDetail>(ada, 'GET', `/api/ideas/${idea.id}`);
    expect(after.body).toMatchObject({
      status: 'new',
      sponsor: null,
      classification: null,
      expectedBenefit: null,
    });
    expect(after.body.history).toHaveLength(1);
  });

  it('declines only with a constraint, a rule and a path to yes; the author appeals once', async () => {
    const idea = await submit('Keep chats forever');
    const bare = await api.as(grace, 'POST', `/api/ideas/${idea.id}/status`, {
      status: 'declined',
      response: 'No.',
    });
    expect(bare.status).toBe(400);
    expect(bare.body).toMatchObject({
      error: {
        code: 'validation',
        fields: [{ field: 'decline.constraint' }, { field: 'decline.rule' }, { field: 'decline.pathToYes' }],
      },
    });
    const declined = await api.as<IdeaView>(grace, 'POST', `/api/ideas/${idea.id}/status`, {
      status: 'declined',
      response: 'Not as asked — here is what would make it possible.',
      decline,
    });
    expect(declined).toMatchObject({ status: 200, body: { status: 'declined', decline } });
    expect(declined.body.firstResponseAt).not.toBeNull();

    const tooShort = await api.as(ada, 'POST', `/api/ideas/${idea.id}/appeal`, { reason: 'Ok' });
    expect(tooShort).toMatchObject({
      status: 400,
      body: { error: { code: 'validation', fields: [{ field: 'reason' }] } },
    });
    const appeal = await api.as<IdeaView>(ada, 'POST', `/api/ideas/${idea.id}/appeal`, {
      reason: 'Legal confirmed chats are not records for us.',
    });
    expect(appeal).toMatchObject({
      status: 200,
      body: { status: 'under_review', appeal: { answeredAt: null } },
    });
    const twice = await api.as(ada, 'POST', `/api/ideas/${idea.id}/appeal`, {
      reason: 'Once more, as nothing has changed since.',
    });
    expect(twice).toMatchObject({
      status: 409,
      body: {
        error: {
          code: 'conflict',
          // The appeal put it back under review: it is no longer a declined idea.
          reason: 'not_declined',
          message: 'Only a declined idea can be appealed.',
        },
      },
    });

    const history = await api.as<IdeaDetail>(ada, 'GET', `/api/ideas/${idea.id}`);
    expect(history.body.history.map((h) => h.kind)).toEqual(['submitted', 'triage', 'appeal']);
    expect(history.body.history[1]).toMatchObject({ by: { id: 'grace' }, decline });
  });

  it('keeps the count of distinct voters exact when merging duplicates', async () => {
    const duplicate = await submit('Password manager please');
    const original = await submit('Company password manager');
    const voters = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, n) => ({
        tenantId: 'contoso',
        userId: `voter-${from + n}`,
        name: 'V',
      }));
    await Promise.all(voters(0, 40).map((v) => api.as(v, 'PUT', `/api/ideas/${duplicate.id}/vote`)));
    await Promise.all(voters(25, 60).map((v) => api.as(v, 'PUT', `/api/ideas/${original.id}/vote`)));

    const merged = await api.as<MergeResult>(grace, 'POST', `/api/ideas/${duplicate.id}/merge`, {
      into: original.id,
      response: 'Same idea — follow this one.',
    });
    expect(merged.status).toBe(200);
    expect(merged.body.duplicate).toMatchObject({ status: 'duplicate', duplicateOf: original.id, votes: 0 });
    // 60 voters and ada, who submitted both ideas and so voted for both: each counted once.
    expect(merged.body.into.votes).toBe(61);
    expect((await api.as<IdeaDetail>(ada, 'GET', `/api/ideas/${original.id}`)).body.votes).toBe(61);
    const late = await api.as(voters(99, 100)[0]!, 'PUT', `/api/ideas/${duplicate.id}/vote`);
    expect(late).toMatchObject({
      status: 409,
      body: {
        error: {
          code: 'conflict',
          reason: 'votes_closed_merged',
          votesClosed: { status: 'duplicate', mergedInto: original.id },
        },
      },
    });
    const mine = await api.as<IdeaPage>(voters(10, 11)[0]!, 'GET', '/api/ideas?voted=true');
    expect(mine.body.items.map((i) => i.id)).toEqual([original.id]);
  });

  it('sorts the board by IT priority', async () => {
    const low = await submit('Low priority thing');
    const high = await submit('High priority thing');
    for (const [idea, value, effort] of [
      [low, 2, 4],
      [high, 5, 2],
    ] as const) {
      const response = await api.as(grace, 'PUT', `/api/ideas/${idea.id}/classification`, {
        sourcing: 'non_core',
        recommendation: 'buy',
        value,
        effort,
      });
      expect(response.status).toBe(200);
    }
    const board = await api.as<IdeaPage>(ada, 'GET', '/api/ideas?sort=priority&limit=2');
    expect(board.body.items.map((i) => [i.title, i.classification?.priority])).toEqual([
      ['High priority thing', 20],
      ['Low priority thing', 4],
    ]);
  });
});
