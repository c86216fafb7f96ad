import type { IdeaBarContext } from '../context.js';
import type { VoterListEntry } from '../ports.js';
import { followVotes, type VotesFollowed } from './followVotes.js';

export interface VotesRepaired extends VotesFollowed {
  ideas: number;
  /** "My votes" rows that named an idea the person has no vote row for, removed. */
  strayListsRemoved: number;
}

const AT_ONCE = 8;

/**
 * The one-off repair of votes written before tally rows (`npm run repair`): every idea gets a tally counted from its
 * vote rows if it has none, its tally and idea row's copy checked against its rows, and every voter's list row set;
 * then every list row naming a vote that is not there is removed. The store enumerates; this decides. Safe to run
 * again: a second run fixes nothing.
 */
export async function repairVotes(
  ctx: IdeaBarContext,
  ideas: AsyncIterable<{ tenantId: string; ideaId: string }>,
  voterLists: AsyncIterable<VoterListEntry>,
): Promise<VotesRepaired> {
  const repaired: VotesRepaired = {
    ideas: 0,
    tallyCreated: 0,
    closureFixed: 0,
    countFixed: 0,
    copyFixed: 0,
    listsSet: 0,
    strayListsRemoved: 0,
  };
  await inGroups(ideas, async ({ tenantId, ideaId }) => {
    const followed = await followVotes(ctx, tenantId, ideaId, { everyVoter: true });
    repaired.ideas += 1;
    for (const key of ['tallyCreated', 'closureFixed', 'countFixed', 'copyFixed', 'listsSet'] as const) {
      repaired[key] += followed[key];
    }
  });
  await inGroups(voterLists, async (entry) => {
    if (await ctx.repos.votes.has(entry.tenantId, entry.ideaId, entry.userId)) return;
    await ctx.repos.votes.setOnVoterList(entry, false);
    repaired.strayListsRemoved += 1;
  });
  return repaired;
}

async function inGroups<T>(items: AsyncIterable<T>, work: (item: T) => Promise<void>): Promise<void> {
  let group: Promise<void>[] = [];
  for await (const item of items) {
    group.push(work(item));
    if (group.length >= AT_ONCE) {
      await Promise.all(group);
      group = [];
    }
  }
  await Promise.all(group);
}
