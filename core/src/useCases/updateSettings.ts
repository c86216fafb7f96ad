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
    },
    { error: 'Send {responseSlaBusinessDays?, reminderLeadDays?, currency?} as a JSON object.' },
  )
  .refine(
    (input) =>
      input.responseSlaBusinessDays !== undefined ||
      input.reminderLeadDays !== undefined ||
      input.currency !== undefined,
    {
      message: 'Change the response SLA, the reminder lead times, the currency, or any of them.',
      path: ['responseSlaBusinessDays'],
    },
  );

/** IT changes the tenant's response SLA, reminder lead times and currency; the change takes effect at once, and is audited. */
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
    try {
      await ctx.repos.settings.save(after, version);
    } catch (error) {
      if (error instanceof StaleVersionError) continue;
      throw error;
    }
    if (after.responseSlaBusinessDays !== before.responseSlaBusinessDays) {
      await reindexNudges(ctx, caller.tenantId, after.responseSlaBusinessDays);
    }
    const shown = (s: typeof before) => ({
      responseSlaBusinessDays: s.responseSlaBusinessDays,
      reminderLeadDays: s.reminderLeadDays,
      currency: s.currency,
    });
    await recordChange(ctx, caller, {
      subject: 'settings',
      summary: 'Changed the response SLA, reminder lead times or currency',
      before: shown(before),
      after: shown(after),
    });
    return getSettings(ctx, caller);
  }
  throw new UnavailableError('Someone else is changing the settings right now. Please try again.', 1);
}
