import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { IdeaView } from '@ideabar/core';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import { IdeaStore } from '../shared/ideaStore';
import { useBoardCycles } from './useBoardCycles';
import { useBoardFacets } from './useBoardFacets';
import { useIdeaList } from './useIdeaList';
import { useViewState } from './useViewState';
import { useVoting } from '../shared/useVoting';
import { filterOf } from './viewState';
import type { HostContext } from '../teams/hostContext';

export interface BoardPageProps {
  host: HostContext;
  /** Called once, when the board first shows ideas (or says why it can't). */
  onReady(failure?: string): void;
  /**
   * Where the tab's header keeps page actions, for the "New idea" button (null until the header has mounted).
   * Without a header around it, the board shows the button above its filters.
   */
  headerActions?: HTMLElement | null;
}

export type Notice = (message: string, intent?: 'success' | 'error') => void;

/** The board's list of ideas, the target of the skip link and of focus when no row can take it. */
export const IDEA_LIST_ID = 'idea-list';

/** Everything the board page shows and does, apart from how it looks. */
export function useBoardPage({ host, onReady }: BoardPageProps, notify: Notice) {
  const api = useIdeaBarApi();
  const { t } = useTranslator();
  const [view, changeView] = useViewState();
  const [store] = useState(() => new IdeaStore());
  const [composing, setComposing] = useState(false);
  const filter = useMemo(() => filterOf(view), [view]);
  const list = useIdeaList(api.ideas, store, filter);
  const { vote } = useVoting(
    api.ideas,
    store,
    useCallback((message: string) => notify(message, 'error'), [notify]),
  );

  // A Teams deep link names the idea in subPageId; open it once, as if it had come in the URL.
  const deepLinked = useRef(false);
  useEffect(() => {
    if (deepLinked.current) return;
    deepLinked.current = true;
    if (host.subPageId && !view.ideaId) changeView({ ideaId: host.subPageId });
  }, [host.subPageId, view.ideaId, changeView]);

  const reported = useRef(false);
  useEffect(() => {
    if (reported.current || list.status === 'loading') return;
    reported.current = true;
    onReady(list.status === 'error' ? list.problem : undefined);
  }, [list.status, list.problem, onReady]);

  // The filters' choices matter less than the first ideas: ask once those have arrived. A posted idea may bring a
  // new category or tag: ask for them again then.
  const [posted, setPosted] = useState(0);
  const facets = useBoardFacets(api.boards, view.boardId, list.status !== 'loading', posted);
  const cycles = useBoardCycles(api.cycles, view.boardId, posted);

  const openIdea = useCallback((ideaId: string) => changeView({ ideaId }), [changeView]);
  // A frame still waiting to hand focus back is let go with the board: it must never move focus on a page shown
  // after it (where the list's id may name another list, and focus would leave an open dialog).
  const focusFrame = useRef<number | undefined>(undefined);
  useEffect(() => () => cancelAnimationFrame(focusFrame.current ?? 0), []);
  const closeIdea = useCallback(() => {
    const closing = view.ideaId;
    changeView({ ideaId: undefined });
    // The drawer unmounts with the idea, so nothing hands focus back: it returns to the idea's row (or, when that
    // row has scrolled out of the rendered window, to the list), never to the page body.
    cancelAnimationFrame(focusFrame.current ?? 0);
    focusFrame.current = requestAnimationFrame(() => {
      focusFrame.current = undefined;
      const row = closing ? document.getElementById(`idea-title-${closing}`) : null;
      (row ?? document.getElementById(IDEA_LIST_ID))?.focus();
    });
  }, [changeView, view.ideaId]);
  const filterByTag = useCallback((tag: string) => changeView({ tag }), [changeView]);

  const submitted = useCallback(
    (idea: IdeaView) => {
      setComposing(false);
      list.prepend(idea);
      setPosted((n) => n + 1);
      // The new idea opens, with its share buttons: the moment to bring colleagues in to vote.
      changeView({ ideaId: idea.id });
      notify(t('board.posted'), 'success');
    },
    [list, notify, changeView, t],
  );

  return {
    view,
    changeView,
    store,
    list,
    vote,
    facets,
    cycles,
    composing,
    setComposing,
    openIdea,
    closeIdea,
    filterByTag,
    submitted,
  };
}
