import { conversationKeys, isChannelOfBoard, type Board, type ConversationRecord } from '@ideabar/core';
import type { BotServices } from '../botServices.js';

/**
 * Where a board's announcements, digests and cycle reminders go: the channel IT chose for the board in settings,
 * else the channel IdeaBar was installed in for it; null when the bot knows neither. Read from storage on every
 * call, so a change in settings counts from the next message on.
 */
export async function announcementChannelFor(
  services: BotServices,
  tenantId: string,
  boardId: string,
): Promise<ConversationRecord | null> {
  const board = await services.ideabar.repos.boards.find(tenantId, boardId);
  return announcementChannelOf(services, board ?? { tenantId, id: boardId, announcementChannel: null });
}

/** The same, for a board already read. */
export async function announcementChannelOf(
  services: BotServices,
  board: Pick<Board, 'tenantId' | 'id' | 'announcementChannel'>,
): Promise<ConversationRecord | null> {
  const { conversations } = services.store;
  if (board.announcementChannel) {
    const chosen = await conversations.find(board.tenantId, board.announcementChannel);
    // A chosen channel the bot has since been removed from falls back to where it was installed.
    if (chosen && isChannelOfBoard(chosen, board.id)) return chosen;
  }
  return (await conversations.find(board.tenantId, conversationKeys.board(board.id))) ?? null;
}
