import { getIdea, type Caller, type IdeaDetail } from '@ideabar/core';
import type { BotServices } from '../botServices.js';
import { attachmentOf, type CardAttachment } from '../cards/adaptiveCard.js';
import { ideaCard } from '../cards/ideaCard.js';
import { decisionsOf } from '../turns/verbs/ideaViews.js';

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

/**
 * The card everyone in a conversation shares, as it should read now: posted in a board's channel, and what every
 * edit of a posted card sends (see cardUpdates.ts). `refreshFor` are the Teams ids whose clients then fetch their
 * own view.
 */
export function sharedIdeaComposer(services: BotServices) {
  return async (tenantId: string, ideaId: string, refreshFor: string[]): Promise<CardAttachment | null> => {
    const idea = await sharedIdea(services, tenantId, ideaId);
    const decisions = await decisionsOf(services, sharedReader(tenantId), idea);
    return attachmentOf(
      ideaCard(services.settings, { idea, ...decisions, viewer: { kind: 'shared' }, refreshFor }),
    );
  };
}
