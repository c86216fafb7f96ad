import { useEffect, useMemo, useRef, useState } from 'react';
import type { BoardFiltersProps } from './BoardFilters.types';

export const SEARCH_DELAY_MS = 250;

/** Search text shows every keystroke at once but reaches the board (and the API) only when typing pauses. */
export function useBoardFilters({ view, onChange, searchDelayMs = SEARCH_DELAY_MS }: BoardFiltersProps) {
  const [searchText, setSearchText] = useState(view.q);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const applied = useRef(view.q);

  // A view changed elsewhere (Back, a shared link, "clear filters") replaces what is in the box.
  useEffect(() => {
    if (view.q !== applied.current) {
      applied.current = view.q;
      setSearchText(view.q);
    }
  }, [view.q]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const search = (text: string, now = false) => {
    setSearchText(text);
    clearTimeout(timer.current);
    const apply = () => {
      applied.current = text;
      onChange({ q: text });
    };
    if (now) apply();
    else timer.current = setTimeout(apply, searchDelayMs);
  };

  return { searchText, search };
}

/** Phone widths, where the board's filters fold into a sheet (the same breakpoint as the tab's styles). */
export const NARROW_SCREEN = '(max-width: 600px)';

export function useNarrowScreen(): boolean {
  const query = useMemo(
    () => (typeof window.matchMedia === 'function' ? window.matchMedia(NARROW_SCREEN) : undefined),
    [],
  );
  const [narrow, setNarrow] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const changed = () => setNarrow(query.matches);
    query.addEventListener('change', changed);
    changed();
    return () => query.removeEventListener('change', changed);
  }, [query]);
  return narrow;
}
