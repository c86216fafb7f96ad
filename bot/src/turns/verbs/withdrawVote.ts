import { translatorFor, withdrawVote as withdraw } from '@ideabar/core';
import { showVoteChange } from './vote.js';
import type { VerbHandler } from './verbTurn.js';

/** Takes the clicker's vote back (idempotent) and shows them the card, or the list, without it. */
export const withdrawVote: VerbHandler<'withdrawVote'> = async (turn, payload) => {
  await withdraw(turn.services.ideabar, turn.caller, payload.ideaId);
  return showVoteChange(turn, payload, translatorFor(turn.locale).t('card.note.voteWithdrawn'));
};
