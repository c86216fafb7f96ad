const DAY = 86_400_000;

const isWeekend = (dayStart: number): boolean => {
  const weekday = new Date(dayStart).getUTCDay();
  return weekday === 0 || weekday === 6;
};

/**
 * Working time between two moments, in days, counting Monday to Friday (UTC) and skipping weekends: Friday 18:00 to
 * Monday 09:00 is 0.625 days. Negative spans count as zero.
 */
export function businessDaysBetween(from: Date, to: Date): number {
  const start = from.getTime();
  const end = to.getTime();
  if (end <= start) return 0;
  let total = 0;
  for (let dayStart = Math.floor(start / DAY) * DAY; dayStart < end; dayStart += DAY) {
    if (isWeekend(dayStart)) continue;
    total += Math.min(end, dayStart + DAY) - Math.max(start, dayStart);
  }
  return total / DAY;
}

/** The moment `days` business days after `from` (the inverse of businessDaysBetween): `from` itself for none. */
export function addBusinessDays(from: Date, days: number): Date {
  let left = days * DAY;
  let cursor = from.getTime();
  while (left > 0) {
    const dayStart = Math.floor(cursor / DAY) * DAY;
    if (isWeekend(dayStart)) {
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
