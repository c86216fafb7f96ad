import { z } from 'zod';
import { boardView, unconfigured, type BoardView } from '../boards/board.js';
import type { IdeaBarContext } from '../context.js';
import { idSchema, type Caller } from '../identity.js';
import { lineSchema } from '../ideas/ideaInput.js';
import { parseInput } from '../validation.js';

export const openTeamBoardInput = z.object(
  {
    /** The Teams team's id (`19:…@thread.tacv2`), which is also its board's id: one board per team. */
    teamId: idSchema,
    name: lineSchema('a board name', 1, 80),
  },
  { error: 'Send {teamId, name} as a JSON object.' },
);

export interface OpenedBoard {
  board: BoardView;
  created: boolean;
}

/**
 * The board of a Teams team, created the first time anyone opens it (when the tab is configured or the bot is
 * installed). Idempotent: opening it again returns the board as it is, whatever name is sent.
 */
export async function openTeamBoard(
  ctx: IdeaBarContext,
  caller: Caller,
  input: unknown,
): Promise<OpenedBoard> {
  const { teamId, name } = parseInput(openTeamBoardInput, input);
  const { board, created } = await ctx.repos.boards.createIfMissing({
    tenantId: caller.tenantId,
    id: teamId,
    name,
    teamId,
    createdAt: ctx.clock.now(),
    ...unconfigured(),
  });
  return { board: boardView(board), created };
}
