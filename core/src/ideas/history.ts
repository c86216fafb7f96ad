import type { IdeaBarContext } from '../context.js';
import type { IdeaRecord, StatusChange } from './idea.js';

/**
 * Puts a change the idea already carries (see IdeaRecord.lastChange) into the history table. The idea's own write
 * is what made the change; archiving is idempotent and safe to repeat, so a failure here is reported, not thrown:
 * the next change or read of the idea archives it again.
 */
export async function archiveChange(ctx: IdeaBarContext, change: StatusChange): Promise<void> {
  await ctx.repos.history.append(change).catch((error: unknown) => ctx.faults.report(error));
}

/** The idea's history, oldest first, including its latest change should the archive not have it yet. */
export async function historyOf(ctx: IdeaBarContext, idea: IdeaRecord): Promise<StatusChange[]> {
  const archived = await ctx.repos.history.list(idea.tenantId, idea.id);
  const latest = idea.lastChange;
  if (!latest || archived.some((change) => change.id === latest.id)) return archived;
  await archiveChange(ctx, latest);
  return [...archived, latest];
}
