import { z } from 'zod';
import { resolveBoard } from '../boards/resolveBoard.js';
import type { IdeaBarContext } from '../context.js';
import { idSchema, personOf, type Caller } from '../identity.js';
import { IDEA_LIMITS, viewOf, type IdeaRecord, type IdeaView } from '../ideas/idea.js';
import { lineSchema, tagsSchema, textSchema } from '../ideas/ideaInput.js';
import { parseInput } from '../validation.js';

export const submitIdeaInput = z.object(
  {
    title: lineSchema('a title', IDEA_LIMITS.titleMin, IDEA_LIMITS.titleMax),
    description: textSchema('a description', IDEA_LIMITS.descriptionMax),
    category: lineSchema('a category', 1, IDEA_LIMITS.categoryMax).nullish(),
    tags: tagsSchema.optional(),
    boardId: idSchema.optional(),
  },
  { error: 'Send the idea as a JSON object.' },
);

export async function submitIdea(ctx: IdeaBarContext, caller: Caller, input: unknown): Promise<IdeaView> {
  const fields = parseInput(submitIdeaInput, input);
  const board = await resolveBoard(ctx, caller.tenantId, fields.boardId);
  const now = ctx.clock.now();
  const idea: IdeaRecord = {
    tenantId: caller.tenantId,
    id: ctx.ids.next(now),
    boardId: board.id,
    title: fields.title,
    description: fields.description,
    category: fields.category ?? null,
    tags: fields.tags ?? [],
    status: 'new',
    author: personOf(caller),
    createdAt: now,
    updatedAt: now,
    votes: 0,
    commentCount: 0,
    heat: 0,
    heatAt: now,
  };
  // History first: should the idea's own write then fail, an orphaned entry is invisible, while an idea without
  // its first entry would be a partial write.
  await ctx.repos.history.append({
    tenantId: idea.tenantId,
    ideaId: idea.id,
    id: ctx.ids.next(now),
    from: null,
    to: 'new',
    by: idea.author,
    at: now,
    response: null,
  });
  await ctx.repos.ideas.create(idea);
  return viewOf(idea, false);
}
