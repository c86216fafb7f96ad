import type { Cycle } from './cycle.js';

const DAY_MS = 86_400_000;

/** How long after voting closes the results are still posted, for a timer that was down when it closed. */
export const RESULTS_CATCH_UP_DAYS = 7;

/** Something a cycle's board channel is told, from `at` on. */
export type CycleMoment =
  | { kind: 'announcement'; at: Date }
  | { kind: 'deadline'; daysBefore: number; at: Date }
  | { kind: 'results'; at: Date };

/**
 * What a board's channel hears about a cycle, in order: the announcement once submissions open (or once the cycle
 * is opened, when that is later), a reminder at each of its lead days before voting closes, and the results once
 * voting has closed. A lead day that falls before the announcement, or before voting opens, is left out: the
 * announcement already says when voting closes.
 */
export function cycleMoments(cycle: Cycle): CycleMoment[] {
  const closes = cycle.votingClosesAt.getTime();
  const announced = Math.max(cycle.submissionOpensAt.getTime(), cycle.createdAt.getTime());
  const moments: CycleMoment[] = [];
  if (announced < closes) moments.push({ kind: 'announcement', at: new Date(announced) });
  const leadDays = [...new Set(cycle.reminderDaysBefore)].sort((a, b) => b - a);
  for (const daysBefore of leadDays) {
    const at = closes - daysBefore * DAY_MS;
    if (at > announced && at >= cycle.votingOpensAt.getTime() && at < closes) {
      moments.push({ kind: 'deadline', daysBefore, at: new Date(at) });
    }
  }
  moments.push({ kind: 'results', at: new Date(closes) });
  return moments;
}

/**
 * The one moment due at `at`: the latest that has come. Each holds only until the next comes, so after downtime
 * the channel gets the most relevant message (the 1-day reminder, not the 3-day one as well), and results are
 * posted at most `catchUpDays` after voting closed. Null before the first moment and after the catch-up.
 */
export function cycleMomentDue(
  cycle: Cycle,
  at: Date,
  catchUpDays: number = RESULTS_CATCH_UP_DAYS,
): CycleMoment | null {
  const now = at.getTime();
  const due = cycleMoments(cycle)
    .filter((moment) => moment.at.getTime() <= now)
    .at(-1);
  if (!due) return null;
  if (due.kind === 'results' && now >= due.at.getTime() + catchUpDays * DAY_MS) return null;
  return due;
}

/** The moment's name in the outbox: each is sent once per cycle and channel, however often a timer asks. */
export function cycleMomentOccurrence(cycleId: string, moment: CycleMoment): string {
  switch (moment.kind) {
    case 'announcement':
      return `cycle:${cycleId}:announce`;
    case 'deadline':
      return `cycle:${cycleId}:closes-in-${moment.daysBefore}d`;
    case 'results':
      return `cycle:${cycleId}:results`;
  }
}

/** The earliest `votingClosesAt` of a cycle that may still have a moment due at `at`. */
export const cyclesClosingSince = (at: Date, catchUpDays: number = RESULTS_CATCH_UP_DAYS): Date =>
  new Date(at.getTime() - catchUpDays * DAY_MS);
