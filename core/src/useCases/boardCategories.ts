import type { Category } from '../boards/board.js';
import { resolveBoard } from '../boards/resolveBoard.js';
import type { IdeaBarContext } from '../context.js';
import { NotFoundError } from '../errors.js';
import type { Caller } from '../identity.js';

/**
 * The categories of a board of the caller's tenant, retired ones marked, as a new idea meets them (see
 * categoryChoice); none for a team's board no one has opened yet.
 */
export async function boardCategories(
  ctx: IdeaBarContext,
  caller: Caller,
  boardId: string | undefined,
): Promise<Category[]> {
  try {
    return (await resolveBoard(ctx, caller.tenantId, boardId)).categories;
  } catch (error) {
    if (error instanceof NotFoundError) return [];
    throw error;
  }
}
