import { useCallback, useEffect, useState } from 'react';
import { readViewState, viewStateSearch, type ViewState } from './viewState';

/**
 * The board view kept in the address bar, so a view can be shared and survives a reload. Filter changes replace
 * the history entry; opening an idea pushes one, so Back closes it.
 */
export function useViewState(): [ViewState, (change: Partial<ViewState>) => void] {
  const [view, setView] = useState(() => readViewState(window.location.search));

  useEffect(() => {
    const onPopState = () => setView(readViewState(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const change = useCallback((update: Partial<ViewState>) => {
    setView((current) => {
      const next = { ...current, ...update };
      const url = `${window.location.pathname}${viewStateSearch(next, window.location.search)}`;
      if ('ideaId' in update && update.ideaId && update.ideaId !== current.ideaId) {
        window.history.pushState(null, '', url);
      } else {
        window.history.replaceState(null, '', url);
      }
      return next;
    });
  }, []);

  return [view, change];
}
