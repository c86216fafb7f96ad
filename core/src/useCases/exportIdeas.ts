import { workingDaysOf } from '../calendar/workingDays.js';
import { tenantSettingsOf } from '../settings/tenantSettingsOf.js';
import { z } from 'zod';
import type { IdeaBarContext } from '../context.js';
import { idSchema, type Caller } from '../identity.js';
import { ideasCsv } from '../insights/ideasCsv.js';
import { requireItMember } from '../members/requireItMember.js';
import { parseInput } from '../validation.js';
import { ideasOf } from './getInsights.js';

export const exportIdeasQuery = z.object({ boardId: idSchema.optional() });

/** IT's planning export: every idea of a board (or of the tenant) with its decisions, oldest first, as CSV. */
export async function exportIdeas(ctx: IdeaBarContext, caller: Caller, query: unknown): Promise<string> {
  await requireItMember(ctx, caller, 'export ideas');
  const { boardId } = parseInput(exportIdeasQuery, query, 'query');
  const [ideas, settings] = await Promise.all([
    ideasOf(ctx, caller.tenantId, boardId),
    tenantSettingsOf(ctx, caller.tenantId),
  ]);
  return ideasCsv(
    ideas.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id)),
    workingDaysOf(settings.value),
  );
}
