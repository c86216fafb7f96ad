import { z } from 'zod';
import type { CommentView } from '../comments/comment.js';
import { commentView } from '../comments/comment.js';
import type { IdeaBarContext } from '../context.js';
import { personOf, type Caller } from '../identity.js';
import { findVisibleIdea } from '../ideas/visibility.js';
import { IDEA_LIMITS } from '../ideas/idea.js';
import { textSchema } from '../ideas/ideaInput.js';
import { parseInput } from '../validation.js';
import { refreshCommentCount } from '../comments/commentCount.js';
import { ideaChanged } from '../outbox/outboxEvent.js';

export const addCommentInput = z.object(
  { text: textSchema('a comment', IDEA_LIMITS.commentMax) },
  { error: 'Send the comment as a JSON object.' },
);

export async function addComment(
  ctx: IdeaBarContext,
  caller: Caller,
  ideaId: string,
  input: unknown,
): Promise<CommentView> {
  const { text } = parseInput(addCommentInput, input);
  await findVisibleIdea(ctx, caller, ideaId);
  const now = ctx.clock.now();
  const comment = {
    tenantId: caller.tenantId,
    ideaId,
    id: ctx.ids.next(now),
    author: personOf(caller),
    text,
    createdAt: now,
  };
  await ctx.outbox.record(ideaChanged('commented', { ...comment, changeId: comment.id }, now));
  await ctx.repos.comments.add(comment);
  // The comment is saved; a count that fails to refresh now is repaired by the next comment, and must not make the
  // author post the same comment twice.
  await refreshCommentCount(ctx, caller.tenantId, ideaId).catch((error: unknown) => ctx.faults.report(error));
  return commentView(comment);
}
