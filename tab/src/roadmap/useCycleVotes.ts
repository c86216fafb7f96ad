import { useCallback, useState } from 'react';
import { problemMessage } from '../api/apiError';
import type { CycleView } from '../api/cyclesApi';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import { useLoaded } from '../shared/useLoaded';
import type { IdeaStore } from '../shared/ideaStore';

/** How many of a cycle's leading ideas the roadmap offers votes on; the board lists them all. */
export const LEADING_IDEAS = 10;

export type CycleVotesState =
  | { status: 'loading' }
  | { status: 'ready'; ids: string[]; total: number; shortlisted: ReadonlySet<string> }
  | { status: 'error'; problem: string };

/**
 * A cycle's open ideas by votes (the leading ones, into the shared store, so a vote moves one row), and which of
 * them are on its shortlist as the cycle's results rank it.
 */
export function useCycleVotes(cycle: CycleView, store: IdeaStore) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const [attempt, setAttempt] = useState(0);
  const read = useLoaded(
    useCallback(
      async (signal: AbortSignal) => {
        const [page, results] = await Promise.all([
          api.ideas.list(
            { boardId: cycle.boardId, cycleId: cycle.id, status: 'open', sort: 'top' },
            { limit: LEADING_IDEAS, signal },
          ),
          api.cycles.results(cycle.id, signal),
        ]);
        if (!signal.aborted) store.put(page.items);
        return {
          ids: page.items.map((idea) => idea.id),
          total: page.total,
          shortlisted: new Set(results.shortlist.map((idea) => idea.id)) as ReadonlySet<string>,
        };
      },
      [api, store, cycle.id, cycle.boardId],
    ),
    attempt,
  );

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const state: CycleVotesState = read.value
    ? { status: 'ready', ...read.value }
    : read.failed
      ? { status: 'error', problem: problemMessage(translator, read.error, 'roadmap.failed.cycleIdeas') }
      : { status: 'loading' };
  return { state, retry };
}
