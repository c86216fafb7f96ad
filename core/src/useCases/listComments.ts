import { z } from 'zod';
import { commentView, type CommentView } from '../comments/comment.js';
import type { IdeaBarContext } from '../context.js';
import { ID_PATTERN, type Caller } from '../identity.js';
import { findVisibleIdea } from '../ideas/visibility.js';
import { limitSchema } from '../listing/limit.js';
import { parseInput } from '../validation.js';

export const listCommentsQuery = z.object({
  limit: limitSchema,
  cursor: z.string().regex(ID_PATTERN, 'This cursor is not one IdeaBar gave out.').optional(),
});

export interface CommentPage {
  items: CommentView[];
  nextCursor: string | null;
}

export async function listComments(
  ctx: IdeaBarContext,
  caller: Caller,
  ideaId: string,
  query: unknown,
): Promise<CommentPage> {
  const { limit, cursor } = parseInput(listCommentsQuery, query, 'query');
  await findVisibleIdea(ctx, caller, ideaId);
  const page = await ctx.repos.comments.list(caller.tenantId, ideaId, { after: cursor ?? null, limit });
  return { items: page.items.map(commentView), nextCursor: page.next };
}
