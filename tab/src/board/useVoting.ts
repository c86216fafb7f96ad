import { useCallback, useRef } from 'react';
import { problemText } from '../api/apiError';
import type { IdeasApi } from '../api/ideasApi';
import type { IdeaStore } from './ideaStore';

/**
 * Voting and withdrawing from anywhere on the board. The count moves at once; if the API refuses, it moves back
 * and the person is told why. A second click while one is on its way is ignored.
 */
export function useVoting(api: IdeasApi, store: IdeaStore, onRefused: (message: string) => void) {
  const inFlight = useRef(new Set<string>());

  return useCallback(
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
      (voting ? api.vote(ideaId) : api.withdrawVote(ideaId))
        .then((state) =>
          store.update(ideaId, (known) => ({ ...known, votes: state.votes, myVote: state.myVote })),
        )
        .catch((error: unknown) => {
          store.update(ideaId, (known) => ({
            ...known,
            myVote: idea.myVote,
            votes: Math.max(0, known.votes + (voting ? -1 : 1)),
          }));
          onRefused(problemText(error, voting ? 'record your vote' : 'withdraw your vote'));
        })
        .finally(() => inFlight.current.delete(ideaId));
    },
    [api, store, onRefused],
  );
}
