import { z } from 'zod';
import type { IdeaBarContext } from '../context.js';
import { cycleView, type CycleView } from '../cycles/cycle.js';
import { idSchema, type Caller } from '../identity.js';
import { viewOf, type IdeaRecord, type IdeaView } from '../ideas/idea.js';
import { parseInput } from '../validation.js';
import { ideasOf } from './getInsights.js';

export const roadmapQuery = z.object({ boardId: idSchema.optional() });

export interface RoadmapLane {
  /** Null for ideas that belong to no cycle. */
  cycle: CycleView | null;
  planned: IdeaView[];
  inProgress: IdeaView[];
  delivered: IdeaView[];
}

/** What IT has committed to, per planning cycle (latest first, ideas outside any cycle last), by stage. */
export async function roadmap(ctx: IdeaBarContext, caller: Caller, query: unknown): Promise<RoadmapLane[]> {
  const { boardId } = parseInput(roadmapQuery, query, 'query');
  const now = ctx.clock.now();
  const [ideas, cycles] = await Promise.all([
    ideasOf(ctx, caller.tenantId, boardId),
    ctx.repos.cycles.list(caller.tenantId),
  ]);
  const committed = ideas.filter(
    (idea) => ['planned', 'in_progress', 'delivered'].includes(idea.status) && !idea.triage.awaitingApproval,
  );
  const byVotes = (a: IdeaRecord, b: IdeaRecord) => b.votes - a.votes || a.id.localeCompare(b.id);
  const lane = (of: IdeaRecord[]) => ({
    planned: of
      .filter((i) => i.status === 'planned')
      .sort(byVotes)
      .map((i) => viewOf(i, false)),
    inProgress: of
      .filter((i) => i.status === 'in_progress')
      .sort(byVotes)
      .map((i) => viewOf(i, false)),
    delivered: of
      .filter((i) => i.status === 'delivered')
      .sort(byVotes)
      .map((i) => viewOf(i, false)),
  });
  const lanes: RoadmapLane[] = cycles
    .filter((cycle) => boardId === undefined || cycle.boardId === boardId)
    .sort((a, b) => b.submissionOpensAt.getTime() - a.submissionOpensAt.getTime())
    .map((cycle) => ({
      cycle: cycleView(cycle, now),
      ...lane(committed.filter((idea) => idea.cycleId === cycle.id)),
    }));
  const known = new Set(cycles.map((cycle) => cycle.id));
  const outside = committed.filter((idea) => idea.cycleId === null || !known.has(idea.cycleId));
  return outside.length > 0 ? [...lanes, { cycle: null, ...lane(outside) }] : lanes;
}
