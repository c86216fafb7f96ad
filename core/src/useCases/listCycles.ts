import { z } from 'zod';
import type { IdeaBarContext } from '../context.js';
import { cycleView, type CycleView } from '../cycles/cycle.js';
import { idSchema, type Caller } from '../identity.js';
import { parseInput } from '../validation.js';

export const listCyclesQuery = z.object({ boardId: idSchema.optional() });

/** The tenant's planning cycles (of one board, if named), latest first. */
export async function listCycles(ctx: IdeaBarContext, caller: Caller, query: unknown): Promise<CycleView[]> {
  const { boardId } = parseInput(listCyclesQuery, query, 'query');
  const now = ctx.clock.now();
  const cycles = await ctx.repos.cycles.list(caller.tenantId);
  return cycles
    .filter((cycle) => boardId === undefined || cycle.boardId === boardId)
    .sort((a, b) => b.submissionOpensAt.getTime() - a.submissionOpensAt.getTime())
    .map((cycle) => cycleView(cycle, now));
}
