import { englishTranslator, type MessageKey, type Translator } from '@ideabar/core';
import type { InsightsScope } from '../api/insightsApi';

/** The periods offered, by when the ideas were submitted; `custom` takes the `from` and `to` days. */
export const PERIODS = ['30d', '90d', '365d', 'all', 'custom'] as const;
export type Period = (typeof PERIODS)[number];

/** Each period's name in the catalog. */
export const PERIOD_LABELS: Record<Period, MessageKey> = {
  '30d': 'insights.period.30d',
  '90d': 'insights.period.90d',
  '365d': 'insights.period.365d',
  all: 'insights.period.all',
  custom: 'insights.period.custom',
};

const PERIOD_DAYS: Partial<Record<Period, number>> = { '30d': 30, '90d': 90, '365d': 365 };
const DAY_MS = 86_400_000;

/** The insights filters a shared link carries beside the board: `cycle`, `period`, and `from`/`to` days. */
export interface InsightsFilters {
  cycleId?: string;
  period: Period;
  /** Calendar days (YYYY-MM-DD), both included, for the custom period. */
  from?: string;
  to?: string;
}

export const DEFAULT_PERIOD: Period = 'all';

const isPeriod = (value: string | null): value is Period =>
  (PERIODS as readonly string[]).includes(value ?? '');
const day = (value: string | null): string | undefined =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;

export function readInsightsFilters(search: string): InsightsFilters {
  const params = new URLSearchParams(search);
  const period = params.get('period');
  return {
    cycleId: params.get('cycle')?.trim() || undefined,
    period: isPeriod(period) ? period : DEFAULT_PERIOD,
    from: day(params.get('from')),
    to: day(params.get('to')),
  };
}

/** The query string with these filters, defaults left out; the board and other pages' parameters are kept. */
export function insightsFiltersSearch(filters: InsightsFilters, current: string): string {
  const params = new URLSearchParams(current);
  const set = (name: string, value: string | undefined) =>
    value ? params.set(name, value) : params.delete(name);
  set('cycle', filters.cycleId);
  set('period', filters.period === DEFAULT_PERIOD ? undefined : filters.period);
  set('from', filters.period === 'custom' ? filters.from : undefined);
  set('to', filters.period === 'custom' ? filters.to : undefined);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** What is wrong with the custom dates, if anything, in the person's language (`t`, English unless given). */
export function periodProblem(
  filters: InsightsFilters,
  t: Translator['t'] = englishTranslator().t,
): string | undefined {
  if (filters.period !== 'custom' || !filters.from || !filters.to) return undefined;
  return filters.from > filters.to ? t('insights.period.endsBeforeStart') : undefined;
}

/**
 * What to ask GET /api/insights for. Relative periods count back from `now`; custom days run from the start of
 * `from` to the end of `to` in the person's own time zone.
 */
export function scopeOf(boardId: string | undefined, filters: InsightsFilters, now: number): InsightsScope {
  const scope: InsightsScope = {
    ...(boardId ? { boardId } : {}),
    ...(filters.cycleId ? { cycleId: filters.cycleId } : {}),
  };
  const days = PERIOD_DAYS[filters.period];
  if (days) return { ...scope, from: new Date(now - days * DAY_MS).toISOString() };
  if (filters.period !== 'custom') return scope;
  return {
    ...scope,
    ...(filters.from ? { from: startOfDay(filters.from).toISOString() } : {}),
    ...(filters.to ? { to: startOfDay(filters.to, 1).toISOString() } : {}),
  };
}

/** Local midnight at the start of the day, or of a day some days later. */
function startOfDay(isoDay: string, plusDays = 0): Date {
  const [year = 0, month = 1, date = 1] = isoDay.split('-').map(Number);
  return new Date(year, month - 1, date + plusDays);
}
