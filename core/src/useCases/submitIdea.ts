import { z } from 'zod';
import { resolveBoard } from '../boards/resolveBoard.js';
import type { IdeaBarContext } from '../context.js';
import { idSchema, personOf, type Caller } from '../identity.js';
import { IDEA_LIMITS, viewOf, type IdeaRecord, type IdeaView, type StatusChange } from '../ideas/idea.js';
import { archiveChange } from '../ideas/history.js';
import { lineSchema, tagsSchema, textSchema } from '../ideas/ideaInput.js';
import { untriaged } from '../ideas/triage.js';
import { openCycleOf } from '../cycles/openCycleOf.js';
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
  const id = ctx.ids.next(now);
  const author = personOf(caller);
  const submitted: StatusChange = {
    tenantId: caller.tenantId,
    ideaId: id,
    id: ctx.ids.next(now),
    from: null,
    to: 'new',
    by: author,
    at: now,
    response: null,
    kind: 'submitted',
    decline: null,
  };
  const idea: IdeaRecord = {
    tenantId: caller.tenantId,
    id,
    boardId: board.id,
    title: fields.title,
    description: fields.description,
    category: fields.category ?? null,
    tags: fields.tags ?? [],
    status: 'new',
    author,
    createdAt: now,
    updatedAt: now,
    votes: 0,
    commentCount: 0,
    heat: 0,
    heatAt: now,
    triage: untriaged(),
    cycleId: (await openCycleOf(ctx, caller.tenantId, board.id, now))?.id ?? null,
    lastChange: submitted,
  };
  await ctx.repos.ideas.create(idea);
  await archiveChange(ctx, submitted);
  return viewOf(idea, false);
}
