import { workingDaysOf } from '../calendar/workingDays.js';
import { z } from 'zod';
import type { IdeaBarContext } from '../context.js';
import { idSchema, type Caller } from '../identity.js';
import type { IdeaRecord } from '../ideas/idea.js';
import { insightsOf, type Insights } from '../insights/insights.js';
import { responseTrendOf, type MonthOfResponses } from '../insights/responseTrend.js';
import { parseInput } from '../validation.js';
import { resolveBoard } from '../boards/resolveBoard.js';
import { tenantSettingsOf } from '../settings/tenantSettingsOf.js';

const moment = z.iso
  .datetime({ offset: true, error: 'Use an ISO 8601 date and time, such as 2026-01-01T00:00:00Z.' })
  .transform((text) => new Date(text));

export const insightsQuery = z
  .object({
    boardId: idSchema.optional(),
    cycleId: idSchema.optional(),
    from: moment.optional(),
    to: moment.optional(),
  })
  .refine((query) => !query.from || !query.to || query.from < query.to, {
    message: 'The period must end after it starts.',
    path: ['to'],
  });

export interface InsightsReport extends Insights {
  boardId: string | null;
  cycleId: string | null;
  period: { from: string | null; to: string | null };
  /** Responsiveness per month of submission, the last twelve months of the period (see responseTrendOf). */
  responseTrend: MonthOfResponses[];
  /** The tenant's currency (ISO 4217) for money amounts, such as cost saved. */
  currency: string;
}

/**
 * Everyone may see how IT responds: for one board or the whole tenant, for ideas submitted in a period. Ideas
 * still awaiting approval on a moderated board count for IT only, as the roadmap and cycle results leave them out:
 * neither they nor the category text typed into them may reach anyone else through a figure.
 */
export async function getInsights(
  ctx: IdeaBarContext,
  caller: Caller,
  query: unknown,
): Promise<InsightsReport> {
  const { boardId, cycleId, from, to } = parseInput(insightsQuery, query, 'query');
  const ideas = await ideasOf(ctx, caller.tenantId, boardId);
  const seesQueue = !ideas.some(awaiting) || (await ctx.itDirectory.rolesOf(caller)).includes('it');
  const inPeriod = ideas.filter(
    (idea) =>
      (seesQueue || !awaiting(idea)) &&
      (!from || idea.createdAt >= from) &&
      (!to || idea.createdAt < to) &&
      (cycleId === undefined || idea.cycleId === cycleId),
  );
  const settings = (await tenantSettingsOf(ctx, caller.tenantId)).value;
  const now = ctx.clock.now();
  const days = workingDaysOf(settings);
  return {
    boardId: boardId ?? null,
    cycleId: cycleId ?? null,
    period: { from: from?.toISOString() ?? null, to: to?.toISOString() ?? null },
    ...insightsOf(inPeriod, now, settings.responseSlaBusinessDays, days),
    responseTrend: responseTrendOf(inPeriod, now, settings.responseSlaBusinessDays, { from, to }, days),
    currency: settings.currency,
  };
}

const awaiting = (idea: IdeaRecord): boolean => idea.triage.awaitingApproval;

/** The ideas of one board, or of every board of the tenant. */
export async function ideasOf(
  ctx: IdeaBarContext,
  tenantId: string,
  boardId: string | undefined,
): Promise<IdeaRecord[]> {
  if (boardId !== undefined) {
    const board = await resolveBoard(ctx, tenantId, boardId);
    return ctx.repos.ideas.listBoard(tenantId, board.id);
  }
  await resolveBoard(ctx, tenantId, undefined);
  const boards = await ctx.repos.boards.list(tenantId);
  return (await Promise.all(boards.map((board) => ctx.repos.ideas.listBoard(tenantId, board.id)))).flat();
}
