import { useCallback, useEffect, useState } from 'react';
import { problemMessage } from '../api/apiError';
import type { CycleView } from '../api/cyclesApi';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
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
  const key = `${attempt}|${cycle.id}`;
  const [loaded, setLoaded] = useState<{ key: string; state: CycleVotesState } | undefined>();

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    Promise.all([
      api.ideas.list(
        { boardId: cycle.boardId, cycleId: cycle.id, status: 'open', sort: 'top' },
        { limit: LEADING_IDEAS, signal },
      ),
      api.cycles.results(cycle.id, signal),
    ]).then(
      ([page, results]) => {
        store.put(page.items);
        setLoaded({
          key,
          state: {
            status: 'ready',
            ids: page.items.map((idea) => idea.id),
            total: page.total,
            shortlisted: new Set(results.shortlist.map((idea) => idea.id)),
          },
        });
      },
      (error: unknown) =>
        !signal.aborted &&
        setLoaded({
          key,
          state: { status: 'error', problem: problemMessage(translator, error, 'roadmap.failed.cycleIdeas') },
        }),
    );
    return () => controller.abort();
  }, [api, store, cycle.id, cycle.boardId, key, translator]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const state: CycleVotesState = loaded?.key === key ? loaded.state : { status: 'loading' };
  return { state, retry };
}
