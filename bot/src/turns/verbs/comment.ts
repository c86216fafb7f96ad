import { addComment, translatorFor } from '@ideabar/core';
import { personalIdeaCard, noteClickedCard } from './ideaViews.js';
import type { VerbHandler } from './verbTurn.js';

export const comment: VerbHandler<'comment'> = async (turn, { ideaId, comment: text }) => {
  await addComment(turn.services.ideabar, turn.caller, ideaId, { text: text ?? '' });
  noteClickedCard(turn, ideaId);
  return {
    card: await personalIdeaCard(turn, ideaId, translatorFor(turn.locale).t('card.note.commentPosted')),
  };
};
