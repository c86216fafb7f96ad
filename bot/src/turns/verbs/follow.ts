import { followIdea, translatorFor } from '@ideabar/core';
import { personalIdeaCard } from './ideaViews.js';
import type { VerbHandler } from './verbTurn.js';

export const follow: VerbHandler<'follow'> = async (turn, { ideaId }) => {
  await followIdea(turn.services.ideabar, turn.services.store.followers, turn.caller, ideaId, true);
  return { card: await personalIdeaCard(turn, ideaId, translatorFor(turn.locale).t('card.note.following')) };
};

export const unfollow: VerbHandler<'unfollow'> = async (turn, { ideaId }) => {
  await followIdea(turn.services.ideabar, turn.services.store.followers, turn.caller, ideaId, false);
  return { card: await personalIdeaCard(turn, ideaId, translatorFor(turn.locale).t('card.note.unfollowed')) };
};
