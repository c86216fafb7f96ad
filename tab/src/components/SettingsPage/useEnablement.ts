import { isKnownCurrency } from '@ideabar/core';
import { useIdeaBarApi } from '../../api/ideaBarApi';
import type { TenantSettingsChange, TenantSettingsView } from '../../api/settingsApi';
import type { ParsedItems } from './ListField';
import type { FieldMessages, TenantSectionProps } from './SettingsPage.types';
import { useSectionForm } from './useSectionForm';

export interface EnablementDraft {
  /** As typed, so a half-typed number is never lost or rounded away. */
  responseSlaBusinessDays: string;
  /** Days before a cycle's voting closes, most days first. */
  reminderLeadDays: string[];
  /** ISO 4217, as typed: insights count benefits' money in it. */
  currency: string;
}

/** The API's limits (PUT /api/settings). */
export const ENABLEMENT_LIMITS = { slaMin: 1, slaMax: 60, leadMin: 1, leadMax: 30, leadsMax: 3 } as const;

const draftOf = (settings: TenantSettingsView): EnablementDraft => ({
  responseSlaBusinessDays: String(settings.responseSlaBusinessDays),
  reminderLeadDays: settings.reminderLeadDays.map(String),
  currency: settings.currency,
});

/** How fast IT promises a first answer, and how long before a vote closes people are reminded. */
export function useEnablement({ settings, notify, onSettingsSaved, onChanged }: TenantSectionProps) {
  const api = useIdeaBarApi();
  const form = useSectionForm(draftOf(settings), notify, { check: checkEnablement });

  const save = () =>
    form.save(
      async (draft) => {
        const saved = await api.settings.updateSettings(changesOf(draftOf(settings), draft));
        onSettingsSaved({
          responseSlaBusinessDays: saved.responseSlaBusinessDays,
          reminderLeadDays: saved.reminderLeadDays,
          currency: saved.currency,
        });
        onChanged();
      },
      { doing: 'save the enablement settings', done: 'Saved the enablement settings.' },
    );

  return { ...form, save };
}

function changesOf(saved: EnablementDraft, draft: EnablementDraft): TenantSettingsChange {
  const change: TenantSettingsChange = {};
  if (draft.responseSlaBusinessDays.trim() !== saved.responseSlaBusinessDays)
    change.responseSlaBusinessDays = Number(draft.responseSlaBusinessDays.trim());
  if (draft.reminderLeadDays.join() !== saved.reminderLeadDays.join())
    change.reminderLeadDays = draft.reminderLeadDays.map(Number);
  if (draft.currency.trim().toUpperCase() !== saved.currency)
    change.currency = draft.currency.trim().toUpperCase();
  return change;
}

const wholeNumber = (text: string) => /^\d+$/.test(text.trim());

function checkEnablement(draft: EnablementDraft): FieldMessages {
  const messages: FieldMessages = {};
  const sla = Number(draft.responseSlaBusinessDays.trim());
  if (
    !wholeNumber(draft.responseSlaBusinessDays) ||
    sla < ENABLEMENT_LIMITS.slaMin ||
    sla > ENABLEMENT_LIMITS.slaMax
  )
    messages.responseSlaBusinessDays = 'Use a whole number of business days from 1 to 60.';
  if (draft.reminderLeadDays.length === 0) messages.reminderLeadDays = 'Keep at least one reminder.';
  if (!isKnownCurrency(draft.currency.trim().toUpperCase()))
    messages.currency = 'Use a three-letter ISO 4217 currency code, such as USD, EUR or GBP.';
  return messages;
}

/** A lead time typed in: whole days from 1 to 30, not one there already, at most three in all. */
export function parseLeadDays(typed: string, days: string[]): ParsedItems {
  const text = typed.trim();
  const day = Number(text);
  if (!wholeNumber(text) || day < ENABLEMENT_LIMITS.leadMin || day > ENABLEMENT_LIMITS.leadMax)
    return { problem: 'Use a whole number of days from 1 to 30.' };
  if (days.includes(String(day)))
    return { problem: `There is a reminder ${day} ${day === 1 ? 'day' : 'days'} before already.` };
  if (days.length >= ENABLEMENT_LIMITS.leadsMax) return { problem: 'At most 3 reminders: remove one first.' };
  return { add: [String(day)] };
}

/** Lead times read most days first, as the API keeps them. */
export const byDaysBefore = (days: string[]) => [...days].sort((a, b) => Number(b) - Number(a));
