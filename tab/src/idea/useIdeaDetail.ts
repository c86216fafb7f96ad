import { useCallback, useState } from 'react';
import type { IdeaView, StatusChangeView } from '@ideabar/core';
import { problemMessage } from '../api/apiError';
import { useTranslator } from '../app/translation';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { ideaOf } from '../api/ideasApi';
import type { IdeaStore } from '../shared/ideaStore';
import { useLoaded } from '../shared/useLoaded';
import type { HostContext } from '../teams/hostContext';

export interface IdeaDetailProps {
  ideaId: string;
  store: IdeaStore;
  host: HostContext;
  onClose(): void;
  onVote(ideaId: string): void;
  /** Tells the person something happened (link copied, comment posted). */
  onNotice(message: string, intent?: 'success' | 'error'): void;
  /** Opens another idea in place of this one (where a duplicate went); without it the link navigates. */
  onOpenIdea?(ideaId: string): void;
}

/** What is being read for the detail: not yet, read, or why it could not be. */
export type Loading<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; problem: string };

/**
 * Loads one idea's full text and history, and takes in the idea as a triage change left it (reading its history
 * again). The detail is keyed by idea, so each idea starts from `loading`.
 */
export function useIdeaDetail(ideaId: string, store: IdeaStore) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  // Bumped after IT or the author changes the idea, so its history shows the change with who, when and why.
  const [revision, setRevision] = useState(0);
  const read = useLoaded(
    useCallback(
      async (signal: AbortSignal) => {
        const detail = await api.ideas.get(ideaId);
        if (!signal.aborted) store.put([ideaOf(detail)]);
        return detail;
      },
      [api, ideaId, store],
    ),
    revision,
  );

  // A failed reload keeps the history already shown: it is only missing the latest change.
  const history: Loading<StatusChangeView[]> = read.settled
    ? { state: 'ready', value: read.settled.history }
    : read.failed
      ? { state: 'error', problem: problemMessage(translator, read.error, 'idea.failed.open') }
      : { state: 'loading' };

  /** Shows ideas as the API answered a change (the open one, and a merge's target), then reloads the history. */
  const changed = useCallback(
    (...ideas: IdeaView[]) => {
      store.put(ideas);
      setRevision((n) => n + 1);
    },
    [store],
  );

  return { history, changed };
}
