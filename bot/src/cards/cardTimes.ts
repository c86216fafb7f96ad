/**
 * Moments as a card shows them. Teams formats `{{DATE()}}` and `{{TIME()}}` in the reader's own language and time
 * zone, so a reminder posted to a channel reads right wherever its members are; both take RFC 3339 without
 * fractions of a second.
 */
const rfc3339 = (at: Date): string => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

export const cardDate = (at: Date): string => `{{DATE(${rfc3339(at)}, SHORT)}}`;

export const cardDateTime = (at: Date): string => `{{DATE(${rfc3339(at)}, SHORT)}} {{TIME(${rfc3339(at)})}}`;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A stretch of time in the largest unit that reads naturally, for a catalog message to word: 3 days, 20 hours. */
export interface TimeLeft {
  unit: 'day' | 'hour' | 'minute';
  count: number;
}

/** How long from `from` until `until`: days from two days on, hours from two hours on, else minutes (at least 1). */
export function timeLeft(from: Date, until: Date): TimeLeft {
  const ms = Math.max(0, until.getTime() - from.getTime());
  if (ms >= 2 * DAY) return { unit: 'day', count: Math.round(ms / DAY) };
  if (ms >= 2 * HOUR) return { unit: 'hour', count: Math.round(ms / HOUR) };
  return { unit: 'minute', count: Math.max(1, Math.round(ms / MINUTE)) };
}
