import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_BOARD_ID, type CycleView } from '@ideabar/core';
import { ApiError } from '../api/apiError';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { isCurrent } from '../shared/cycleText';
import { IdeaStore } from '../shared/ideaStore';
import { useVoting } from '../shared/useVoting';
import type { HostContext } from '../teams/hostContext';

export interface MeetingPanelProps {
  host: HostContext;
  /** The board the meeting's tab was set up with (`?boardId=`); none is the tenant's default board. */
  boardId: string | undefined;
  /** Called once when the panel first shows something true (or failed), so Teams hides its loading indicator. */
  onReady?(failure?: string): void;
  /** How often the open panel asks again; tests shorten it. */
  refreshEveryMs?: number;
}

/**
 * How often the open panel asks again: one small request (the cycle's results) every 20 seconds while it is in
 * view, so a meeting of thirty people costs the API a request and a half a second; a failing API is asked less and
 * less often, up to every two minutes. Coming back to the panel (focus, or the meeting window shown again) asks at
 * once, but never twice within five seconds.
 */
export const REFRESH_EVERY_MS = 20_000;
export const SLOWEST_REFRESH_MS = 120_000;
export const FOCUS_GAP_MS = 5_000;

export type MeetingPanelState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'no-cycle' }
  | { status: 'ready'; cycle: CycleView; ideas: number; ranked: string[] };

/**
 * The board's current planning cycle and its shortlist, ranked by votes and kept current while the panel is open:
 * polled politely, asked again on focus and after the person's own vote. Votes move at once and move back, with the
 * API's reason, when refused.
 */
export function useMeetingPanel(boardId: string | undefined, everyMs: number = REFRESH_EVERY_MS) {
  const api = useIdeaBarApi();
  const board = boardId ?? DEFAULT_BOARD_ID;
  const store = useMemo(() => new IdeaStore(), []);
  const [state, setState] = useState<MeetingPanelState>({ status: 'loading' });
  const [updatedAt, setUpdatedAt] = useState<Date | undefined>();
  const [stale, setStale] = useState(false);
  const [voteProblem, setVoteProblem] = useState<string | undefined>();
  const cycleId = useRef<string | undefined>(undefined);
  const lastAsked = useRef(0);
  const inFlight = useRef<{ asking: Promise<void>; signal: AbortSignal } | undefined>(undefined);
  const failures = useRef(0);
  const [refreshKey, setRefreshKey] = useState(0);
  const cycleBoard = useRef(board);

  const refresh = useCallback(() => {
    setState((was) => (was.status === 'failed' ? { status: 'loading' } : was));
    setRefreshKey((n) => n + 1);
  }, []);

  // The person's own vote may move the idea up or into the shortlist: rank again at once. A refusal is worded as
  // the board words it, in the reader's language.
  const { vote: castOrWithdraw, pending } = useVoting(api.ideas, store, setVoteProblem, refresh);
  const vote = useCallback(
    (ideaId: string) => {
      setVoteProblem(undefined);
      castOrWithdraw(ideaId);
    },
    [castOrWithdraw],
  );

  const load = useCallback(
    (signal: AbortSignal): Promise<void> => {
      if (inFlight.current && !inFlight.current.signal.aborted) return inFlight.current.asking;
      lastAsked.current = Date.now();
      const mine = { signal } as { asking: Promise<void>; signal: AbortSignal };
      mine.asking = (async () => {
        try {
          // The current cycle once; from then on its results alone, which carry the cycle's phase as it moves.
          if (!cycleId.current) {
            const current = (await api.cycles.list(board, signal)).find(isCurrent);
            if (!current) {
              failures.current = 0;
              setState({ status: 'no-cycle' });
              setUpdatedAt(new Date());
              setStale(false);
              return;
            }
            cycleId.current = current.id;
          }
          const results = await api.cycles.results(cycleId.current, signal);
          if (!isCurrent(results.cycle)) cycleId.current = undefined;
          // A vote on its way keeps its optimistic count until the API answers it.
          store.put(results.shortlist.filter((idea) => !pending(idea.id)));
          failures.current = 0;
          setState({
            status: 'ready',
            cycle: results.cycle,
            ideas: results.ideas,
            ranked: results.shortlist.map((idea) => idea.id),
          });
          setUpdatedAt(new Date());
          setStale(false);
        } catch (error) {
          if (signal.aborted) return;
          // A cycle that disappeared (or a board without one now) is found again from the board's list.
          if (error instanceof ApiError && error.code === 'not_found') cycleId.current = undefined;
          failures.current += 1;
          setStale(true);
          setState((was) => (was.status === 'loading' ? { status: 'failed' } : was));
        } finally {
          if (inFlight.current === mine) inFlight.current = undefined;
        }
      })();
      inFlight.current = mine;
      return mine.asking;
    },
    [api, board, store, pending],
  );

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Another board is another cycle.
    if (cycleBoard.current !== board) {
      cycleBoard.current = board;
      cycleId.current = undefined;
    }

    const schedule = () => {
      clearTimeout(timer);
      const wait = Math.min(Math.max(SLOWEST_REFRESH_MS, everyMs), everyMs * 2 ** failures.current);
      timer = setTimeout(tick, wait);
    };
    // Hidden (another app in front, the meeting minimised): no requests at all until it shows again.
    const tick = () => {
      if (document.visibilityState === 'hidden') return;
      void load(signal).then(() => !signal.aborted && schedule());
    };
    const comeBack = () => {
      if (document.visibilityState === 'hidden') return clearTimeout(timer);
      if (Date.now() - lastAsked.current < Math.min(FOCUS_GAP_MS, everyMs / 4)) return schedule();
      clearTimeout(timer);
      tick();
    };

    tick();
    window.addEventListener('focus', comeBack);
    document.addEventListener('visibilitychange', comeBack);
    return () => {
      controller.abort();
      clearTimeout(timer);
      window.removeEventListener('focus', comeBack);
      document.removeEventListener('visibilitychange', comeBack);
    };
  }, [load, board, refreshKey, everyMs]);

  return { state, store, updatedAt, stale, voteProblem, vote, refresh };
}
