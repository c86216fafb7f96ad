import type { BoardStatus } from '../board/viewState';
import type { Sort, Translator } from '@ideabar/core';
import { IDEA_STATUSES, statusLabelKey } from '@ideabar/core/workflow';
import { safeLocale } from '../app/safeLocale';

/** The board's status filter: the two groups first, then every status on its own. */
export const BOARD_STATUSES: BoardStatus[] = ['open', 'finished', 'all', ...IDEA_STATUSES];

export function boardStatusLabel(t: Translator['t'], status: BoardStatus): string {
  switch (status) {
    case 'open':
      return t('board.filters.status.open');
    case 'finished':
      return t('board.filters.status.finished');
    case 'all':
      return t('board.filters.status.all');
    default:
      return t(statusLabelKey(status));
  }
}

export const sortLabel = (t: Translator['t'], sort: Sort): string => t(`board.filters.sort.${sort}`);

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago", in the person's locale (the translator's `formatLocale`). */
export function ageText(iso: string, locale: string, now: number = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const format = new Intl.RelativeTimeFormat(safeLocale(locale), { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'minute');
}

export function dateText(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(safeLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export const countText = (count: number, one: string, many: string, locale: string): string =>
  `${count.toLocaleString(safeLocale(locale))} ${count === 1 ? one : many}`;
