import { useSyncExternalStore } from 'react';

/**
 * The address bar's query string as one store: the board's view, the page shown and the insights filters all live
 * there, and every hook reading a part of it sees the same URL. Writes go through `writeAddress`, so readers hear of
 * them; Back and Forward arrive as `popstate`.
 */
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', notify);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

const currentSearch = (): string => window.location.search;

/** The query string now (`?a=1`, or `''`), re-rendering when it changes. */
export function useAddressSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch);
}

/**
 * Puts a new query string in the address bar: `push` makes a history entry that Back returns from, `replace`
 * changes the current one.
 */
export function writeAddress(search: string, mode: 'push' | 'replace'): void {
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  notify();
}
