import { castVote } from '@ideabar/core';
import { personalIdeaCard, refreshSharedCard } from './ideaViews.js';
import type { VerbHandler } from './verbTurn.js';

/** Votes for the idea (idempotent: a repeated click changes nothing) and shows the clicker their vote at once. */
export const vote: VerbHandler<'vote'> = async (turn, { ideaId }) => {
  await castVote(turn.services.ideabar, turn.caller, ideaId);
  refreshSharedCard(turn, ideaId);
  return { card: await personalIdeaCard(turn, ideaId, 'Your vote is in.') };
};
