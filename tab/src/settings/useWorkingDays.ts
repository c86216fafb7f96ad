import {
  CALENDAR_LIMITS,
  calendarProblems,
  type CalendarProblem,
  type Holiday,
  type Translator,
  type Weekday,
} from '@ideabar/core';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import type { FieldMessages, TenantSectionProps } from './SettingsPage.types';
import { useForm } from '../shared/useForm';

export interface WorkingDaysDraft {
  weekendDays: Weekday[];
  /** As typed: a date input gives `YYYY-MM-DD`, or nothing while it is incomplete. */
  holidays: Holiday[];
}

const draftOf = (settings: TenantSectionProps['settings']): WorkingDaysDraft => ({
  weekendDays: settings.weekendDays,
  holidays: settings.holidays,
});

/** A calendar's problem in the reader's language, under the field it belongs to. */
function messageOf({ rule, limit }: CalendarProblem, t: Translator['t']): string {
  switch (rule) {
    case 'tooMany':
      return t('calendar.check.tooMany', { max: limit ?? CALENDAR_LIMITS.holidaysMax });
    case 'nameTooLong':
      return t('calendar.check.nameTooLong', { max: limit ?? CALENDAR_LIMITS.holidayNameMax });
    default:
      return t(`calendar.check.${rule}`);
  }
}

/** The same rules as the API (core's calendarProblems), checked before asking it: each under its own field. */
const checkWorkingDays = (draft: WorkingDaysDraft, t: Translator['t']): FieldMessages =>
  Object.fromEntries(calendarProblems(draft).map((problem) => [problem.field, messageOf(problem, t)]));

/** The tenant's weekend days and holidays, which every business-day figure skips. */
export function useWorkingDays({ settings, notify, onSettingsSaved, onChanged }: TenantSectionProps) {
  const api = useIdeaBarApi();
  const { t } = useTranslator();
  const form = useForm(draftOf(settings), {
    failed: 'calendar.failed',
    check: (draft) => checkWorkingDays(draft, t),
    sayHighlighted: false,
  });
  // A message stays only while its problem does: fixing a holiday's date clears what was said under it.
  const standing = new Set(calendarProblems(form.draft).map((problem) => problem.field));
  const messageFor = (field: string): string | undefined =>
    standing.has(field) || field === 'holidays' ? form.messages[field] : undefined;

  const toggleWeekday = (day: Weekday, off: boolean) =>
    form.edit({
      weekendDays: (off
        ? [...form.draft.weekendDays, day]
        : form.draft.weekendDays.filter((other) => other !== day)
      ).sort((a, b) => a - b),
    });
  const editHoliday = (index: number, change: Partial<Holiday>) =>
    form.edit({
      holidays: form.draft.holidays.map((holiday, at) =>
        at === index ? { ...holiday, ...change } : holiday,
      ),
    });
  const addHoliday = () => form.edit({ holidays: [...form.draft.holidays, { date: '', name: '' }] });
  const removeHoliday = (index: number) =>
    form.edit({ holidays: form.draft.holidays.filter((_, at) => at !== index) });

  const save = () =>
    form.submit(async (draft) => {
      const saved = await api.settings.updateSettings({
        weekendDays: draft.weekendDays,
        holidays: draft.holidays,
      });
      onSettingsSaved({ weekendDays: saved.weekendDays, holidays: saved.holidays });
      onChanged();
      notify(t('calendar.saved'));
    });

  return { ...form, messageFor, toggleWeekday, editHoliday, addHoliday, removeHoliday, save };
}
