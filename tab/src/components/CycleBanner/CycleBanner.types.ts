import type { CurrentCycle } from '../../board/useBoardCycles';
import type { ViewState } from '../../board/viewState';

export interface CycleBannerProps {
  current: CurrentCycle;
  view: ViewState;
  onChange(change: Partial<ViewState>): void;
}
