import { getIdea, type IdeaDetail } from '@ideabar/core';
import type { BotServices } from '../botServices.js';
import { attachmentOf, type AdaptiveCard, type CardAttachment } from '../cards/adaptiveCard.js';
import { ideaCard } from '../cards/ideaCard.js';
import type { VerbTurn } from './verbTurn.js';

/** The clicker's own view of an idea: their vote, whether they follow, and a refresh for them alone. */
export async function personalIdeaCard(turn: VerbTurn, ideaId: string, note?: string): Promise<AdaptiveCard> {
  const { services, caller } = turn;
  const [idea, following] = await Promise.all([
    getIdea(services.ideabar, caller, ideaId),
    services.store.followers.has(caller.tenantId, ideaId, caller.userId),
  ]);
  return ideaCard(services.settings, {
    idea,
    viewer: { kind: 'person', teamsId: turn.teamsUserId, following },
    refreshFor: [turn.teamsUserId],
    ...(note ? { note } : {}),
  });
}

/** The view everyone shares: no one's vote, read as IdeaBar itself. */
export async function sharedIdea(
  services: BotServices,
  tenantId: string,
  ideaId: string,
): Promise<IdeaDetail> {
  return getIdea(services.ideabar, { tenantId, userId: 'ideabar-bot', name: 'IdeaBar' }, ideaId);
}

export function sharedIdeaComposer(services: BotServices) {
  return async (tenantId: string, ideaId: string, refreshFor: string[]): Promise<CardAttachment | null> => {
    const idea = await sharedIdea(services, tenantId, ideaId);
    return attachmentOf(ideaCard(services.settings, { idea, viewer: { kind: 'shared' }, refreshFor }));
  };
}

/** Asks for the shared card this click came from to be brought up to date, coalesced with other clicks. */
export function refreshSharedCard(turn: VerbTurn, ideaId: string): void {
  if (!turn.message) return;
  turn.services.cardUpdates.schedule({
    target: turn.message.target,
    activityId: turn.message.activityId,
    tenantId: turn.caller.tenantId,
    ideaId,
    teamsUserId: turn.teamsUserId,
  });
}
