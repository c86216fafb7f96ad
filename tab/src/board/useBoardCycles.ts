import { useCallback } from 'react';
import { DEFAULT_BOARD_ID } from '@ideabar/core';
import type { CycleView, CyclesApi } from '../api/cyclesApi';
import { isCurrent } from '../shared/cycleText';
import { useLoaded } from '../shared/useLoaded';

/** The cycle a board is in now, with how many ideas take part and how many its shortlist holds. */
export interface CurrentCycle {
  cycle: CycleView;
  /** Unknown (null) when the results could not be read: the banner then shows the cycle without its counts. */
  ideas: number | null;
  shortlist: number | null;
}

export interface BoardCycles {
  /** The board's cycles, latest first: a filter names any of them, a banner only the current one. */
  cycles: CycleView[];
  current?: CurrentCycle;
}

const NONE: BoardCycles = { cycles: [] };

/**
 * The board's planning cycles, asked beside its first page of ideas (two small reads, so the banner is there with
 * the rows rather than pushing them down later), and again when `version` changes, after an idea is posted. The
 * board works without them, so a failure shows no banner rather than an error.
 */
export function useBoardCycles(api: CyclesApi, boardId: string | undefined, version: number): BoardCycles {
  const id = boardId ?? DEFAULT_BOARD_ID;
  const read = useLoaded(
    useCallback(
      async (signal: AbortSignal): Promise<BoardCycles> => {
        const cycles = await api.list(id, signal);
        const cycle = cycles.find(isCurrent);
        if (!cycle) return { cycles };
        const results = await api.results(cycle.id, signal).catch(() => undefined);
        return {
          cycles,
          current: {
            cycle,
            ideas: results?.ideas ?? null,
            shortlist: results ? results.shortlist.length : null,
          },
        };
      },
      [api, id],
    ),
    version,
  );

  return read.failed ? NONE : (read.settled ?? NONE);
}
