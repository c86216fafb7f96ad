import { withdrawVote as withdraw } from '@ideabar/core';
import { ideaListFor } from './ideaLists.js';
import { personalIdeaCard, refreshSharedCard } from './ideaViews.js';
import type { VerbHandler } from './verbTurn.js';

/** Takes the clicker's vote back (idempotent) and shows them the card, or the list, without it. */
export const withdrawVote: VerbHandler<'withdrawVote'> = async (turn, { ideaId, from, boardId }) => {
  await withdraw(turn.services.ideabar, turn.caller, ideaId);
  if (from === 'top' || from === 'trending') {
    return {
      card: await ideaListFor(turn.services, turn.caller, {
        list: from,
        boardId: boardId ?? turn.boardId,
        teamsUserId: turn.teamsUserId,
        viewer: 'person',
        note: 'Your vote was withdrawn.',
      }),
    };
  }
  if (!from) refreshSharedCard(turn, ideaId);
  return { card: await personalIdeaCard(turn, ideaId, 'Your vote was withdrawn.') };
};
