import { z } from 'zod';
import { boardView, type BoardView } from '../boards/board.js';
import { digestScheduleSchema, timeZoneSchema } from '../boards/digestSchedule.js';
import { resolveBoard } from '../boards/resolveBoard.js';
import { reviseBoard } from '../boards/reviseBoard.js';
import type { IdeaBarContext } from '../context.js';
import { ValidationError } from '../errors.js';
import type { Caller } from '../identity.js';
import { lineSchema, tagsSchema } from '../ideas/ideaInput.js';
import { requireItMember } from '../members/requireItMember.js';
import { isChannelOfBoard } from '../notifications/conversation.js';
import type { ConversationRepository } from '../ports.js';
import { recordChange } from '../settings/recordChange.js';
import { parseInput } from '../validation.js';

const FIELDS =
  'name, description, suggestedTags, moderation, announcementChannel, digestSchedule or timeZone';

const CHANNEL_CHOICE = "Choose one of the board's channels, or null for the one IdeaBar was installed in.";

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
      announcementChannel: z
        .string({ error: CHANNEL_CHOICE })
        .trim()
        .min(1, CHANNEL_CHOICE)
        .max(1_000, CHANNEL_CHOICE)
        .nullable()
        .optional(),
      digestSchedule: digestScheduleSchema.nullable().optional(),
      timeZone: timeZoneSchema.optional(),
    },
    { error: 'Send the board settings to change as a JSON object.' },
  )
  .refine((input) => Object.values(input).some((value) => value !== undefined), {
    message: `Change at least one of ${FIELDS}.`,
    path: ['name'],
  });

/**
 * IT changes a board's name, description, suggested tags, whether new ideas wait for approval, where its
 * announcements go, and when its digest goes out (read in its time zone). Audited.
 */
export async function updateBoard(
  ctx: IdeaBarContext,
  caller: Caller,
  boardId: string,
  input: unknown,
  /** The bot's conversations, which a chosen announcement channel must be one of. */
  channels: Pick<ConversationRepository, 'find'>,
): Promise<BoardView> {
  await requireItMember(ctx, caller, "change a board's settings");
  const change = parseInput(updateBoardInput, input);
  if (change.announcementChannel) {
    const board = await resolveBoard(ctx, caller.tenantId, boardId);
    const record = await channels.find(caller.tenantId, change.announcementChannel);
    if (!record || !isChannelOfBoard(record, board.id)) {
      throw new ValidationError([
        {
          field: 'announcementChannel',
          message: "IdeaBar cannot post there for this board. Choose one of the board's channels.",
        },
      ]);
    }
  }
  const { before, after } = await reviseBoard(ctx, caller.tenantId, boardId, (board) => ({
    ...board,
    ...Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)),
  }));
  const changed = Object.keys(change).filter((key) => change[key as keyof typeof change] !== undefined);
  const pick = (board: typeof before) =>
    Object.fromEntries(changed.map((key) => [key, board[key as keyof typeof change]]));
  await recordChange(ctx, caller, {
    subject: `board:${boardId}`,
    summary: `Changed ${changed.join(', ')} of "${after.name}"`,
    before: pick(before),
    after: pick(after),
  });
  return boardView(after);
}
