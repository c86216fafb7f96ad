import type { IdeaBarContext } from '../context.js';
import { personOf, type Caller } from '../identity.js';

/** Writes one audit entry for a settings change an IT member made. */
export async function recordChange(
  ctx: IdeaBarContext,
  caller: Caller,
  change: { subject: string; summary: string; before: unknown; after: unknown },
): Promise<void> {
  const at = ctx.clock.now();
  await ctx.repos.audit.append({
    tenantId: caller.tenantId,
    id: ctx.ids.next(at),
    at,
    by: personOf(caller),
    ...change,
  });
}
