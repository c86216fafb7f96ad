/**
 * The days a cycle's form works in. A date input gives a calendar day (`yyyy-mm-dd`); the cycle starts or ends at
 * 00:00 of that day in the browser's time zone, which the form says.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 00:00 of the day in the browser's zone, as the API's ISO 8601; undefined for anything but a whole date. */
export function dayStartIso(day: string): string | undefined {
  const match = DAY.exec(day);
  if (!match) return undefined;
  const at = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/** The day `at` falls on in the browser's zone, as a date input reads it. */
export function dayOf(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The day `days` after `day` (local calendar days, so a change of summer time does not shift it). */
export function addDays(day: string, days: number): string {
  const start = new Date(dayStartIso(day) ?? Date.now());
  return dayOf(new Date(start.getFullYear(), start.getMonth(), start.getDate() + days));
}

/** The first whole day from `at` on: `at` itself when it is a midnight, else the next day. */
export function firstDayFrom(at: Date): string {
  const midnight = new Date(at.getFullYear(), at.getMonth(), at.getDate());
  return midnight.getTime() === at.getTime() ? dayOf(at) : addDays(dayOf(at), 1);
}

/** The browser's own time zone by name ("Europe/Paris"), which the form's days are read in. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
