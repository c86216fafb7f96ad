import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../../api/src/storage/keys.js';
import type { IdeaDetail, IdeaView, VoteState } from '../../../core/src/index.js';
import { startTestApi, tablesOf, type TestApi } from '../../support/testHost.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.host.close());

describe('votes under load (local host, Azurite)', () => {
  it('counts 500 distinct voters exactly while each also votes a second time at the same instant', async () => {
    const author = { tenantId: 'contoso', userId: 'author', name: 'Author' };
    const idea = (
      await api.as<IdeaView>(author, 'POST', '/api/ideas', {
        title: 'Hot idea',
        description: 'Everyone wants it.',
      })
    ).body;
    const voters = Array.from({ length: 500 }, (_, n) => ({
      tenantId: 'contoso',
      userId: `v${n}`,
      name: `V${n}`,
    }));
    const tokens = await Promise.all(voters.map((voter) => api.tokenFor(voter)));

    const clicks = [...tokens, ...tokens].map((token) =>
      api.request<VoteState>('PUT', `/api/ideas/${idea.id}/vote`, { token }),
    );
    const answers = await Promise.all(clicks);

    expect(answers.filter((a) => a.status !== 200).map((a) => a.body)).toEqual([]);
    expect(answers.every((a) => a.body.myVote)).toBe(true);
    const detail = await api.as<IdeaDetail>(author, 'GET', `/api/ideas/${idea.id}`);
    // The author's own vote, and one per voter however often they clicked.
    expect(detail.body.votes).toBe(501);

    let rows = 0;
    const filter = `PartitionKey eq '${keys.idea('contoso', idea.id)}'`;
    for await (const page of tablesOf(api.host.services.config)
      .Votes.listEntities({ queryOptions: { filter } })
      .byPage()) {
      rows += page.length;
    }
    // 501 vote rows and the tally row beside them.
    expect(rows).toBe(502);

    const withdrawals = await Promise.all(
      tokens
        .slice(0, 100)
        .map((token) => api.request<VoteState>('DELETE', `/api/ideas/${idea.id}/vote`, { token })),
    );
    expect(withdrawals.every((w) => w.status === 200 && !w.body.myVote)).toBe(true);
    expect((await api.as<IdeaDetail>(author, 'GET', `/api/ideas/${idea.id}`)).body.votes).toBe(401);
  });
});
