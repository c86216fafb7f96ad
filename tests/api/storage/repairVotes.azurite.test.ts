import { describe, expect, it } from 'vitest';
import { keys } from '../../../api/src/storage/keys.js';
import { ideaRefRow, ideaRow } from '../../../api/src/storage/tableIdeas.js';
import { TALLY_ROW_KEY } from '../../../api/src/storage/tableVotes.js';
import { TableIdeas } from '../../../api/src/storage/tableIdeas.js';
import { tableRepositories } from '../../../api/src/storage/tableRepositories.js';
import { ensureTables } from '../../../api/src/storage/tables.js';
import { TableVotes } from '../../../api/src/storage/tableVotes.js';
import { createIdeaBar, repairVotes, type IdeaRecord } from '../../../core/src/index.js';
import { tablesOf, testConfig } from '../../support/testHost.js';
import { storedIdea } from '../../support/storedIdeas.js';

const at = new Date('2026-11-23T09:00:00Z');
const oldIdea = (id: string, votes: number, overrides: Partial<IdeaRecord> = {}): IdeaRecord =>
  storedIdea({ id, votes, description: 'Written by an older IdeaBar.', createdAt: at, ...overrides });

describe('npm run repair: votes written before tally rows (Azurite)', () => {
  it('counts tallies from the vote rows, brings copies up, sets and clears "my votes", then finds nothing', async () => {
    const tables = tablesOf(testConfig());
    await ensureTables(tables);
    const repos = tableRepositories(tables);
    const ctx = createIdeaBar({ repos, faults: { report: () => undefined } });
    // As an older IdeaBar left them: stored counts that differ from the rows, no tally rows, lists out of step.
    const ideas = [oldIdea('idea-a', 5), oldIdea('idea-b', 0), oldIdea('idea-c', 2, { status: 'delivered' })];
    for (const idea of ideas) {
      await tables.Ideas.createEntity(ideaRefRow(idea));
      await tables.Ideas.createEntity(ideaRow(idea));
    }
    const votes = { 'idea-a': ['u1', 'u2', 'u3'], 'idea-b': ['u1'], 'idea-c': ['u2', 'u4'] };
    for (const [ideaId, voters] of Object.entries(votes)) {
      for (const userId of voters) await repos.votes.add({ tenantId: 'contoso', ideaId, userId, castAt: at });
    }
    const list = (userId: string, ideaId: string) => ({
      tenantId: 'contoso',
      userId,
      boardId: 'default',
      ideaId,
    });
    await repos.votes.setOnVoterList(list('u1', 'idea-a'), true);
    await repos.votes.setOnVoterList(list('u9', 'idea-b'), true); // a vote that is not there

    const run = () =>
      repairVotes(
        ctx,
        new TableIdeas(tables.Ideas).everyIdea(),
        new TableVotes(tables.Votes).everyVoterListEntry(),
      );
    expect(await run()).toEqual({
      ideas: 3,
      tallyCreated: 3,
      closureFixed: 0,
      countFixed: 0,
      // idea-a said 5 for 3 rows, idea-b 0 for 1; idea-c was right.
      copyFixed: 2,
      listsSet: 5,
      strayListsRemoved: 1,
    });
    for (const [ideaId, voters] of Object.entries(votes)) {
      expect((await repos.ideas.find('contoso', ideaId))?.value.votes, ideaId).toBe(voters.length);
      expect((await repos.votes.findTally('contoso', ideaId))?.value).toMatchObject({
        count: voters.length,
        unlisted: [],
      });
    }
    expect((await repos.votes.findTally('contoso', 'idea-c'))?.value.closed).toEqual({
      status: 'delivered',
      mergedInto: null,
    });
    expect(await repos.votes.votedIdeaIds('contoso', 'u2', 'default')).toEqual(new Set(['idea-a', 'idea-c']));
    expect(await repos.votes.votedIdeaIds('contoso', 'u9', 'default')).toEqual(new Set());
    // The tally row sits in the vote partition but is never taken for a voter.
    const rows = tables.Votes.listEntities({
      queryOptions: { filter: `PartitionKey eq '${keys.idea('contoso', 'idea-a')}'` },
    });
    const rowKeys: string[] = [];
    for await (const row of rows) rowKeys.push(row.rowKey ?? '');
    expect(rowKeys.sort()).toEqual(['u1', 'u2', 'u3', TALLY_ROW_KEY].sort());
    expect((await repos.votes.voters('contoso', 'idea-a')).map((v) => v.userId).sort()).toEqual([
      'u1',
      'u2',
      'u3',
    ]);

    expect(await run()).toEqual({
      ideas: 3,
      tallyCreated: 0,
      closureFixed: 0,
      countFixed: 0,
      copyFixed: 0,
      listsSet: 0,
      strayListsRemoved: 0,
    });
  });
});
