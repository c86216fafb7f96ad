import type { IdeaRecord } from '../ideas/idea.js';
import { compareKeys, sortKeyOf } from '../ideas/ranking.js';
import type { Cycle } from './cycle.js';

/**
 * The ideas that take part in a cycle, out of its board's: those that belong to it, less any still waiting for IT's
 * approval on a moderated board, which are not yet public and so in no one's ranking.
 */
export const ideasInCycle = (cycle: Pick<Cycle, 'id'>, ideas: readonly IdeaRecord[]): IdeaRecord[] =>
  ideas.filter((idea) => idea.cycleId === cycle.id && !idea.triage.awaitingApproval);

/**
 * A cycle's shortlist: its ideas by votes (most first, the older first on a tie, as the board's `top` sort), up to
 * the cycle's shortlist size, declined and duplicate ideas left out. One definition for the results the bot posts,
 * the leading ideas its cards offer votes on, and the board's shortlist filter.
 */
export function shortlistOf(
  cycle: Pick<Cycle, 'id' | 'shortlistSize'>,
  ideas: readonly IdeaRecord[],
  at: Date,
): IdeaRecord[] {
  return ideasInCycle(cycle, ideas)
    .filter((idea) => idea.status !== 'declined' && idea.status !== 'duplicate')
    .map((idea) => ({ idea, key: sortKeyOf(idea, 'top', at) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .slice(0, cycle.shortlistSize)
    .map(({ idea }) => idea);
}
