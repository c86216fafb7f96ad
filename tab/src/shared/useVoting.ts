import { useCallback, useRef } from 'react';
import type { Translator } from '@ideabar/core';
import { ApiError, problemMessage } from '../api/apiError';
import { useTranslator } from '../app/translation';
import type { IdeasApi } from '../api/ideasApi';
import type { IdeaStore } from './ideaStore';

/**
 * Voting and withdrawing from anywhere on the board, the roadmap or a meeting's panel. The count moves at once; if
 * the API refuses, it moves back and the person is told why, in their language. A second click while one is on its
 * way is ignored. `onCounted` follows a vote the API took (the meeting panel ranks again); `pending` tells whether
 * an idea's vote is still on its way, so a refresh meanwhile keeps its count as moved.
 */
export function useVoting(
  api: IdeasApi,
  store: IdeaStore,
  onRefused: (message: string) => void,
  onCounted?: (ideaId: string) => void,
) {
  const inFlight = useRef(new Set<string>());
  const translator = useTranslator();

  const vote = useCallback(
    (ideaId: string) => {
      const idea = store.get(ideaId);
      if (!idea || inFlight.current.has(ideaId)) return;
      inFlight.current.add(ideaId);
      const voting = !idea.myVote;
      store.update(ideaId, (known) => ({
        ...known,
        myVote: voting,
        votes: Math.max(0, known.votes + (voting ? 1 : -1)),
      }));
      (voting ? api.vote(ideaId) : api.withdrawVote(ideaId)).then(
        (state) => {
          store.update(ideaId, (known) => ({ ...known, votes: state.votes, myVote: state.myVote }));
          inFlight.current.delete(ideaId);
          onCounted?.(ideaId);
        },
        (error: unknown) => {
          store.update(ideaId, (known) => ({
            ...known,
            myVote: idea.myVote,
            votes: Math.max(0, known.votes + (voting ? -1 : 1)),
          }));
          inFlight.current.delete(ideaId);
          onRefused(refusalText(translator, error, voting));
        },
      );
    },
    [api, store, onRefused, onCounted, translator],
  );
  const pending = useCallback((ideaId: string) => inFlight.current.has(ideaId), []);

  return { vote, pending };
}

/** Why a vote was refused: an idea that takes no more votes says so in the reader's language, the rest as any failure. */
function refusalText(translator: Translator, error: unknown, voting: boolean): string {
  // English readers get the API's own words (problemMessage); the others why, from the catalog.
  const closed = error instanceof ApiError && translator.locale !== 'en' ? error.votesClosed : undefined;
  if (voting && closed) {
    const why = closed.status === 'duplicate' ? 'board.vote.closed.duplicate' : 'board.vote.closed.delivered';
    return translator.t('problem.then', {
      failed: translator.t('board.vote.failed.record'),
      why: translator.t(why),
    });
  }
  return problemMessage(
    translator,
    error,
    voting ? 'board.vote.failed.record' : 'board.vote.failed.withdraw',
  );
}
