import { z } from 'zod';
import { boardView, type BoardView } from '../boards/board.js';
import { reviseBoard } from '../boards/reviseBoard.js';
import type { IdeaBarContext } from '../context.js';
import type { Caller } from '../identity.js';
import { lineSchema, tagsSchema } from '../ideas/ideaInput.js';
import { requireItMember } from '../members/requireItMember.js';
import { recordChange } from '../settings/recordChange.js';
import { parseInput } from '../validation.js';

export const updateBoardInput = z
  .object(
    {
      name: lineSchema('a board name', 1, 80).optional(),
      description: z
        .string({ error: 'Enter the description as text.' })
        .trim()
        .max(500, 'Use at most 500 characters.')
        .optional(),
      suggestedTags: tagsSchema.pipe(z.array(z.string()).max(20, 'Suggest at most 20 tags.')).optional(),
      moderation: z.boolean({ error: 'Use true or false.' }).optional(),
    },
    { error: 'Send {name?, description?, suggestedTags?, moderation?} as a JSON object.' },
  )
  .refine((input) => Object.values(input).some((value) => value !== undefined), {
    message: 'Change at least one of name, description, suggestedTags or moderation.',
    path: ['name'],
  });

/** IT changes a board's name, description, suggested tags, or whether new ideas wait for approval. Audited. */
export async function updateBoard(
  ctx: IdeaBarContext,
  caller: Caller,
  boardId: string,
  input: unknown,
): Promise<BoardView> {
  const change = parseInput(updateBoardInput, input);
  await requireItMember(ctx, caller, "change a board's settings");
  const { before, after } = await reviseBoard(ctx, caller.tenantId, boardId, (board) => ({
    ...board,
    ...Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)),
  }));
  const pick = (board: typeof before) =>
    Object.fromEntries(Object.keys(change).map((key) => [key, board[key as keyof typeof change]]));
  await recordChange(ctx, caller, {
    subject: `board:${boardId}`,
    summary: `Changed ${Object.keys(change).join(', ')} of "${after.name}"`,
    before: pick(before),
    after: pick(after),
  });
  return boardView(after);
}
