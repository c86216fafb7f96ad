import { SORTS, type Sort } from '@ideabar/core';
import { STATUS_FILTERS, type StatusFilter } from '@ideabar/core/workflow';
import type { IdeaFilter } from '../api/ideasApi';

/** Everything a shared board link carries: the board, its filters and sort, and the idea open in detail. */
export interface ViewState {
  boardId?: string;
  q: string;
  /** Which statuses show: open ideas unless chosen otherwise; `all` for every status. */
  status: BoardStatus;
  category?: string;
  tag?: string;
  mine: boolean;
  voted: boolean;
  /** A planning cycle's ideas only (`cycle` in the URL). */
  cycleId?: string;
  /** Only the cycle's shortlist (`shortlist=true`); meaningless without a cycle, so read as false then. */
  shortlist: boolean;
  sort: Sort;
  ideaId?: string;
}

export type BoardStatus = StatusFilter | 'all';

export const DEFAULT_SORT: Sort = 'top';
/** A board leads with what is still on its way; finished ideas are one filter away. */
export const DEFAULT_STATUS: BoardStatus = 'open';

const isStatus = (value: string | null): value is BoardStatus =>
  value === 'all' || (STATUS_FILTERS as readonly string[]).includes(value ?? '');
const isSort = (value: string | null): value is Sort => (SORTS as readonly string[]).includes(value ?? '');
const text = (value: string | null): string | undefined => value?.trim() || undefined;

export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const status = params.get('status');
  const sort = params.get('sort');
  const cycleId = text(params.get('cycle'));
  return {
    boardId: text(params.get('boardId')),
    q: params.get('q') ?? '',
    status: isStatus(status) ? status : DEFAULT_STATUS,
    category: text(params.get('category')),
    tag: text(params.get('tag')),
    mine: params.get('mine') === 'true',
    voted: params.get('voted') === 'true',
    cycleId,
    shortlist: cycleId !== undefined && params.get('shortlist') === 'true',
    sort: isSort(sort) ? sort : DEFAULT_SORT,
    ideaId: text(params.get('idea')),
  };
}

/** The query string for a view, leaving out defaults so shared links stay short; other parameters are kept. */
export function viewStateSearch(view: ViewState, current = ''): string {
  const params = new URLSearchParams(current);
  const set = (name: string, value: string | undefined) =>
    value ? params.set(name, value) : params.delete(name);
  set('boardId', view.boardId);
  set('q', view.q.trim() ? view.q : undefined);
  set('status', view.status === DEFAULT_STATUS ? undefined : view.status);
  set('category', view.category);
  set('tag', view.tag);
  set('mine', view.mine ? 'true' : undefined);
  set('voted', view.voted ? 'true' : undefined);
  set('cycle', view.cycleId);
  set('shortlist', view.cycleId && view.shortlist ? 'true' : undefined);
  set('sort', view.sort === DEFAULT_SORT ? undefined : view.sort);
  set('idea', view.ideaId);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The API query for the ideas a view shows. */
export function filterOf(view: ViewState): IdeaFilter {
  return {
    sort: view.sort,
    ...(view.boardId ? { boardId: view.boardId } : {}),
    ...(view.q.trim() ? { q: view.q.trim() } : {}),
    ...(view.status === 'all' ? {} : { status: view.status }),
    ...(view.category ? { category: view.category } : {}),
    ...(view.tag ? { tag: view.tag } : {}),
    ...(view.mine ? { mine: true } : {}),
    ...(view.voted ? { voted: true } : {}),
    ...(view.cycleId ? { cycleId: view.cycleId } : {}),
    ...(view.cycleId && view.shortlist ? { shortlist: true } : {}),
  };
}

export const hasFilters = (view: ViewState): boolean =>
  Boolean(
    view.q.trim() ||
    view.status !== DEFAULT_STATUS ||
    view.category ||
    view.tag ||
    view.mine ||
    view.voted ||
    view.cycleId,
  );

/** What "Clear filters" changes: every filter off, the sort and the board kept. */
export const CLEARED_FILTERS: Partial<ViewState> = {
  q: '',
  status: DEFAULT_STATUS,
  category: undefined,
  tag: undefined,
  mine: false,
  voted: false,
  cycleId: undefined,
  shortlist: false,
};

/**
 * What the cycle banner's buttons change: a cycle's ideas in every status (its count is of them all), its shortlist
 * ranked by votes as the results rank it; and, turned off, the board's default statuses again.
 */
export function cycleViewChange(view: ViewState, cycleId: string, shortlist: boolean): Partial<ViewState> {
  const showing = view.cycleId === cycleId && view.shortlist === shortlist;
  if (showing) return { cycleId: undefined, shortlist: false, status: DEFAULT_STATUS };
  return { cycleId, shortlist, status: 'all', ...(shortlist ? { sort: 'top' as const } : {}) };
}

/**
 * The board's address showing a cycle's ideas (or its shortlist) on the cycle's board, every other filter off, as
 * the roadmap links to it; other pages' parameters stay.
 */
export function cycleOnBoardSearch(
  cycle: { id: string; boardId: string },
  shortlist: boolean,
  current: string,
): string {
  const params = new URLSearchParams(current);
  params.delete('page');
  const board = { ...readViewState(''), ...CLEARED_FILTERS, boardId: cycle.boardId };
  return viewStateSearch({ ...board, ...cycleViewChange(board, cycle.id, shortlist) }, params.toString());
}
