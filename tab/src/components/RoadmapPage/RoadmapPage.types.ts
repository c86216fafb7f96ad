import type { IdeaView } from '@ideabar/core';
import type { CycleBoard } from '../OpenCycleDialog/OpenCycleDialog.types';

export interface RoadmapPageProps {
  /** The board whose roadmap shows; none for every board of the tenant. */
  boardId?: string;
  locale: string;
  /** Where a card's idea opens (the board with the idea's detail), so the link can be opened in a new tab too. */
  ideaHref(idea: IdeaView): string;
  onOpenIdea(idea: IdeaView): void;
  /** Whether the reader is an IT member, who may open planning cycles. */
  canOpenCycles?: boolean;
  /** The board a new cycle opens on; none while the roadmap shows every board of several. */
  cycleBoard?: CycleBoard | undefined;
}
