import type { CyclePhase, CycleView, Translator } from '@ideabar/core';
import { safeLocale } from '../app/safeLocale';
import { dateText } from './ideaText';

export const phaseLabel = (t: Translator['t'], phase: CyclePhase): string => t(`board.cycle.phase.${phase}`);

/** The phases in which a cycle is news on the board: it takes ideas, or votes. */
export const isCurrent = (cycle: Pick<CycleView, 'phase'>): boolean =>
  cycle.phase === 'submissions' || cycle.phase === 'voting';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * "in 8 days", "tomorrow", "in 5 hours": how far off a moment is, in days while it is weeks away (a cycle's
 * windows are), so "next week" never hides whether it is 7 or 13 days.
 */
export function untilText(iso: string, locale: string, now: number = Date.now()): string {
  const ms = Date.parse(iso) - now;
  const format = new Intl.RelativeTimeFormat(safeLocale(locale), { numeric: 'auto' });
  if (Math.abs(ms) >= 60 * DAY) return format.format(Math.round(ms / (30 * DAY)), 'month');
  if (Math.abs(ms) >= DAY) return format.format(Math.round(ms / DAY), 'day');
  if (Math.abs(ms) >= HOUR) return format.format(Math.round(ms / HOUR), 'hour');
  return format.format(Math.max(1, Math.round(ms / 60_000)), 'minute');
}

/** The moment that ends the cycle's current phase, and what it ends. */
export function closingOf(cycle: CycleView): { what: 'submissions' | 'voting'; at: string } {
  return cycle.phase === 'submissions'
    ? { what: 'submissions', at: cycle.submissionClosesAt }
    : { what: 'voting', at: cycle.votingClosesAt };
}

/** "Voting closes in 8 days (Dec 11, 2026, 12:00 AM)": relative first, then the moment in the person's locale. */
export function closesText(
  { t, formatLocale }: Translator,
  cycle: CycleView,
  now: number = Date.now(),
): string {
  const { what, at } = closingOf(cycle);
  const values = { relative: untilText(at, formatLocale, now), date: dateText(at, formatLocale) };
  return what === 'submissions'
    ? t('board.cycle.submissionsClose', values)
    : t('board.cycle.votingCloses', values);
}

/** When the cycle takes ideas and votes, in the words of where it stands now (days only, for the roadmap). */
export function cycleDates({ t, formatLocale }: Translator, cycle: CycleView): string {
  const day = (iso: string) =>
    new Intl.DateTimeFormat(safeLocale(formatLocale), { dateStyle: 'medium' }).format(new Date(iso));
  switch (cycle.phase) {
    case 'upcoming':
      return t('board.cycle.dates.upcoming', { opens: day(cycle.submissionOpensAt) });
    case 'submissions':
      return t('board.cycle.dates.submissions', {
        ideasUntil: day(cycle.submissionClosesAt),
        votesUntil: day(cycle.votingClosesAt),
      });
    case 'voting':
      return t('board.cycle.dates.voting', { votesUntil: day(cycle.votingClosesAt) });
    case 'closed':
      return t('board.cycle.dates.closed', { closed: day(cycle.votingClosesAt) });
  }
}
