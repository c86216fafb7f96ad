import { useCallback, useMemo } from 'react';
import { useAddressSearch, writeAddress } from '../app/addressBar';
import { readViewState, viewStateSearch, type ViewState } from './viewState';

/**
 * The board view kept in the address bar, so a view can be shared and survives a reload. Filter changes replace
 * the history entry; opening an idea pushes one, so Back closes it.
 */
export function useViewState(): [ViewState, (change: Partial<ViewState>) => void] {
  const search = useAddressSearch();
  const view = useMemo(() => readViewState(search), [search]);

  // Read from the address itself, so changes made one after another in the same event build on each other.
  const change = useCallback((update: Partial<ViewState>) => {
    const current = readViewState(window.location.search);
    const next = { ...current, ...update };
    const opening = 'ideaId' in update && update.ideaId && update.ideaId !== current.ideaId;
    writeAddress(viewStateSearch(next, window.location.search), opening ? 'push' : 'replace');
  }, []);

  return [view, change];
}
