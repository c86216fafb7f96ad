import type { BoardFacets } from '../../api/boardsApi';
import type { ViewState } from '../../board/viewState';

export interface BoardFiltersProps {
  view: ViewState;
  /** The board's categories and tags with their idea counts (GET /api/boards/{id}/facets). */
  categories: BoardFacets['categories'];
  tags: BoardFacets['tags'];
  onChange(change: Partial<ViewState>): void;
  /** How long typing must pause before the search runs. */
  searchDelayMs?: number;
}
