import { useCallback } from 'react';
import type { StatusChangeView } from '@ideabar/core';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { ideaOf } from '../api/ideasApi';
import { useIdea } from '../shared/ideaStore';
import { useLoaded } from '../shared/useLoaded';
import type { TriageSummaryProps } from './TriageSummary.types';

/** IT's latest public answer: the newest triage or merge that said something (appeals are the author's words). */
export function latestItResponse(history: readonly StatusChangeView[]): StatusChangeView | undefined {
  return history.findLast(
    (change) =>
      (change.kind === 'triage' || change.kind === 'merge' || change.kind === 'answer') &&
      Boolean(change.response),
  );
}

/**
 * What the summary reads beyond the idea: IT's latest response, the idea a duplicate now lives on as, and the
 * planning cycle the idea belongs to.
 */
export function useTriageSummary({ idea, history, store }: TriageSummaryProps) {
  const api = useIdeaBarApi();
  const targetId = idea.duplicateOf ?? '';
  const target = useIdea(store, targetId);
  const known = target !== undefined;

  // The idea a duplicate went to, read when the board has not shown it; without its title the link still leads
  // there, named by what it is.
  const readTarget = useCallback(
    async (signal: AbortSignal) => {
      const found = await api.ideas.get(targetId);
      if (!signal.aborted) store.put([ideaOf(found)]);
    },
    [api, store, targetId],
  );
  useLoaded(targetId && !known ? readTarget : undefined);

  // The cycle's name, read from its board's cycles; until then (or if that fails) the summary leaves it out.
  const cycleId = idea.cycleId ?? '';
  const listCycles = useCallback(() => api.cycles.list(idea.boardId), [api, idea.boardId]);
  const cycles = useLoaded(cycleId ? listCycles : undefined);
  const cycle = cycles.value?.find((known) => known.id === cycleId);

  return {
    cycle,
    latest: history ? latestItResponse(history) : undefined,
    target: targetId ? { id: targetId, title: target?.title } : undefined,
  };
}
