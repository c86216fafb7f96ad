import { useEffect, useState } from 'react';
import type { Person } from '@ideabar/core';
import { useIdeaBarApi } from '../api/ideaBarApi';

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
  const [found, setFound] = useState<{ query: string; search: PeopleSearch }>({
    query: '',
    search: { status: 'idle' },
  });

  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.people.search(query, { signal: controller.signal }).then(
        ({ items, nextCursor }) =>
          setFound({ query, search: { status: 'ready', people: items, more: nextCursor !== null } }),
        () => !controller.signal.aborted && setFound({ query, search: { status: 'failed' } }),
      );
    }, SEARCH_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, query, active]);

  if (!active) return { status: 'idle' };
  return found.query === query ? found.search : { status: 'searching' };
}
