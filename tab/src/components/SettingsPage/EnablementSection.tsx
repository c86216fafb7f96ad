import { Field, Input } from '@fluentui/react-components';
import { ListField } from './ListField';
import { SettingsSection } from './SettingsSection';
import type { TenantSectionProps } from './SettingsPage.types';
import { byDaysBefore, ENABLEMENT_LIMITS, parseLeadDays, useEnablement } from './useEnablement';

const daysBefore = (day: string) => `${day} ${day === '1' ? 'day' : 'days'} before`;

/** The organisation's promise to answer, and the reminders before a cycle's vote closes. */
export function EnablementSection(props: TenantSectionProps) {
  const { draft, edit, dirty, saving, messages, problem, save, reset } = useEnablement(props);

  return (
    <SettingsSection
      title="Enablement"
      intro="How quickly IT answers new ideas, when people are reminded to vote, and the currency benefits are counted in. For every board."
      problem={problem}
      save={{ label: 'Save enablement', dirty, saving, onSave: () => void save(), onDiscard: reset }}
    >
      <Field
        label="Response SLA (business days)"
        hint="IT’s first public answer to a new idea, Monday to Friday, from 1 to 60 days. Insights measure against it."
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
        label="Reminders before voting closes (days)"
        hint="Up to 3 reminders, each 1 to 30 days before a cycle’s voting closes."
        addLabel="Add reminder"
        inputMode="numeric"
        items={draft.reminderLeadDays}
        itemText={daysBefore}
        onChange={(days) => edit({ reminderLeadDays: byDaysBefore(days) })}
        parse={parseLeadDays}
        validationMessage={messages.reminderLeadDays}
      />
      <Field
        label="Currency"
        hint="The ISO 4217 code money is counted in, such as USD, EUR or GBP: Insights show delivered cost savings in it."
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
