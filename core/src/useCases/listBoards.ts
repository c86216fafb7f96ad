import { boardView, type BoardView } from '../boards/board.js';
import { resolveBoard } from '../boards/resolveBoard.js';
import type { IdeaBarContext } from '../context.js';
import type { Caller } from '../identity.js';

/** The tenant's boards, the default board first. */
export async function listBoards(ctx: IdeaBarContext, caller: Caller): Promise<BoardView[]> {
  const fallback = await resolveBoard(ctx, caller.tenantId, undefined);
  const boards = await ctx.repos.boards.list(caller.tenantId);
  const others = boards
    .filter((board) => board.id !== fallback.id)
    .sort((a, b) => a.name.localeCompare(b.name));
  return [fallback, ...others].map(boardView);
}
