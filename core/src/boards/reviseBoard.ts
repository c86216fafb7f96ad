import type { IdeaBarContext } from '../context.js';
import { NotFoundError, StaleVersionError, UnavailableError } from '../errors.js';
import { ID_PATTERN } from '../identity.js';
import { resolveBoard } from './resolveBoard.js';
import type { Board } from './board.js';

/** Changes a board with one conditional write, reading it again if someone else saved it first. */
export async function reviseBoard(
  ctx: IdeaBarContext,
  tenantId: string,
  boardId: string,
  revise: (board: Board) => Board,
): Promise<{ before: Board; after: Board }> {
  if (!ID_PATTERN.test(boardId)) throw new NotFoundError('The board', 'board_not_found');
  await resolveBoard(ctx, tenantId, boardId);
  for (let attempt = 1; attempt <= 5; attempt++) {
    const found = await ctx.repos.boards.findVersioned(tenantId, boardId);
    if (!found) throw new NotFoundError('The board', 'board_not_found');
    const after = revise(found.value);
    try {
      await ctx.repos.boards.save(after, found.version);
      return { before: found.value, after };
    } catch (error) {
      if (!(error instanceof StaleVersionError)) throw error;
    }
  }
  throw new UnavailableError('Someone else is changing this board right now. Please try again.', 1);
}
