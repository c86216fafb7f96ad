import type { BoardView } from '@ideabar/core';
import type { ThemeName } from '../../teams/hostContext';

export interface InsightsPageProps {
  /** The board the insights count; none for every board of the tenant. */
  boardId?: string;
  /** That board, once the boards are known: its name goes into the export's file name. */
  board?: BoardView;
  /** IT members may export the ideas with their decisions as CSV. */
  canExport: boolean;
  locale: string;
  /** The charts draw with this theme's colours. */
  theme: ThemeName;
}
