import type { IdeaBarContext } from '../context.js';
import { cycleView, phaseOf, type CycleView } from '../cycles/cycle.js';
import { NotFoundError } from '../errors.js';
import { ID_PATTERN, type Caller } from '../identity.js';
import { viewOf, type IdeaView } from '../ideas/idea.js';
import { ideasInCycle, shortlistOf } from '../cycles/shortlist.js';

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
  if (!cycle) throw new NotFoundError('The cycle', 'cycle_not_found');
  const now = ctx.clock.now();
  const [stored, voted] = await Promise.all([
    ctx.repos.ideas.listBoard(caller.tenantId, cycle.boardId),
    ctx.votes.votedIdeaIds(caller.tenantId, caller.userId, cycle.boardId),
  ]);
  // Counted as the board's listing counts them, so its shortlist filter and these results rank alike.
  const ideas = stored.map((idea) => ctx.votes.withLatestCount(idea));
  return {
    cycle: cycleView(cycle, now),
    final: phaseOf(cycle, now) === 'closed',
    shortlist: shortlistOf(cycle, ideas, now).map((idea) => viewOf(idea, voted.has(idea.id))),
    ideas: ideasInCycle(cycle, ideas).length,
  };
}
