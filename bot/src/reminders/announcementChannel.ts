import { conversationKeys, type ConversationRecord } from '@ideabar/core';
import type { BotServices } from '../botServices.js';

/**
 * Where a board's announcements, digests and cycle reminders go: the channel IT chose for the board in settings,
 * else the channel IdeaBar was installed in for it; null when the bot knows neither.
 */
export async function announcementChannelFor(
  services: BotServices,
  tenantId: string,
  boardId: string,
): Promise<ConversationRecord | null> {
  return (await services.store.conversations.find(tenantId, conversationKeys.board(boardId))) ?? null;
}
