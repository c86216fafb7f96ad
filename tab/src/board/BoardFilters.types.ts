import type { BoardFacets } from '../api/boardsApi';
import type { CycleView } from '../api/cyclesApi';
import type { ViewState } from './viewState';

export interface BoardFiltersProps {
  view: ViewState;
  /** The board's categories and tags with their idea counts (GET /api/boards/{id}/facets). */
  categories: BoardFacets['categories'];
  tags: BoardFacets['tags'];
  /** The board's planning cycles, latest first: the phone's sheet offers them, and a chosen one is named. */
  cycles?: CycleView[];
  /** The cycle the board's banner shows, whose buttons already say whether it is chosen. */
  currentCycleId?: string;
  onChange(change: Partial<ViewState>): void;
  /** How long typing must pause before the search runs. */
  searchDelayMs?: number;
}
