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
  /**
   * The language of the conversation's last activity that carried one (`de-de`, `ar-sa`): in a personal chat the
   * person's own, in a channel or group chat that of whoever installed or last addressed the bot there. Proactive
   * messages to it are written in it; absent (English) until an activity names one.
   */
  locale?: string;
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

/** Longer than any tag Teams or a browser sends (`zh-Hant-TW`, `ar-SA-u-nu-latn`): a stored language stays small. */
const LOCALE_MAX = 35;

/**
 * The language to keep with a conversation, from what a client sent as its locale: the canonical tag (`de-DE`),
 * or undefined for nothing, a POSIX non-tag (`C`) or anything Intl does not take. Never throws on client input.
 */
export function conversationLocale(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag.length === 0 || tag.length > LOCALE_MAX || /^(c|posix)$/i.test(tag)) {
    return undefined;
  }
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
