import { z } from 'zod';
import { resolveBoard } from '../boards/resolveBoard.js';
import type { IdeaBarContext } from '../context.js';
import {
  ConflictError,
  NotFoundError,
  StaleVersionError,
  UnavailableError,
  ValidationError,
} from '../errors.js';
import { personOf, type Caller } from '../identity.js';
import { lineSchema, textSchema } from '../ideas/ideaInput.js';
import { requireItMember } from '../members/requireItMember.js';
import type { Versioned } from '../ports.js';
import {
  bySavedResponseTitle,
  SAVED_RESPONSE_LIMITS,
  savedResponseView,
  type SavedResponse,
  type SavedResponseList,
} from '../savedResponses/savedResponse.js';
import { recordChange } from '../settings/recordChange.js';
import { parseInput } from '../validation.js';

const title = lineSchema('a title', 1, SAVED_RESPONSE_LIMITS.titleMax);
const text = textSchema('the response text', SAVED_RESPONSE_LIMITS.textMax);

export const addSavedResponseInput = z.object(
  { title, text },
  { error: 'Send {title, text} as a JSON object.' },
);

export const updateSavedResponseInput = z
  .object(
    { title: title.optional(), text: text.optional() },
    { error: 'Send {title?, text?} as a JSON object.' },
  )
  .refine((input) => input.title !== undefined || input.text !== undefined, {
    message: 'Change the title, the text, or both.',
    path: ['title'],
  });

/** How often a change is tried again after the board's saved responses changed meanwhile. */
const MAX_ATTEMPTS = 5;

/** A board's saved responses (IT only), by title. */
export async function listSavedResponses(
  ctx: IdeaBarContext,
  caller: Caller,
  boardId: string,
): Promise<SavedResponseList> {
  await requireItMember(ctx, caller, 'see saved responses');
  const board = await resolveBoard(ctx, caller.tenantId, boardId);
  return listOf(board.id, (await ctx.repos.savedResponses.listBoard(caller.tenantId, board.id)).value);
}

/** IT keeps a common answer for the board, under a title no other of its saved responses has. */
export async function addSavedResponse(
  ctx: IdeaBarContext,
  caller: Caller,
  boardId: string,
  input: unknown,
): Promise<SavedResponseList> {
  await requireItMember(ctx, caller, 'manage saved responses');
  const wanted = parseInput(addSavedResponseInput, input);
  const board = await resolveBoard(ctx, caller.tenantId, boardId);
  const now = ctx.clock.now();
  const response: SavedResponse = {
    tenantId: caller.tenantId,
    boardId: board.id,
    id: ctx.ids.next(now),
    ...wanted,
    updatedAt: now,
    updatedBy: personOf(caller),
  };
  const saved = await changeSet(ctx, caller.tenantId, board.id, async (set) => {
    if (set.value.length >= SAVED_RESPONSE_LIMITS.perBoard) {
      throw new ConflictError(
        `A board keeps at most ${SAVED_RESPONSE_LIMITS.perBoard} saved responses: remove one you no longer use first.`,
        'saved_responses_full',
      );
    }
    refuseTakenTitle(set.value, response.title);
    await ctx.repos.savedResponses.save(response, set.version);
    return [...set.value, response];
  });
  await recordChange(ctx, caller, {
    subject: `board:${board.id}:savedResponses`,
    summary: `Added the saved response "${response.title}" to "${board.name}"`,
    before: null,
    after: { id: response.id, title: response.title, text: response.text },
  });
  return listOf(board.id, saved);
}

/** IT retitles or rewords a saved response; ideas already answered with it keep what they were answered. */
export async function updateSavedResponse(
  ctx: IdeaBarContext,
  caller: Caller,
  boardId: string,
  responseId: string,
  input: unknown,
): Promise<SavedResponseList> {
  await requireItMember(ctx, caller, 'manage saved responses');
  const change = parseInput(updateSavedResponseInput, input);
  const board = await resolveBoard(ctx, caller.tenantId, boardId);
  let before: SavedResponse | undefined;
  let after: SavedResponse | undefined;
  const saved = await changeSet(ctx, caller.tenantId, board.id, async (set) => {
    before = set.value.find((response) => response.id === responseId);
    if (!before) throw new NotFoundError('The saved response', 'saved_response_not_found');
    if (change.title !== undefined) refuseTakenTitle(set.value, change.title, responseId);
    const updated: SavedResponse = {
      ...before,
      ...(change.title === undefined ? {} : { title: change.title }),
      ...(change.text === undefined ? {} : { text: change.text }),
      updatedAt: ctx.clock.now(),
      updatedBy: personOf(caller),
    };
    after = updated;
    await ctx.repos.savedResponses.save(updated, set.version);
    return set.value.map((response) => (response.id === responseId ? updated : response));
  });
  await recordChange(ctx, caller, {
    subject: `board:${board.id}:savedResponses`,
    summary: `Changed the saved response "${after?.title}" on "${board.name}"`,
    before: before && { title: before.title, text: before.text },
    after: after && { title: after.title, text: after.text },
  });
  return listOf(board.id, saved);
}

/** IT removes a saved response the board no longer needs. */
export async function removeSavedResponse(
  ctx: IdeaBarContext,
  caller: Caller,
  boardId: string,
  responseId: string,
): Promise<SavedResponseList> {
  await requireItMember(ctx, caller, 'manage saved responses');
  const board = await resolveBoard(ctx, caller.tenantId, boardId);
  let removed: SavedResponse | undefined;
  const saved = await changeSet(ctx, caller.tenantId, board.id, async (set) => {
    removed = set.value.find((response) => response.id === responseId);
    if (!removed) throw new NotFoundError('The saved response', 'saved_response_not_found');
    await ctx.repos.savedResponses.remove(caller.tenantId, board.id, responseId, set.version);
    return set.value.filter((response) => response.id !== responseId);
  });
  await recordChange(ctx, caller, {
    subject: `board:${board.id}:savedResponses`,
    summary: `Removed the saved response "${removed?.title}" from "${board.name}"`,
    before: removed && { title: removed.title, text: removed.text },
    after: null,
  });
  return listOf(board.id, saved);
}

/**
 * Reads the board's set, lets `change` check it and write against its version, and starts again from a fresh
 * read when another change came first, so every check is made against the set that is written over.
 */
async function changeSet(
  ctx: IdeaBarContext,
  tenantId: string,
  boardId: string,
  change: (set: Versioned<SavedResponse[]>) => Promise<SavedResponse[]>,
): Promise<SavedResponse[]> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const set = await ctx.repos.savedResponses.listBoard(tenantId, boardId);
    try {
      return await change(set);
    } catch (error) {
      if (error instanceof StaleVersionError) continue;
      throw error;
    }
  }
  throw new UnavailableError('Others are changing these saved responses right now. Please try again.', 1);
}

/** Titles compare without case: "Thanks" and "thanks" would be the same entry in a picker. */
function refuseTakenTitle(responses: readonly SavedResponse[], wanted: string, exceptId?: string): void {
  const taken = responses.find(
    (response) =>
      response.id !== exceptId && response.title.toLocaleLowerCase() === wanted.toLocaleLowerCase(),
  );
  if (taken) {
    throw new ValidationError([
      { field: 'title', message: `The board has a saved response called "${taken.title}" already.` },
    ]);
  }
}

const listOf = (boardId: string, responses: SavedResponse[]): SavedResponseList => ({
  boardId,
  savedResponses: [...responses].sort(bySavedResponseTitle).map(savedResponseView),
});
