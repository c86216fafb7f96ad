import type { IdeaBarContext } from '../context.js';
import { takesSubmissions, type Cycle } from './cycle.js';

/** The cycle of a board that takes submissions at `at`, if any (windows on one board never overlap). */
export async function openCycleOf(
  ctx: IdeaBarContext,
  tenantId: string,
  boardId: string,
  at: Date,
): Promise<Cycle | undefined> {
  const cycles = await ctx.repos.cycles.list(tenantId);
  return cycles.find((cycle) => cycle.boardId === boardId && takesSubmissions(cycle, at));
}
