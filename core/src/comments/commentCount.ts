import type { IdeaBarContext } from '../context.js';
import { StaleVersionError } from '../errors.js';

const ATTEMPTS = 5;

/**
 * Recounts the idea's comments and saves the count only if the idea has not changed since it was read: whoever
 * saves last counted after every comment written before its read, so the count ends equal to the comments.
 */
export async function refreshCommentCount(
  ctx: IdeaBarContext,
  tenantId: string,
  ideaId: string,
): Promise<void> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const found = await ctx.repos.ideas.find(tenantId, ideaId);
    if (!found) return;
    const commentCount = await ctx.repos.comments.count(tenantId, ideaId);
    if (found.value.commentCount === commentCount) return;
    try {
      await ctx.repos.ideas.saveCommentCount({ ...found.value, commentCount }, found.version);
      return;
    } catch (error) {
      if (!(error instanceof StaleVersionError)) throw error;
    }
  }
}
