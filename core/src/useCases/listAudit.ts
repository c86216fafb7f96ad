import { z } from 'zod';
import type { IdeaBarContext } from '../context.js';
import type { Caller } from '../identity.js';
import { limitSchema } from '../listing/limit.js';
import { requireItMember } from '../members/requireItMember.js';
import { auditEntryView, type AuditEntryView } from '../settings/tenantSettings.js';
import { parseInput } from '../validation.js';

export const listAuditQuery = z.object({ limit: limitSchema });

/** Every settings change, newest first: who, when, what, before and after. For IT members. */
export async function listAudit(
  ctx: IdeaBarContext,
  caller: Caller,
  query: unknown,
): Promise<AuditEntryView[]> {
  await requireItMember(ctx, caller, 'see the settings history');
  const { limit } = parseInput(listAuditQuery, query, 'query');
  return (await ctx.repos.audit.list(caller.tenantId, limit)).map(auditEntryView);
}
