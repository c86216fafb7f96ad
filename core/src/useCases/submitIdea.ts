import { z } from 'zod';
import type { Board } from '../boards/board.js';
import { categoryChoice } from '../boards/categoryChoice.js';
import { resolveBoard } from '../boards/resolveBoard.js';
import { ValidationError } from '../errors.js';
import type { IdeaBarContext } from '../context.js';
import { idSchema, personOf, type Caller } from '../identity.js';
import { IDEA_LIMITS, viewOf, type IdeaRecord, type IdeaView, type StatusChange } from '../ideas/idea.js';
import { archiveChange } from '../ideas/history.js';
import { lineSchema, tagsSchema, textSchema } from '../ideas/ideaInput.js';
import { untriaged } from '../ideas/triage.js';
import { openCycleOf } from '../cycles/openCycleOf.js';
import { indexWaitingIdea } from '../reminders/dueIndex.js';
import { parseInput } from '../validation.js';
import { heatOf } from '../ideas/ranking.js';
import { ideaChanged } from '../outbox/outboxEvent.js';

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
  const category = categoryOn(board, fields.category ?? null);
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
    category,
    tags: fields.tags ?? [],
    status: 'new',
    author,
    createdAt: now,
    updatedAt: now,
    // Its author's vote, written with the tally below, as every vote is.
    votes: 1,
    commentCount: 0,
    heat: heatOf([now], now),
    heatAt: now,
    triage: { ...untriaged(), awaitingApproval: board.moderation },
    cycleId: (await openCycleOf(ctx, caller.tenantId, board.id, now))?.id ?? null,
    lastChange: submitted,
  };
  // Its nudge and its event are recorded first: should the idea's own write fail, the timer finds no idea and drops
  // the entry, and the event settles without effect.
  const event = ideaChanged('submitted', { tenantId: caller.tenantId, ideaId: id, changeId: id }, now);
  await Promise.all([indexWaitingIdea(ctx, idea), ctx.outbox.record(event)]);
  await ctx.repos.ideas.create(idea);
  await Promise.all([archiveChange(ctx, submitted), ctx.votes.open(idea, [author.id])]);
  return viewOf(idea, true);
}

/** The category the idea takes on its board, or the use case's refusal in the API's words. */
function categoryOn(board: Board, typed: string | null): string | null {
  const choice = categoryChoice(board.categories, typed);
  if (choice.kind === 'taken') return choice.category;
  const choose = choice.choices.join(', ');
  throw new ValidationError([
    {
      field: 'category',
      message:
        choice.kind === 'retired'
          ? `${choice.category} is no longer a category of this board.${choose ? ` Choose one of: ${choose}.` : ''}`
          : `Choose one of this board's categories: ${choose}.`,
      problem: 'invalid_choice',
    },
  ]);
}
