import { Cron, CronPattern } from 'croner';
import { englishTranslator, type MessageKey, type Translator } from '@ideabar/core';
import { safeLocale } from '../app/safeLocale';

/** The schedules most boards want, and "custom" for any other five-field cron. */
export type DigestPresetId = 'off' | 'monday' | 'friday' | 'monthly' | 'custom';

export interface DigestPreset {
  id: DigestPresetId;
  /** Its name in the catalog. */
  label: MessageKey;
  /** The cron the preset stands for; null: no digest; undefined for custom, whose cron is typed. */
  cron: string | null | undefined;
}

export const DIGEST_PRESETS: readonly DigestPreset[] = [
  { id: 'off', label: 'settings.digest.off', cron: null },
  { id: 'monday', label: 'settings.digest.monday', cron: '0 9 * * 1' },
  { id: 'friday', label: 'settings.digest.friday', cron: '0 16 * * 5' },
  { id: 'monthly', label: 'settings.digest.monthly', cron: '0 9 1 * *' },
  { id: 'custom', label: 'settings.digest.custom', cron: undefined },
];

/** The digest schedule as the settings page edits it: a preset, and the cron typed for a custom one. */
export interface DigestChoice {
  preset: DigestPresetId;
  custom: string;
}

const tidy = (cron: string) => cron.trim().replace(/\s+/g, ' ');

/** Which preset a saved schedule is; anything else is custom, with its cron as typed. */
export function digestChoiceOf(schedule: string | null): DigestChoice {
  if (schedule === null) return { preset: 'off', custom: '' };
  const found = DIGEST_PRESETS.find(
    (preset) => typeof preset.cron === 'string' && preset.cron === tidy(schedule),
  );
  return found ? { preset: found.id, custom: '' } : { preset: 'custom', custom: schedule };
}

/** The schedule to save for a choice: a preset's cron, the custom cron tidied, or null for off. */
export function scheduleOf(choice: DigestChoice): string | null {
  const preset = DIGEST_PRESETS.find((p) => p.id === choice.preset);
  if (!preset || preset.cron === undefined) return tidy(choice.custom);
  return preset.cron;
}

export type SchedulePreview = { runs: Date[] } | { problem: string };

/** Croner's names for a cron's fields, as the catalog's `settings.digest.outOfRange` selects them. */
const FIELDS: Record<string, string> = {
  minute: 'minute',
  hour: 'hour',
  day: 'day',
  month: 'month',
  dayOfWeek: 'weekday',
  weekday: 'weekday',
};

/**
 * The next runs of a cron in a time zone, read as the API reads a digest schedule: five fields, at most once a
 * day. Worked out in the browser for a live preview only; the API checks the schedule again when it is saved.
 * What is wrong with it is told in the person's language (`t`, English unless given).
 */
export function previewSchedule(
  cron: string,
  timeZone: string,
  from: Date,
  count = 3,
  t: Translator['t'] = englishTranslator().t,
): SchedulePreview {
  const how = t('settings.digest.how');
  const text = tidy(cron);
  if (!text) return { problem: t('settings.digest.empty', { how }) };
  let pattern: CronPattern;
  try {
    pattern = new CronPattern(text, undefined, { mode: '5-part' });
  } catch (error) {
    const field = /Invalid value for (\w+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const which = field && FIELDS[field];
    return {
      problem: which
        ? t('settings.digest.outOfRange', { field: which, how })
        : t('settings.digest.unparsed', { how }),
    };
  }
  if (pattern.minute.filter(Boolean).length > 1 || pattern.hour.filter(Boolean).length > 1)
    return { problem: t('settings.digest.onceADay') };
  let runs: Date[];
  try {
    runs = new Cron(text, { paused: true, timezone: timeZone, mode: '5-part' }).nextRuns(count, from);
  } catch {
    return { problem: t('settings.timeZone.choose') };
  }
  if (runs.length === 0) return { problem: t('settings.digest.never') };
  return { runs };
}

/** A run as people read it: "Monday 30 November 2026 at 09:00", in the schedule's time zone. */
export function describeRun(run: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(safeLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(run);
}
