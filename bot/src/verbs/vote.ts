import { castVote } from '@ideabar/core';
import { ideaListFor } from './ideaLists.js';
import { personalIdeaCard, refreshSharedCard, refusedVoteCard } from './ideaViews.js';
import type { VerbHandler } from './verbTurn.js';

/**
 * Votes for the idea (idempotent: a repeated click changes nothing) and shows the clicker their vote at once: on
 * the idea's card, or on the list the click came from. A vote the idea refuses (a duplicate) answers with why and
 * a way to the idea it was merged into.
 */
export const vote: VerbHandler<'vote'> = async (turn, { ideaId, from, boardId }) => {
  try {
    await castVote(turn.services.ideabar, turn.caller, ideaId);
  } catch (error) {
    return { card: await refusedVoteCard(turn, ideaId, error) };
  }
  if (from === 'top' || from === 'trending') {
    return {
      card: await ideaListFor(turn.services, turn.caller, {
        list: from,
        boardId: boardId ?? turn.boardId,
        teamsUserId: turn.teamsUserId,
        viewer: 'person',
        note: 'Your vote is in.',
      }),
    };
  }
  // Only an idea's own card is edited for everyone; a list or a cycle's card stays what it is.
  if (!from) refreshSharedCard(turn, ideaId);
  return { card: await personalIdeaCard(turn, ideaId, 'Your vote is in.') };
};
