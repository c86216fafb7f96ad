import { useCallback, useEffect, useMemo, useState } from 'react';
import { problemMessage } from '../api/apiError';
import { useTranslator } from '../app/translation';
import { useLoaded } from '../shared/useLoaded';
import { useIdeaBarApi } from '../api/ideaBarApi';
import type { InsightsReport } from '../api/insightsApi';
import { useAddressSearch, writeAddress } from '../app/addressBar';
import {
  insightsFiltersSearch,
  periodProblem,
  readInsightsFilters,
  scopeOf,
  type InsightsFilters,
} from './insightsFilters';
import type { BoardView } from '@ideabar/core';
import type { ThemeName } from '../teams/hostContext';

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

export type InsightsStatus = 'loading' | 'ready' | 'error';

export type ExportState = { state: 'idle' } | { state: 'exporting' } | { state: 'failed'; problem: string };

/**
 * The insights page's state: its filters (in the URL), the report for them, the board's cycles to filter by, and
 * IT's CSV export. A new report loads while the last one stays on screen.
 */
export function useInsightsPage({ boardId, board }: InsightsPageProps) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const search = useAddressSearch();
  const filters = useMemo(() => readInsightsFilters(search), [search]);
  const changeFilters = useCallback((change: Partial<InsightsFilters>) => {
    const next = { ...readInsightsFilters(window.location.search), ...change };
    writeAddress(insightsFiltersSearch(next, window.location.search), 'replace');
  }, []);
  const problem = periodProblem(filters, translator.t);

  const [attempt, setAttempt] = useState(0);
  const request = JSON.stringify([boardId ?? null, filters, attempt]);
  const [shown, setShown] = useState<{ request: string; report: InsightsReport } | undefined>();
  const [failed, setFailed] = useState<{ request: string; problem: string } | undefined>();

  useEffect(() => {
    if (problem) return;
    const controller = new AbortController();
    const [board, asked] = JSON.parse(request) as [string | null, InsightsFilters];
    api.insights.report(scopeOf(board ?? undefined, asked, Date.now()), controller.signal).then(
      (report) => setShown({ request, report }),
      (error: unknown) =>
        !controller.signal.aborted &&
        setFailed({ request, problem: problemMessage(translator, error, 'insights.failed.load') }),
    );
    return () => controller.abort();
  }, [api, request, problem, translator]);

  const status: InsightsStatus =
    failed?.request === request
      ? 'error'
      : shown?.request === request || (problem && shown)
        ? 'ready'
        : 'loading';
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  // The cycles to filter by: the board's, or every board's. Without them the filter only offers "All cycles",
  // which is no reason to interrupt anyone.
  const cyclesOf = boardId ?? '';
  const cycles = useLoaded(useCallback(() => api.cycles.list(cyclesOf || undefined), [api, cyclesOf]));

  const [exported, setExported] = useState<ExportState>({ state: 'idle' });
  const exportCsv = useCallback(async () => {
    setExported({ state: 'exporting' });
    try {
      const csv = await api.insights.exportIdeas(boardId);
      saveFile(csv, exportFileName(board?.name, boardId, new Date()));
      setExported({ state: 'idle' });
    } catch (error) {
      setExported({ state: 'failed', problem: problemMessage(translator, error, 'insights.failed.export') });
    }
  }, [api, board, boardId, translator]);

  return {
    filters,
    changeFilters,
    periodProblem: problem,
    status,
    report: shown?.report,
    /** A newer report is loading while this one shows. */
    refreshing: status === 'loading' && shown !== undefined,
    problem: failed?.request === request ? failed.problem : undefined,
    retry,
    cycles: cycles.value ?? [],
    exported,
    exportCsv,
  };
}

/** "ideabar-ideas-finance-2026-11-23.csv": the board and the day, so several exports sort and tell apart. */
export function exportFileName(boardName: string | undefined, boardId: string | undefined, at: Date): string {
  const slug = (boardId ? (boardName ?? boardId) : 'all boards')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const day = [at.getFullYear(), at.getMonth() + 1, at.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
  return `ideabar-ideas-${slug || 'board'}-${day}.csv`;
}

/** Hands a downloaded file to the browser as a download under the given name. */
function saveFile(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the object URL is no longer needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
