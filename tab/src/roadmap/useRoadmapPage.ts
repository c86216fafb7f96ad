import { useCallback, useState } from 'react';
import { problemMessage } from '../api/apiError';
import type { RoadmapLane } from '../api/cyclesApi';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import { useLoaded } from '../shared/useLoaded';
import type { IdeaView } from '@ideabar/core';
import type { CycleBoard } from './OpenCycleDialog.types';

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

export type RoadmapState =
  { status: 'loading' } | { status: 'ready'; lanes: RoadmapLane[] } | { status: 'error'; problem: string };

/** The roadmap of one board (or of every board), loaded again when the board changes or on retry. */
export function useRoadmapPage(boardId: string | undefined) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const [attempt, setAttempt] = useState(0);
  const read = useLoaded(
    useCallback((signal: AbortSignal) => api.cycles.roadmap(boardId, signal), [api, boardId]),
    attempt,
  );

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // An answer for another board or attempt is never shown as this one's.
  const state: RoadmapState = read.value
    ? { status: 'ready', lanes: read.value }
    : read.failed
      ? { status: 'error', problem: problemMessage(translator, read.error, 'roadmap.failed.load') }
      : { status: 'loading' };
  return { state, retry };
}
