import { conversationKeys, getIdea, type Caller, type IdeaDetail } from '@ideabar/core';
import type { BotServices } from '../botServices.js';
import { attachmentOf, type CardAttachment } from '../cards/adaptiveCard.js';
import { ideaCard } from '../cards/ideaCard.js';
import { channelConversationId } from '../outbox/storedReference.js';
import { decisionsOf } from '../turns/verbs/ideaViews.js';
import type { SharedCardPlace } from './cardUpdates.js';

/** Who reads the shared view: IdeaBar itself, so it shows no one's vote. */
const sharedReader = (tenantId: string): Caller => ({ tenantId, userId: 'ideabar-bot', name: 'IdeaBar' });

/** The view everyone shares: no one's vote, read as IdeaBar itself. */
export async function sharedIdea(
  services: BotServices,
  tenantId: string,
  ideaId: string,
): Promise<IdeaDetail> {
  return getIdea(services.ideabar, sharedReader(tenantId), ideaId);
}

export interface SharedCardOptions {
  /** The Teams ids whose clients then fetch their own view, each in their own language. */
  refreshFor: string[];
  /** The language of the conversation the card is in (see ConversationRecord.locale); English when unknown. */
  locale: string | undefined;
}

/**
 * The card everyone in a conversation shares, as it should read now: posted in a board's channel, and what every
 * edit of a posted card sends (see cardUpdates.ts). It speaks the conversation's language, never that of whoever
 * clicked last: their own view comes back to them alone, in theirs.
 */
export async function sharedIdeaCard(
  services: BotServices,
  tenantId: string,
  ideaId: string,
  { refreshFor, locale }: SharedCardOptions,
): Promise<CardAttachment> {
  const idea = await sharedIdea(services, tenantId, ideaId);
  const decisions = await decisionsOf(services, sharedReader(tenantId), idea);
  return attachmentOf(
    ideaCard(services.settings, {
      idea,
      ...decisions,
      viewer: { kind: 'shared' },
      refreshFor,
      ...(locale ? { locale } : {}),
    }),
  );
}

/**
 * The language of a chat or channel the bot knows, as stored when someone installed or addressed the bot there;
 * undefined (English) for a conversation it does not know, such as a chat a card was inserted into from the
 * compose box. A reply thread is its channel's.
 */
export async function conversationLanguage(
  services: Pick<BotServices, 'store'>,
  tenantId: string,
  conversationId: string,
): Promise<string | undefined> {
  const key = conversationKeys.other(channelConversationId(conversationId));
  return (await services.store.conversations.find(tenantId, key))?.locale;
}

/** What CardUpdates edits a shared card with: the card as it reads now, in its conversation's language. */
export const sharedIdeaComposer =
  (services: BotServices) =>
  async (place: SharedCardPlace, refreshFor: string[]): Promise<CardAttachment> =>
    sharedIdeaCard(services, place.tenantId, place.ideaId, {
      refreshFor,
      locale: await conversationLanguage(services, place.tenantId, place.target.conversationId),
    });
