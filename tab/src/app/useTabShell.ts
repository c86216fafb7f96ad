import { useCallback, useEffect, useRef, useState } from 'react';
import type { BoardView } from '@ideabar/core';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { IT_ONLY_PAGES, TAB_PAGES, type TabPage } from './tabPage';
import { useTabPage } from './useTabPage';
import { useViewState } from '../board/useViewState';
import { useMe } from '../session/SessionProvider';
import type { DemoPerson } from '../api/devApi';
import type { HostContext, ThemeName } from '../teams/hostContext';

export interface TabShellProps {
  host: HostContext;
  theme: ThemeName;
  /** Standalone mode: who was picked, and how to pick someone else. */
  person?: DemoPerson;
  onSwitchPerson?(): void;
  /** Standalone mode: the theme is the person's choice (in Teams it follows Teams). */
  onThemeChange?(theme: ThemeName): void;
  /** Called once, when the first page is usable (or says why it can't be). */
  onReady(failure?: string): void;
}

/** Pages that can look across every board of the tenant when no board is chosen. */
const ACROSS_BOARDS: ReadonlySet<TabPage> = new Set(['inbox', 'roadmap', 'insights']);

/**
 * What every page shares: which page shows (in the URL), the board chosen, who is signed in and which boards exist,
 * and telling the host once the first page is usable.
 */
export function useTabShell({ host, onReady }: TabShellProps) {
  const api = useIdeaBarApi();
  const { page, goTo, ideaHref, openIdea } = useTabPage();
  const [view, changeView] = useViewState();
  const [boards, setBoards] = useState<BoardView[]>([]);
  const [boardShown, setBoardShown] = useState(false);

  // Who is signed in and which boards exist matter less than the board's first ideas: on the board, ask once those
  // have arrived; on any other page, at once.
  const wanted = page !== 'board' || boardShown;
  const { me, meKnown } = useMe(wanted);
  const asked = useRef(false);
  useEffect(() => {
    if (!wanted || asked.current) return;
    asked.current = true;
    api.boards.list().then(setBoards, () => setBoards([]));
  }, [api, wanted]);

  // A team tab without a saved board opens the team's own board, when the team has one.
  useEffect(() => {
    if (view.boardId || !host.teamId) return;
    const teamBoard = boards.find((board) => board.teamId === host.teamId);
    if (teamBoard) changeView({ boardId: teamBoard.id });
  }, [boards, host.teamId, view.boardId, changeView]);

  const reported = useRef(false);
  const ready = useCallback(
    (failure?: string) => {
      if (reported.current) return;
      reported.current = true;
      onReady(failure);
    },
    [onReady],
  );
  const boardReady = useCallback(
    (failure?: string) => {
      setBoardShown(true);
      ready(failure);
    },
    [ready],
  );

  const isItMember = me?.roles.includes('it') ?? false;
  const pages = TAB_PAGES.filter((known) => !IT_ONLY_PAGES.has(known) || isItMember);

  // Roadmap and insights read "no board" as every board; the board page and settings as the tenant's default board.
  const acrossBoards = ACROSS_BOARDS.has(page);
  const defaultBoard = boards.find((known) => known.isDefault);
  const board = view.boardId
    ? boards.find((known) => known.id === view.boardId)
    : acrossBoards
      ? undefined
      : defaultBoard;
  const chooseBoard = useCallback(
    (boardId: string | undefined) =>
      // The board page keeps "no board" for the default one, so its links stay short.
      changeView({ boardId: !acrossBoards && boardId === defaultBoard?.id ? undefined : boardId }),
    [acrossBoards, defaultBoard, changeView],
  );

  // A board renamed in the settings shows its new name in the header at once.
  const boardChanged = useCallback(
    (changed: BoardView) => setBoards((known) => known.map((b) => (b.id === changed.id ? changed : b))),
    [],
  );

  return {
    page,
    goTo,
    ideaHref,
    openIdea,
    pages,
    boardId: view.boardId,
    boards,
    board,
    acrossBoards,
    chooseBoard,
    me,
    meKnown,
    isItMember,
    ready,
    boardReady,
    boardChanged,
  };
}
