import { MONDAY_TO_FRIDAY, type WorkingDays } from '../calendar/workingDays.js';
import type { IdeaRecord } from '../ideas/idea.js';
import { businessDaysBetween, percentile } from './businessDays.js';

/** Where one idea stands against the response SLA at a moment: answered (in or out of time) or still waiting. */
export type ResponseOutcome =
  { kind: 'answered'; businessDays: number; withinSla: boolean } | { kind: 'waiting'; pastDue: boolean };

/**
 * The one reading of an idea's first response that every figure shares. IT's first public answer counts, whether it
 * moved the status or not (`firstResponseAt` is set by either); an idea still waiting misses the SLA once it is past
 * due, and until then is not measured.
 */
export function responseOutcomeOf(
  idea: IdeaRecord,
  at: Date,
  slaBusinessDays: number,
  days: WorkingDays = MONDAY_TO_FRIDAY,
): ResponseOutcome {
  const answered = idea.triage.firstResponseAt;
  if (answered) {
    const businessDays = businessDaysBetween(idea.createdAt, answered, days);
    return { kind: 'answered', businessDays, withinSla: businessDays <= slaBusinessDays };
  }
  return { kind: 'waiting', pastDue: businessDaysBetween(idea.createdAt, at, days) > slaBusinessDays };
}

/** How IT responded to the ideas submitted in one calendar month (UTC). */
export interface MonthOfResponses {
  /** "2026-03". */
  month: string;
  /** Ideas submitted in the month. */
  ideas: number;
  answered: number;
  /** Business days to the first answer, over the month's answered ideas; null when none was answered. */
  medianBusinessDays: number | null;
  p90BusinessDays: number | null;
  /** Answered within the SLA, out of `slaMeasured`: the answered ideas plus those still waiting past due. */
  withinSla: number;
  slaMeasured: number;
  /** withinSla / slaMeasured, null when nothing is measured (a gap, not a zero). */
  withinShare: number | null;
}

/** The trend spans at most this many months. */
export const TREND_MONTHS = 12;

/**
 * Responsiveness per month of submission: the last twelve months up to `at` (or up to the end of the period asked
 * for), starting no earlier than the period's start. Every month of the span is listed, empty ones with nulls, so
 * a chart shows a gap rather than a zero. Duplicates count through the idea they were merged into, as in
 * insightsOf.
 */
export function responseTrendOf(
  all: readonly IdeaRecord[],
  at: Date,
  slaBusinessDays: number,
  period: { from?: Date; to?: Date } = {},
  days: WorkingDays = MONDAY_TO_FRIDAY,
): MonthOfResponses[] {
  const end = Math.min(monthIndex(at), period.to ? monthIndex(new Date(period.to.getTime() - 1)) : Infinity);
  const start = Math.max(end - TREND_MONTHS + 1, period.from ? monthIndex(period.from) : -Infinity);
  const months = new Map<number, { ideas: number; days: number[]; within: number; missedWaiting: number }>();
  for (let index = start; index <= end; index++)
    months.set(index, { ideas: 0, days: [], within: 0, missedWaiting: 0 });

  for (const idea of all) {
    if (idea.status === 'duplicate') continue;
    const month = months.get(monthIndex(idea.createdAt));
    if (!month) continue;
    month.ideas += 1;
    const outcome = responseOutcomeOf(idea, at, slaBusinessDays, days);
    if (outcome.kind === 'answered') {
      month.days.push(outcome.businessDays);
      if (outcome.withinSla) month.within += 1;
    } else if (outcome.pastDue) {
      month.missedWaiting += 1;
    }
  }

  return [...months.entries()].map(([index, month]) => {
    const slaMeasured = month.days.length + month.missedWaiting;
    return {
      month: monthName(index),
      ideas: month.ideas,
      answered: month.days.length,
      medianBusinessDays: round(percentile(month.days, 50)),
      p90BusinessDays: round(percentile(month.days, 90)),
      withinSla: month.within,
      slaMeasured,
      withinShare: slaMeasured === 0 ? null : round(month.within / slaMeasured),
    };
  });
}

/** Months since January of year 0, in UTC: consecutive months are consecutive numbers. */
const monthIndex = (moment: Date): number => moment.getUTCFullYear() * 12 + moment.getUTCMonth();

const monthName = (index: number): string =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

const round = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 1000) / 1000;
