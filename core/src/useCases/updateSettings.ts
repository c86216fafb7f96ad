import {
  CALENDAR_LIMITS,
  calendarProblems,
  normalizedCalendar,
  workingDaysOf,
  type Weekday,
} from '../calendar/workingDays.js';
import { z } from 'zod';
import type { IdeaBarContext } from '../context.js';
import { StaleVersionError, UnavailableError } from '../errors.js';
import type { Caller } from '../identity.js';
import { requireItMember } from '../members/requireItMember.js';
import { reindexNudges } from '../reminders/dueIndex.js';
import { recordChange } from '../settings/recordChange.js';
import { isKnownCurrency } from '../settings/tenantSettings.js';
import { tenantSettingsOf } from '../settings/tenantSettingsOf.js';
import { parseInput } from '../validation.js';
import { getSettings, type SettingsView } from './getSettings.js';

const CURRENCY_PROBLEM = 'Use a three-letter ISO 4217 currency code, such as USD, EUR or GBP.';
const WEEKDAY_PROBLEM = 'Use weekdays from 0 (Sunday) to 6 (Saturday).';

export const updateSettingsInput = z
  .object(
    {
      responseSlaBusinessDays: z
        .number({ error: 'Use a whole number of business days from 1 to 60.' })
        .int('Use a whole number of business days from 1 to 60.')
        .min(1, 'Use a whole number of business days from 1 to 60.')
        .max(60, 'Use a whole number of business days from 1 to 60.')
        .optional(),
      reminderLeadDays: z
        .array(z.number().int('Use whole days.').min(1, 'From 1 to 30 days.').max(30, 'From 1 to 30 days.'), {
          error: 'Send the reminder lead times as a list of days.',
        })
        .min(1, 'Keep at least one reminder.')
        .max(3, 'At most 3 reminders.')
        .optional(),
      currency: z
        .string({ error: CURRENCY_PROBLEM })
        .trim()
        .toUpperCase()
        .refine(isKnownCurrency, CURRENCY_PROBLEM)
        .optional(),
      weekendDays: z
        .array(z.number({ error: WEEKDAY_PROBLEM }).int(WEEKDAY_PROBLEM), {
          error: 'Send the weekend as a list of weekdays, 0 (Sunday) to 6 (Saturday).',
        })
        .max(7, 'Keep at least one working day in the week.')
        .optional(),
      holidays: z
        .array(
          z.object(
            {
              date: z.string({ error: 'Use a real date, as YYYY-MM-DD.' }),
              name: z.string({ error: 'Name the holiday.' }),
            },
            { error: 'Send each holiday as {date, name}.' },
          ),
          { error: 'Send the holidays as a list of {date, name}.' },
        )
        // Past the limit by far is refused before each entry is looked at; near it, calendarProblems says so.
        .max(CALENDAR_LIMITS.holidaysMax * 2, `Keep at most ${CALENDAR_LIMITS.holidaysMax} holidays.`)
        .optional(),
    },
    {
      error:
        'Send {responseSlaBusinessDays?, reminderLeadDays?, currency?, weekendDays?, holidays?} as a JSON object.',
    },
  )
  .refine(
    (input) =>
      input.responseSlaBusinessDays !== undefined ||
      input.reminderLeadDays !== undefined ||
      input.currency !== undefined ||
      input.weekendDays !== undefined ||
      input.holidays !== undefined,
    {
      message:
        'Change the response SLA, the reminder lead times, the currency, the working days, or any of them.',
      path: ['responseSlaBusinessDays'],
    },
  )
  .superRefine((input, ctx) => {
    // The working calendar's rules live in one zod-free place, which the tab checks a form against too.
    const problems = calendarProblems({
      weekendDays: input.weekendDays ?? [],
      holidays: input.holidays ?? [],
    });
    for (const { field, message, problem, limit } of problems) {
      if (field.startsWith('weekendDays') && input.weekendDays === undefined) continue;
      ctx.addIssue({
        code: 'custom',
        path: field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
        message,
        params: { problem, ...(limit === undefined ? {} : { limit }) },
      });
    }
  });

/**
 * IT changes the tenant's response SLA, reminder lead times, currency and working calendar (weekend days, holidays);
 * the change takes effect at once (waiting ideas' nudges move with the SLA and the calendar), and is audited.
 */
export async function updateSettings(
  ctx: IdeaBarContext,
  caller: Caller,
  input: unknown,
): Promise<SettingsView> {
  await requireItMember(ctx, caller, 'change the settings');
  const change = parseInput(updateSettingsInput, input);
  for (let attempt = 1; attempt <= 5; attempt++) {
    const { value: before, version } = await tenantSettingsOf(ctx, caller.tenantId);
    const after = {
      ...before,
      ...(change.responseSlaBusinessDays === undefined
        ? {}
        : { responseSlaBusinessDays: change.responseSlaBusinessDays }),
      ...(change.reminderLeadDays === undefined
        ? {}
        : { reminderLeadDays: [...new Set(change.reminderLeadDays)].sort((a, b) => b - a) }),
      ...(change.currency === undefined ? {} : { currency: change.currency }),
    };
    const calendar = normalizedCalendar({
      weekendDays: (change.weekendDays as Weekday[] | undefined) ?? before.weekendDays,
      holidays: change.holidays ?? before.holidays,
    });
    after.weekendDays = calendar.weekendDays;
    after.holidays = calendar.holidays;
    try {
      await ctx.repos.settings.save(after, version);
    } catch (error) {
      if (error instanceof StaleVersionError) continue;
      throw error;
    }
    const calendarChanged =
      JSON.stringify([after.weekendDays, after.holidays]) !==
      JSON.stringify([before.weekendDays, before.holidays]);
    if (after.responseSlaBusinessDays !== before.responseSlaBusinessDays || calendarChanged) {
      await reindexNudges(ctx, caller.tenantId, after.responseSlaBusinessDays, workingDaysOf(after));
    }
    const shown = (s: typeof before) => ({
      responseSlaBusinessDays: s.responseSlaBusinessDays,
      reminderLeadDays: s.reminderLeadDays,
      currency: s.currency,
      weekendDays: s.weekendDays,
      holidays: s.holidays,
    });
    await recordChange(ctx, caller, {
      subject: 'settings',
      summary: 'Changed the response SLA, reminder lead times, currency or working days',
      before: shown(before),
      after: shown(after),
    });
    return getSettings(ctx, caller);
  }
  throw new UnavailableError('Someone else is changing the settings right now. Please try again.', 1);
}
