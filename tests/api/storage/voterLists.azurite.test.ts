/**
 * "My votes" across processes (Azurite): one person's vote and withdrawal made at the same moment on two instances
 * of IdeaBar on the same tables, with the first instance's list write held back until the second has finished, as a
 * slow network could. Each instance is its own IdeaBarContext (its own memory, the same rows).
 */
import { describe, expect, it } from 'vitest';
import { tableRepositories } from '../../../api/src/storage/tableRepositories.js';
import { ensureTables } from '../../../api/src/storage/tables.js';
import {
  castVote,
  createIdeaBar,
  submitIdea,
  withdrawVote,
  type Repositories,
  type VoterListEntry,
} from '../../../core/src/index.js';
import { tablesOf, testConfig } from '../../support/testHost.js';

const ada = { tenantId: 'contoso', userId: 'ada', name: 'Ada Lovelace' };
const grace = { tenantId: 'contoso', userId: 'grace', name: 'Grace Hopper' };

/** The repositories, with list writes of the given kind held until `release` is called. */
function holdingListWrites(repos: Repositories, voted: boolean) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held: VoterListEntry[] = [];
  const votes = Object.create(repos.votes) as Repositories['votes'];
  votes.setOnVoterList = async (entry, value) => {
    if (value === voted) {
      held.push(entry);
      await released;
    }
    return repos.votes.setOnVoterList(entry, value);
  };
  return { repos: { ...repos, votes }, held, release };
}

const until = async (condition: () => boolean): Promise<void> => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('"my votes" when one person votes and withdraws on two instances at once (Azurite)', () => {
  it('ends with the list agreeing with the vote row, whichever list write lands last', async () => {
    const tables = tablesOf(testConfig());
    await ensureTables(tables);
    const repos = tableRepositories(tables);
    const quiet = { report: () => undefined };
    const first = holdingListWrites(repos, true);
    const one = createIdeaBar({ repos: first.repos, faults: quiet });
    const two = createIdeaBar({ repos, faults: quiet });
    const idea = await submitIdea(two, ada, {
      title: 'Dark mode for the intranet',
      description: 'Easier at night.',
    });

    // Grace votes on instance one, whose write of her list is slow; she withdraws on instance two meanwhile.
    expect(await castVote(one, grace, idea.id)).toMatchObject({ myVote: true });
    await until(() => first.held.length > 0);
    expect(await withdrawVote(two, grace, idea.id)).toMatchObject({ myVote: false });
    await two.votes.settled('contoso', idea.id);
    first.release();
    await one.votes.settled('contoso', idea.id);

    expect(await repos.votes.find('contoso', idea.id, 'grace')).toBeUndefined();
    expect(await repos.votes.votedIdeaIds('contoso', 'grace', idea.boardId)).toEqual(new Set());
    // And the other way round: withdrawn on one instance (slow to write), voted on the other.
    const second = holdingListWrites(repos, false);
    const three = createIdeaBar({ repos: second.repos, faults: quiet });
    await castVote(three, grace, idea.id);
    await three.votes.settled('contoso', idea.id);
    expect(await withdrawVote(three, grace, idea.id)).toMatchObject({ myVote: false });
    await until(() => second.held.length > 0);
    expect(await castVote(two, grace, idea.id)).toMatchObject({ myVote: true });
    await two.votes.settled('contoso', idea.id);
    second.release();
    await three.votes.settled('contoso', idea.id);

    expect(await repos.votes.find('contoso', idea.id, 'grace')).toBeDefined();
    expect(await repos.votes.votedIdeaIds('contoso', 'grace', idea.boardId)).toEqual(new Set([idea.id]));
  });
});
