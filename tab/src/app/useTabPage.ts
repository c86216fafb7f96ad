import { useCallback, useMemo } from 'react';
import { useAddressSearch, writeAddress } from './addressBar';
import { ideaOnBoardSearch, readTabPage, tabPageSearch, type TabPage } from './tabPage';

/**
 * The page the address bar names, and ways to go elsewhere that Back comes back from: another page, or the board
 * with one idea open.
 */
export function useTabPage() {
  const search = useAddressSearch();
  const page = useMemo(() => readTabPage(search), [search]);
  const goTo = useCallback((next: TabPage) => {
    if (next !== readTabPage(window.location.search))
      writeAddress(tabPageSearch(next, window.location.search), 'push');
  }, []);
  const ideaHref = useCallback(
    (idea: { id: string; boardId: string }) =>
      `${window.location.pathname}${ideaOnBoardSearch(idea, search)}`,
    [search],
  );
  const openIdea = useCallback(
    (idea: { id: string; boardId: string }) =>
      writeAddress(ideaOnBoardSearch(idea, window.location.search), 'push'),
    [],
  );
  return { page, goTo, ideaHref, openIdea };
}
