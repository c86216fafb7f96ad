import { Field, Input } from '@fluentui/react-components';
import { useTranslator } from '../app/translation';
import { ListField } from './ListField';
import { SettingsSection } from './SettingsSection';
import type { TenantSectionProps } from './SettingsPage.types';
import { byDaysBefore, ENABLEMENT_LIMITS, parseLeadDays, useEnablement } from './useEnablement';

/** The organisation's promise to answer, and the reminders before a cycle's vote closes. */
export function EnablementSection(props: TenantSectionProps) {
  const { draft, edit, dirty, saving, messages, problem, save, reset } = useEnablement(props);
  const { t } = useTranslator();
  const daysBefore = (day: string) => t('settings.enablement.daysBefore', { days: Number(day) });

  return (
    <SettingsSection
      title={t('settings.enablement.title')}
      intro={t('settings.enablement.intro')}
      problem={problem}
      save={{
        label: t('settings.enablement.save'),
        dirty,
        saving,
        onSave: () => void save(),
        onDiscard: reset,
      }}
    >
      <Field
        label={t('settings.enablement.sla')}
        hint={t('settings.enablement.slaHint')}
        validationState={messages.responseSlaBusinessDays ? 'error' : 'none'}
        validationMessage={messages.responseSlaBusinessDays}
      >
        <Input
          type="number"
          inputMode="numeric"
          min={ENABLEMENT_LIMITS.slaMin}
          max={ENABLEMENT_LIMITS.slaMax}
          value={draft.responseSlaBusinessDays}
          onChange={(_, d) => edit({ responseSlaBusinessDays: d.value })}
        />
      </Field>
      <ListField
        label={t('settings.enablement.reminders')}
        hint={t('settings.enablement.remindersHint')}
        addLabel={t('settings.enablement.addReminder')}
        inputMode="numeric"
        items={draft.reminderLeadDays}
        itemText={daysBefore}
        onChange={(days) => edit({ reminderLeadDays: byDaysBefore(days) })}
        parse={(typed, days) => parseLeadDays(typed, days, t)}
        validationMessage={messages.reminderLeadDays}
      />
      <Field
        label={t('settings.enablement.currency')}
        hint={t('settings.enablement.currencyHint')}
        validationState={messages.currency ? 'error' : 'none'}
        validationMessage={messages.currency}
      >
        <Input
          maxLength={3}
          autoComplete="off"
          value={draft.currency}
          onChange={(_, d) => edit({ currency: d.value })}
        />
      </Field>
    </SettingsSection>
  );
}
