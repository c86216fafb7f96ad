import type { IdeaBarContext, NotificationRepositories } from '@ideabar/core';
import type { CardUpdates } from './sharedCards/cardUpdates.js';
import type { ProactiveSender } from './outbox/proactiveSender.js';
import type { OutboxDeliveryOptions } from './outbox/outboxDelivery.js';
import type { BotSettings } from './settings.js';

/** Everything the bot's handlers use, built once per process by its host; handlers keep nothing between turns. */
export interface BotServices {
  ideabar: IdeaBarContext;
  store: NotificationRepositories;
  settings: BotSettings;
  sender: ProactiveSender;
  delivery: OutboxDeliveryOptions;
  cardUpdates: CardUpdates;
  /** Where faults go that must not fail the turn they happened in. */
  faults(error: unknown): void;
}
