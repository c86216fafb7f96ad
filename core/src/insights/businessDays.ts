import { dayStartOf, MONDAY_TO_FRIDAY, type WorkingDays } from '../calendar/workingDays.js';

const DAY = 86_400_000;

/**
 * Working time between two moments, in days, counting only the working days of the tenant's calendar (Monday to
 * Friday, UTC, unless given): Friday 18:00 to Monday 09:00 is 0.625 days in the standard week. Negative spans count
 * as zero.
 */
export function businessDaysBetween(from: Date, to: Date, days: WorkingDays = MONDAY_TO_FRIDAY): number {
  const start = from.getTime();
  const end = to.getTime();
  if (end <= start) return 0;
  let total = 0;
  for (let dayStart = dayStartOf(start); dayStart < end; dayStart += DAY) {
    if (!days.isWorkingDay(dayStart)) continue;
    total += Math.min(end, dayStart + DAY) - Math.max(start, dayStart);
  }
  return total / DAY;
}

/** The moment `count` business days after `from` (the inverse of businessDaysBetween): `from` itself for none. */
export function addBusinessDays(from: Date, count: number, days: WorkingDays = MONDAY_TO_FRIDAY): Date {
  let left = count * DAY;
  let cursor = from.getTime();
  while (left > 0) {
    const dayStart = dayStartOf(cursor);
    if (!days.isWorkingDay(dayStart)) {
      cursor = dayStart + DAY;
      continue;
    }
    const rest = dayStart + DAY - cursor;
    if (left <= rest) return new Date(cursor + left);
    left -= rest;
    cursor = dayStart + DAY;
  }
  return new Date(cursor);
}

/**
 * The p-th percentile (0–100) by linear interpolation between closest ranks, as spreadsheets' PERCENTILE.INC
 * computes it: the median of [1, 2, 3, 4] is 2.5. Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (rank - lower);
}
