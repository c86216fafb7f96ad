import { isKnownCurrency, type Translator } from '@ideabar/core';
import { useTranslator } from '../app/translation';
import { useIdeaBarApi } from '../api/ideaBarApi';
import type { TenantSettingsChange, TenantSettingsView } from '../api/settingsApi';
import type { ParsedItems } from './ListField';
import type { FieldMessages, TenantSectionProps } from './SettingsPage.types';
import { useForm } from '../shared/useForm';

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
  const { t } = useTranslator();
  const form = useForm(draftOf(settings), {
    failed: 'settings.enablement.failed',
    check: (draft) => checkEnablement(draft, t),
    sayHighlighted: false,
  });

  const save = () =>
    form.submit(async (draft) => {
      const saved = await api.settings.updateSettings(changesOf(draftOf(settings), draft));
      onSettingsSaved({
        responseSlaBusinessDays: saved.responseSlaBusinessDays,
        reminderLeadDays: saved.reminderLeadDays,
        currency: saved.currency,
      });
      onChanged();
      notify(t('settings.enablement.saved'));
    });

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

function checkEnablement(draft: EnablementDraft, t: Translator['t']): FieldMessages {
  const messages: FieldMessages = {};
  const sla = Number(draft.responseSlaBusinessDays.trim());
  if (
    !wholeNumber(draft.responseSlaBusinessDays) ||
    sla < ENABLEMENT_LIMITS.slaMin ||
    sla > ENABLEMENT_LIMITS.slaMax
  )
    messages.responseSlaBusinessDays = t('settings.enablement.check.sla');
  if (draft.reminderLeadDays.length === 0) messages.reminderLeadDays = t('settings.enablement.check.keepOne');
  if (!isKnownCurrency(draft.currency.trim().toUpperCase()))
    messages.currency = t('settings.enablement.check.currency');
  return messages;
}

/** A lead time typed in: whole days from 1 to 30, not one there already, at most three in all. */
export function parseLeadDays(typed: string, days: string[], t: Translator['t']): ParsedItems {
  const text = typed.trim();
  const day = Number(text);
  if (!wholeNumber(text) || day < ENABLEMENT_LIMITS.leadMin || day > ENABLEMENT_LIMITS.leadMax)
    return { problem: t('settings.enablement.check.lead') };
  if (days.includes(String(day))) return { problem: t('settings.enablement.check.leadTaken', { days: day }) };
  if (days.length >= ENABLEMENT_LIMITS.leadsMax) return { problem: t('settings.enablement.check.leadsMax') };
  return { add: [String(day)] };
}

/** Lead times read most days first, as the API keeps them. */
export const byDaysBefore = (days: string[]) => [...days].sort((a, b) => Number(b) - Number(a));
