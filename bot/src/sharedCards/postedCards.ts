import type { NotificationRepositories } from '@ideabar/core';
import type { BotServices } from '../botServices.js';
import { serializeTarget, targetOf } from '../outbox/storedReference.js';
import type { ConnectorTarget } from '../outbox/proactiveSender.js';
import type { CardUpdateRequest } from './cardUpdates.js';

export interface PostedIdeaCard {
  tenantId: string;
  ideaId: string;
  /** The message's conversation, as it can be edited there. */
  target: ConnectorTarget;
  /** The id Teams gave the message. */
  activityId: string;
}

/**
 * Remembers a shared idea card the bot posted, or a form it turned into one, so the card can follow the idea when
 * nobody clicks it. Personal views (invoke answers, refreshes) are not shared cards and are never recorded.
 */
export async function rememberPostedCard(services: BotServices, card: PostedIdeaCard): Promise<void> {
  await services.store.postedCards.record({
    tenantId: card.tenantId,
    ideaId: card.ideaId,
    conversationId: card.target.conversationId,
    activityId: card.activityId,
    reference: serializeTarget(card.target),
    postedAt: services.ideabar.clock.now(),
  });
}

/** The idea's recorded shared cards, as CardUpdates edits them: no one's view refreshed. */
export const recordedCards =
  (store: Pick<NotificationRepositories, 'postedCards'>) =>
  async (tenantId: string, ideaId: string): Promise<CardUpdateRequest[]> =>
    (await store.postedCards.list(tenantId, ideaId)).flatMap((card) => {
      const target = targetOf(card.reference);
      // Keys already keep tenants apart; a card whose place names another tenant is left alone all the same.
      if (target.tenantId !== tenantId) return [];
      return [{ target, activityId: card.activityId, tenantId, ideaId, teamsUserId: null }];
    });

/** What CardUpdates does with a message that is gone: forgets it, so no later change tries it again. */
export const forgetGoneCard =
  (services: Pick<BotServices, 'store'>) =>
  (request: CardUpdateRequest): Promise<void> =>
    services.store.postedCards.remove({
      tenantId: request.tenantId,
      ideaId: request.ideaId,
      conversationId: request.target.conversationId,
      activityId: request.activityId,
    });
