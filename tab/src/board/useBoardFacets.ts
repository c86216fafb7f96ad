import { useEffect, useState } from 'react';
import type { BoardFacets, BoardsApi } from '../api/boardsApi';

/** The tenant-wide board's id when the view names no board (docs/api.md). */
const DEFAULT_BOARD = 'default';

const NONE: BoardFacets = { categories: [], tags: [], total: 0 };

/**
 * The categories and tags a board's filters offer, counted by the API over all its ideas (not the page on screen).
 * Asked again when `version` changes, after an idea is posted. Without them the filters still show the view's own
 * choice, so a failure is not worth interrupting anyone for.
 */
export function useBoardFacets(
  boards: BoardsApi,
  boardId: string | undefined,
  enabled: boolean,
  version: number,
): BoardFacets {
  const [facets, setFacets] = useState<{ boardId: string; facets: BoardFacets } | undefined>();
  const id = boardId ?? DEFAULT_BOARD;

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    boards.facets(id).then(
      (found) => live && setFacets({ boardId: id, facets: found }),
      () => live && setFacets({ boardId: id, facets: NONE }),
    );
    return () => {
      live = false;
    };
  }, [boards, id, enabled, version]);

  return facets?.boardId === id ? facets.facets : NONE;
}
