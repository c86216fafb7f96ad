import type { IdeaBarContext } from '../context.js';
import { cycleView, phaseOf, type CycleView } from '../cycles/cycle.js';
import { NotFoundError } from '../errors.js';
import { ID_PATTERN, type Caller } from '../identity.js';
import { viewOf, type IdeaView } from '../ideas/idea.js';
import { compareKeys, sortKeyOf } from '../ideas/ranking.js';

export interface CycleResults {
  cycle: CycleView;
  /** True once voting has closed: the shortlist will not change any more by votes. */
  final: boolean;
  /**
   * The cycle's ideas by votes, up to the cycle's shortlist size: declined and duplicate ones left out, and those
   * still awaiting approval.
   */
  shortlist: IdeaView[];
  ideas: number;
}

export async function cycleResults(
  ctx: IdeaBarContext,
  caller: Caller,
  cycleId: string,
): Promise<CycleResults> {
  const cycle = ID_PATTERN.test(cycleId) ? await ctx.repos.cycles.find(caller.tenantId, cycleId) : undefined;
  if (!cycle) throw new NotFoundError('The cycle');
  const now = ctx.clock.now();
  const [ideas, voted] = await Promise.all([
    ctx.repos.ideas.listBoard(caller.tenantId, cycle.boardId),
    ctx.votes.votedIdeaIds(caller.tenantId, caller.userId, cycle.boardId),
  ]);
  // An idea still waiting for IT's approval on a moderated board is not yet public, so it is in no one's ranking.
  const inCycle = ideas.filter((idea) => idea.cycleId === cycle.id && !idea.triage.awaitingApproval);
  const ranked = inCycle
    .filter((idea) => idea.status !== 'declined' && idea.status !== 'duplicate')
    .sort((a, b) => compareKeys(sortKeyOf(a, 'top', now), sortKeyOf(b, 'top', now)));
  return {
    cycle: cycleView(cycle, now),
    final: phaseOf(cycle, now) === 'closed',
    shortlist: ranked.slice(0, cycle.shortlistSize).map((idea) => viewOf(idea, voted.has(idea.id))),
    ideas: inCycle.length,
  };
}
