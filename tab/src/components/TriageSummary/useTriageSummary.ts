import { useEffect } from 'react';
import type { StatusChangeView } from '@ideabar/core';
import { useIdeaBarApi } from '../../api/ideaBarApi';
import { useIdea } from '../../board/ideaStore';
import type { TriageSummaryProps } from './TriageSummary.types';

/** IT's latest public answer: the newest triage or merge that said something (appeals are the author's words). */
export function latestItResponse(history: readonly StatusChangeView[]): StatusChangeView | undefined {
  return history.findLast(
    (change) => (change.kind === 'triage' || change.kind === 'merge') && Boolean(change.response),
  );
}

/** What the summary reads beyond the idea: IT's latest response, and the idea a duplicate now lives on as. */
export function useTriageSummary({ idea, history, store }: TriageSummaryProps) {
  const api = useIdeaBarApi();
  const targetId = idea.duplicateOf ?? '';
  const target = useIdea(store, targetId);
  const known = target !== undefined;

  useEffect(() => {
    if (!targetId || known) return;
    let live = true;
    api.ideas
      .get(targetId)
      .then(({ history: _history, ...found }) => live && store.put([found]))
      // Without its title the link still leads there, named by what it is.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [api, store, targetId, known]);

  return {
    latest: history ? latestItResponse(history) : undefined,
    target: targetId ? { id: targetId, title: target?.title } : undefined,
  };
}
