import { resolveBoard } from '../boards/resolveBoard.js';
import type { IdeaBarContext } from '../context.js';
import type { Caller } from '../identity.js';
import { requireItMember } from '../members/requireItMember.js';
import { isChannelOfBoard, type ConversationRecord } from '../notifications/conversation.js';
import type { ConversationRepository } from '../ports.js';

export interface BoardChannelView {
  /** What `announcementChannel` takes to choose this channel. */
  key: string;
  /** "Platform Team › General", as Teams names it. */
  name: string;
  /** `board`: the channel IdeaBar was installed in for the board (where announcements go by default). */
  kind: 'board' | 'channel';
}

export interface BoardChannelList {
  items: BoardChannelView[];
}

/**
 * The channels the bot can post a board's announcements in, for IT choosing one: the channel it was installed in
 * first, then the team's other channels it has been in, by name. A channel the bot knows twice (as the install
 * channel and as itself) is offered once.
 */
export async function boardChannels(
  ctx: IdeaBarContext,
  caller: Caller,
  boardId: string,
  conversations: Pick<ConversationRepository, 'listForBoard'>,
): Promise<BoardChannelList> {
  await requireItMember(ctx, caller, "see where a board's announcements can go");
  const board = await resolveBoard(ctx, caller.tenantId, boardId);
  const records = (await conversations.listForBoard(caller.tenantId, board.id)).filter((record) =>
    isChannelOfBoard(record, board.id),
  );
  const nameOf = (record: ConversationRecord): string | null =>
    record.name ??
    records.find((other) => other.conversationId === record.conversationId && other.name !== null)?.name ??
    null;
  const installed = records.find((record) => record.kind === 'board');
  const others = records
    .filter((record) => record.kind === 'channel' && record.conversationId !== installed?.conversationId)
    .map((record) => ({
      key: record.key,
      name: nameOf(record) ?? 'A channel of this team',
      kind: 'channel' as const,
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
  return {
    items: [
      ...(installed
        ? [
            {
              key: installed.key,
              name: nameOf(installed) ?? 'The channel IdeaBar was added in',
              kind: 'board' as const,
            },
          ]
        : []),
      ...others,
    ],
  };
}
