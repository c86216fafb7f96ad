/**
 * A shared idea card the bot posted in a conversation, remembered so the bot can edit it when the idea changes
 * without anyone clicking it. The domain keeps where it is as opaque text, like a conversation's reference.
 */
export interface PostedCardKey {
  tenantId: string;
  ideaId: string;
  /** The conversation the message is in, as the bot addresses it (a channel thread's id included). */
  conversationId: string;
  /** The id Teams gave the message. */
  activityId: string;
}

export interface PostedCard extends PostedCardKey {
  /** The serialized target of the message's conversation (service URL, conversation, tenant), used only by the bot. */
  reference: string;
  postedAt: Date;
}

/**
 * How many cards of one idea are kept, the newest: an idea announced in one channel and posted from a few forms has
 * a handful, and an edit per card is a request to Teams, so an idea posted everywhere keeps its latest places.
 */
export const POSTED_CARDS_KEPT = 50;

/** Newest first; the same moment ordered by conversation and message, so every store answers in one order. */
export function newestFirst(a: PostedCard, b: PostedCard): number {
  return (
    b.postedAt.getTime() - a.postedAt.getTime() ||
    byText(a.conversationId, b.conversationId) ||
    byText(a.activityId, b.activityId)
  );
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
