import { Cron, CronPattern } from 'croner';
import { z } from 'zod';

/**
 * When a board's digest goes out: a five-field cron expression (minute hour day-of-month month day-of-week) read in
 * the board's IANA time zone, at most once a day.
 */
export const DEFAULT_DIGEST_SCHEDULE = '0 9 * * 1';
export const DEFAULT_TIME_ZONE = 'UTC';

/** The schedules the bot's `digest` command offers by name; `off` means no digest. */
export const DIGEST_PRESETS = {
  weekly: DEFAULT_DIGEST_SCHEDULE,
  monthly: '0 9 1 * *',
  off: null,
} as const satisfies Record<string, string | null>;
export type DigestPreset = keyof typeof DIGEST_PRESETS;
export const DIGEST_PRESET_NAMES = Object.keys(DIGEST_PRESETS) as DigestPreset[];

const EXAMPLE = 'such as "0 9 * * 1" for Mondays at 09:00';
const cronOptions = (timeZone: string) => ({ mode: '5-part' as const, timezone: timeZone, paused: true });

/** What is wrong with a schedule, in words for the person who typed it; null when it is a good one. */
export function digestScheduleProblem(typed: string): string | null {
  const schedule = typed.trim().split(/\s+/).join(' ');
  if (schedule.split(' ').length !== 5) {
    return `Use five fields: minute, hour, day of month, month and day of week, ${EXAMPLE}.`;
  }
  let pattern: CronPattern;
  try {
    pattern = new CronPattern(schedule, undefined, { mode: '5-part' });
  } catch {
    return `This schedule does not parse. Use five cron fields, ${EXAMPLE}.`;
  }
  const chosen = (flags: number[]) => flags.filter(Boolean).length;
  if (chosen(pattern.minute) * chosen(pattern.hour) > 1) {
    return 'A digest goes out at most once a day: give one minute and one hour, such as "0 9 * * 1-5".';
  }
  // Any fixed year will do: a schedule that fires at all fires within the next four years (29 February).
  if (new Cron(schedule, cronOptions(DEFAULT_TIME_ZONE)).nextRun(new Date(Date.UTC(2024, 0, 1))) === null) {
    return 'This schedule never fires. Check the day and the month.';
  }
  return null;
}

export const digestScheduleSchema = z
  .string({ error: 'Enter the schedule as text, or null for no digest.' })
  .trim()
  .max(100, `Use at most 100 characters, ${EXAMPLE}.`)
  .transform((schedule) => schedule.split(/\s+/).join(' '))
  .superRefine((schedule, ctx) => {
    const problem = digestScheduleProblem(schedule);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** The zone's canonical IANA name ("europe/berlin" → "Europe/Berlin"), or null when it is none. */
export function canonicalTimeZone(zone: string): string | null {
  // Names only: offsets such as "+01:00" are not IANA zones, and a digest should follow daylight saving time.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

const ZONE_MESSAGE = 'Use an IANA time zone, such as "Europe/Berlin", "America/New_York" or "UTC".';

export const timeZoneSchema = z
  .string({ error: ZONE_MESSAGE })
  .trim()
  .max(64, ZONE_MESSAGE)
  .superRefine((zone, ctx) => {
    if (canonicalTimeZone(zone) === null) ctx.addIssue({ code: 'custom', message: ZONE_MESSAGE });
  })
  .transform((zone) => canonicalTimeZone(zone) ?? zone);

export interface DigestOccurrence {
  /** The fire time this digest is for. */
  at: Date;
  /** The fire time before it, which tells how long a period the digest covers. */
  previous: Date | null;
}

/** The schedule's latest fire time at or before `now` in the zone, or null when there is no schedule. */
export function latestDigest(schedule: string | null, timeZone: string, now: Date): DigestOccurrence | null {
  if (schedule === null) return null;
  const [at, previous] = new Cron(schedule, cronOptions(timeZone)).previousRuns(
    2,
    new Date(now.getTime() + 1),
  );
  return at ? { at, previous: previous ?? null } : null;
}
