import { castVote, translatorFor } from '@ideabar/core';
import { ideaListFor } from './ideaLists.js';
import { personalIdeaCard, noteClickedCard, refusedVoteCard } from './ideaViews.js';
import type { VerbHandler, VerbResult, VerbTurn } from './verbTurn.js';
import type { VerbPayload } from './verbs.js';

/**
 * Votes for the idea (idempotent: a repeated click changes nothing) and shows the clicker their vote at once: on
 * the idea's card, or on the list the click came from. A vote the idea refuses (a duplicate) answers with why and
 * a way to the idea it was merged into.
 */
export const vote: VerbHandler<'vote'> = async (turn, payload) => {
  try {
    await castVote(turn.services.ideabar, turn.caller, payload.ideaId);
  } catch (error) {
    return { card: await refusedVoteCard(turn, payload.ideaId, error) };
  }
  return showVoteChange(turn, payload, translatorFor(turn.locale).t('card.note.voteIn'));
};

/**
 * What the clicker sees once their vote changed: the list the click came from again, or the idea's card. Only an
 * idea's own card is edited for everyone; a list or a cycle's card stays what it is.
 */
export async function showVoteChange(
  turn: VerbTurn,
  { ideaId, from, boardId }: VerbPayload<'vote' | 'withdrawVote'>,
  note: string,
): Promise<VerbResult> {
  if (from === 'top' || from === 'trending') {
    return {
      card: await ideaListFor(turn.services, turn.caller, {
        list: from,
        boardId: boardId ?? turn.boardId,
        teamsUserId: turn.teamsUserId,
        viewer: 'person',
        note,
        locale: turn.locale,
      }),
    };
  }
  if (!from) noteClickedCard(turn, ideaId);
  return { card: await personalIdeaCard(turn, ideaId, note) };
}
