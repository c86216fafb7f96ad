import { z } from 'zod';
import { boardView, type Board, type BoardView } from '../boards/board.js';
import { reviseBoard } from '../boards/reviseBoard.js';
import type { IdeaBarContext } from '../context.js';
import { NotFoundError, ValidationError } from '../errors.js';
import type { Caller } from '../identity.js';
import { IDEA_LIMITS } from '../ideas/idea.js';
import { lineSchema } from '../ideas/ideaInput.js';
import { requireItMember } from '../members/requireItMember.js';
import { recordChange } from '../settings/recordChange.js';
import { parseInput } from '../validation.js';

const categoryName = lineSchema('a category name', 1, IDEA_LIMITS.categoryMax);

export const addCategoryInput = z.object({ name: categoryName }, { error: 'Send {name} as a JSON object.' });

export const updateCategoryInput = z
  .object(
    { name: categoryName.optional(), retired: z.boolean({ error: 'Use true or false.' }).optional() },
    { error: 'Send {name?, retired?} as a JSON object.' },
  )
  .refine((input) => input.name !== undefined || input.retired !== undefined, {
    message: 'Rename the category, retire it (or bring it back), or both.',
    path: ['name'],
  });

/** Names compare without case: "Security" and "security" are the same area. */
function refuseDuplicate(board: Board, name: string, exceptId?: string): void {
  const taken = board.categories.find(
    (c) => c.id !== exceptId && c.name.toLocaleLowerCase() === name.toLocaleLowerCase(),
  );
  if (taken) {
    const state = taken.retired ? ' (retired; bring it back instead)' : '';
    throw new ValidationError([
      { field: 'name', message: `The board has a category "${taken.name}" already${state}.` },
    ]);
  }
}

/** IT adds a business area people can file new ideas under. */
export async function addCategory(
  ctx: IdeaBarContext,
  caller: Caller,
  boardId: string,
  input: unknown,
): Promise<BoardView> {
  await requireItMember(ctx, caller, 'manage categories');
  const { name } = parseInput(addCategoryInput, input);
  const id = ctx.ids.next(ctx.clock.now());
  const { after } = await reviseBoard(ctx, caller.tenantId, boardId, (board) => {
    refuseDuplicate(board, name);
    return { ...board, categories: [...board.categories, { id, name, retired: false }] };
  });
  await recordChange(ctx, caller, {
    subject: `board:${boardId}:categories`,
    summary: `Added the category "${name}" to "${after.name}"`,
    before: null,
    after: { id, name },
  });
  return boardView(after);
}

/**
 * IT renames a category, or retires it (it stays on the ideas that have it and in filters, but cannot be chosen
 * for new ideas), or brings it back.
 */
export async function updateCategory(
  ctx: IdeaBarContext,
  caller: Caller,
  boardId: string,
  categoryId: string,
  input: unknown,
): Promise<BoardView> {
  await requireItMember(ctx, caller, 'manage categories');
  const change = parseInput(updateCategoryInput, input);
  let before: Board['categories'][number] | undefined;
  const { after } = await reviseBoard(ctx, caller.tenantId, boardId, (board) => {
    before = board.categories.find((category) => category.id === categoryId);
    if (!before) throw new NotFoundError('The category', 'category_not_found');
    if (change.name !== undefined) refuseDuplicate(board, change.name, categoryId);
    const updated = {
      ...before,
      ...(change.name === undefined ? {} : { name: change.name }),
      ...(change.retired === undefined ? {} : { retired: change.retired }),
    };
    return { ...board, categories: board.categories.map((c) => (c.id === categoryId ? updated : c)) };
  });
  const now = after.categories.find((category) => category.id === categoryId);
  await recordChange(ctx, caller, {
    subject: `board:${boardId}:categories`,
    summary: `${change.retired === true ? 'Retired' : change.retired === false ? 'Brought back' : 'Renamed'} the category "${now?.name}" on "${after.name}"`,
    before,
    after: now,
  });
  return boardView(after);
}
