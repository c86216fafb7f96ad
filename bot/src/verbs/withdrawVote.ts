import { withdrawVote as withdraw } from '@ideabar/core';
import { personalIdeaCard, refreshSharedCard } from './ideaViews.js';
import type { VerbHandler } from './verbTurn.js';

/** Takes the clicker's vote back (idempotent) and shows them the card without it. */
export const withdrawVote: VerbHandler<'withdrawVote'> = async (turn, { ideaId }) => {
  await withdraw(turn.services.ideabar, turn.caller, ideaId);
  refreshSharedCard(turn, ideaId);
  return { card: await personalIdeaCard(turn, ideaId, 'Your vote was withdrawn.') };
};
