/**
 * Where the bot can speak on its own: a conversation it was installed in or spoken to in, kept per tenant so a
 * proactive message can be sent later. The reference itself is the bot framework's business; the domain keeps it
 * as opaque text.
 */
export type ConversationKind = 'personal' | 'groupChat' | 'channel' | 'board';

export interface ConversationRecord {
  tenantId: string;
  /**
   * What the conversation is to IdeaBar: `user:<id>` for a person's chat with the bot, `board:<id>` for a board's
   * channel, `conversation:<id>` for any other chat or channel. One record per key.
   */
  key: string;
  kind: ConversationKind;
  conversationId: string;
  /** The person of a personal chat; null elsewhere. */
  userId: string | null;
  /** The board whose channel this is (kind `board`), or the team's board for a team's other channels. */
  boardId: string | null;
  /** The serialized conversation reference (service URL, conversation, bot), used only by the bot. */
  reference: string;
  /**
   * What Teams calls the conversation, for people choosing where announcements go: "Platform Team › General" for a
   * channel; null where Teams gave no name (and for records kept before names were).
   */
  name: string | null;
  updatedAt: Date;
}

export const conversationKeys = {
  personal: (userId: string): string => `user:${userId}`,
  board: (boardId: string): string => `board:${boardId}`,
  other: (conversationId: string): string => `conversation:${conversationId}`,
};

/**
 * Whether a board's announcements may go to a conversation: the channel IdeaBar was installed in for the board, or
 * another channel of the board's team where the bot has been.
 */
export const isChannelOfBoard = (record: ConversationRecord, boardId: string): boolean =>
  (record.kind === 'board' || record.kind === 'channel') && record.boardId === boardId;
