import { conversationKeys, type ConversationRecord } from '../../../core/src/index.js';
import { serializeReference } from '../../../bot/src/outbox/storedReference.js';

/** Where a conversation is and how it is reached: its Bot Connector (the fake one, in tests) and its ids. */
export interface ConversationPlace {
  tenantId: string;
  conversationId: string;
  serviceUrl: string;
  name?: string | null;
  locale?: string;
  updatedAt?: Date;
}

/**
 * A conversation as the bot records it when it is installed in it or spoken to there, its stored reference leading
 * back to `serviceUrl`: what a test writes to storage instead of sending the installation through Teams.
 */
export function storedConversation(
  place: ConversationPlace & Pick<ConversationRecord, 'key' | 'kind' | 'boardId' | 'userId'>,
): ConversationRecord {
  const { serviceUrl, name = null, updatedAt = new Date(), ...record } = place;
  return {
    ...record,
    reference: serializeReference({
      serviceUrl,
      conversationId: place.conversationId,
      tenantId: place.tenantId,
      channelId: 'msteams',
      botId: '28:bot',
    }),
    name,
    updatedAt,
  };
}

/** The channel a board's team installed the bot in. */
export const storedBoardChannel = (boardId: string, place: ConversationPlace): ConversationRecord =>
  storedConversation({
    ...place,
    key: conversationKeys.board(boardId),
    kind: 'board',
    boardId,
    userId: null,
  });

/** A person's personal chat with the bot. */
export const storedPersonalChat = (userId: string, place: ConversationPlace): ConversationRecord =>
  storedConversation({
    ...place,
    key: conversationKeys.personal(userId),
    kind: 'personal',
    boardId: null,
    userId,
  });
