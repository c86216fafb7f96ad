import type { IdeaBarContext } from '../context.js';
import { NotFoundError } from '../errors.js';
import { ID_PATTERN } from '../identity.js';
import { DEFAULT_BOARD_ID, defaultBoard, type Board } from './board.js';

/** The board a request names, or the tenant's default board (created on first use) when it names none. */
export async function resolveBoard(
  ctx: IdeaBarContext,
  tenantId: string,
  boardId: string | undefined,
): Promise<Board> {
  const id = boardId ?? DEFAULT_BOARD_ID;
  if (!ID_PATTERN.test(id)) throw new NotFoundError('The board', 'board_not_found');
  const board = await ctx.repos.boards.find(tenantId, id);
  if (board) return board;
  if (id === DEFAULT_BOARD_ID)
    return (await ctx.repos.boards.createIfMissing(defaultBoard(tenantId, ctx.clock.now()))).board;
  throw new NotFoundError('The board', 'board_not_found');
}
