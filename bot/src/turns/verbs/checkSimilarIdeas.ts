import { translatorFor, ValidationError } from '@ideabar/core';
import { draftOf, newIdeaForm, similarIdeasTo } from './newIdeaForm.js';
import type { VerbHandler } from './verbTurn.js';

/**
 * "Check for similar ideas" on the new-idea form: the same form back for the person who clicked, their draft
 * kept, with up to three ideas like it to open and vote for instead, or the news that there are none.
 */
export const checkSimilarIdeas: VerbHandler<'checkSimilarIdeas'> = async (turn, payload) => {
  const boardId = payload.boardId ?? turn.boardId;
  const title = payload.title?.trim() ?? '';
  const form = {
    mode: turn.surface,
    boardId,
    draft: draftOf(payload),
    ...(payload.overCard ? { overCard: true } : {}),
    locale: turn.locale,
  };
  if (!title) {
    const errors = [{ field: 'title', message: translatorFor(turn.locale).t('card.newIdea.titleFirst') }];
    return { card: await newIdeaForm(turn.services, turn.caller, { ...form, errors }), kind: 'form' };
  }
  try {
    const similar = await similarIdeasTo(turn.services, turn.caller, title, boardId);
    return {
      card: await newIdeaForm(turn.services, turn.caller, { ...form, similar, checkedTitle: title }),
      kind: 'form',
    };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return {
      card: await newIdeaForm(turn.services, turn.caller, { ...form, errors: error.fields }),
      kind: 'form',
    };
  }
};
