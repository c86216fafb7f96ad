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

/** How long from `from` until `until`, in the largest unit that reads naturally: "3 days", "20 hours", "45 minutes". */
export function timeLeft(from: Date, until: Date): string {
  const ms = Math.max(0, until.getTime() - from.getTime());
  const [count, unit] =
    ms >= 2 * DAY
      ? [Math.round(ms / DAY), 'day']
      : ms >= 2 * HOUR
        ? [Math.round(ms / HOUR), 'hour']
        : [Math.max(1, Math.round(ms / MINUTE)), 'minute'];
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
