/**
 * Where the bot can speak on its own: a conversation it was installed in or spoken to in, kept per tenant so a
 * proactive message can be sent later. The reference itself is the bot framework's business; the domain keeps it
 * as opaque text.
 */
export const DIGEST_FREQUENCIES = ['off', 'weekly', 'monthly'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

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
  /** For a board's channel: how often its digest goes out; null means the app's default. */
  digest: DigestFrequency | null;
  updatedAt: Date;
}

export const conversationKeys = {
  personal: (userId: string): string => `user:${userId}`,
  board: (boardId: string): string => `board:${boardId}`,
  other: (conversationId: string): string => `conversation:${conversationId}`,
};
