import { useCallback } from 'react';
import type { Person } from '@ideabar/core';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { afterPause, useLoaded } from './useLoaded';

/** Waits this long after the last key before asking, so typing a name costs one request, not one per letter. */
export const SEARCH_PAUSE_MS = 200;

export type PeopleSearch =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'ready'; people: Person[]; more: boolean }
  | { status: 'failed' };

/** The people IdeaBar knows whose name holds `query` (GET /api/people), asked while `active`. */
export function usePeopleSearch(query: string, active: boolean): PeopleSearch {
  const api = useIdeaBarApi();
  const load = useCallback(
    async (signal: AbortSignal): Promise<PeopleSearch> => {
      await afterPause(SEARCH_PAUSE_MS, signal);
      const { items, nextCursor } = await api.people.search(query, { signal });
      return { status: 'ready', people: items, more: nextCursor !== null };
    },
    [api, query],
  );
  const found = useLoaded(active ? load : undefined);

  if (!active) return { status: 'idle' };
  return found.value ?? (found.failed ? { status: 'failed' } : { status: 'searching' });
}
