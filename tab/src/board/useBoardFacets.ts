import { useCallback, useState } from 'react';
import type { BoardFacets, BoardsApi } from '../api/boardsApi';
import { useLoaded } from '../shared/useLoaded';

/** The tenant-wide board's id when the view names no board (docs/api.md). */
const DEFAULT_BOARD = 'default';

const NONE: BoardFacets = { categories: [], tags: [], total: 0 };

/**
 * The categories and tags a board's filters offer, counted by the API over all its ideas (not the page on screen).
 * Asked once `enabled` (the first ideas have arrived), and again when `version` changes, after an idea is posted,
 * showing the board's last counts meanwhile. Without them the filters still show the view's own choice, so a
 * failure is not worth interrupting anyone for.
 */
export function useBoardFacets(
  boards: BoardsApi,
  boardId: string | undefined,
  enabled: boolean,
  version: number,
): BoardFacets {
  const id = boardId ?? DEFAULT_BOARD;
  // Once asked, the counts stay asked for: a list read again for other filters changes no board's counts.
  const [asked, setAsked] = useState(enabled);
  if (enabled && !asked) setAsked(true);
  const load = useCallback(() => boards.facets(id), [boards, id]);
  const facets = useLoaded(asked ? load : undefined, version);
  return facets.failed ? NONE : (facets.settled ?? NONE);
}
