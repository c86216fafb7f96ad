import {
  getIdea,
  moveFollowers,
  NotFoundError,
  type Caller,
  type IdeaView,
  type StatusChangedEvent,
} from '@ideabar/core';
import type { BotServices } from '../botServices.js';
import type { AdaptiveCard } from '../cards/adaptiveCard.js';
import { mergedIdeaCard } from '../cards/mergedIdeaCard.js';

/**
 * What the bot does when it hears an idea was merged into another: the duplicate's followers follow the idea it
 * was merged into from now on. Nothing for any other change. Safe to repeat.
 */
export async function followMerge(services: BotServices, event: StatusChangedEvent): Promise<void> {
  if (event.to !== 'duplicate') return;
  await moveFollowers(services.ideabar, services.store.followers, event.tenantId, event.ideaId);
}

/**
 * For a merge, the note that names and links the idea it was merged into, as `reader` may see it; null for any
 * other change, or when that idea is not there for them.
 */
export async function mergeNoticeCard(
  services: BotServices,
  reader: Caller,
  duplicate: IdeaView,
  event: StatusChangedEvent,
  reason: 'author' | 'follower',
  locale?: string,
): Promise<AdaptiveCard | null> {
  if (event.to !== 'duplicate' || !duplicate.duplicateOf) return null;
  const into = await getIdea(services.ideabar, reader, duplicate.duplicateOf).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  return into && mergedIdeaCard(services.settings, duplicate, into, event, reason, locale);
}
