import { useRef } from 'react';
import { Dropdown, Field, Input, Option, Text, useId } from '@fluentui/react-components';
import { BENEFIT_KINDS, type BenefitKind, type MessageKey } from '@ideabar/core';
import { useTranslator } from '../app/translation';
import type { FieldValidation } from '../shared/useForm';
import { TRIAGE_LIMITS } from './triageText';
import { SaveButton } from '../shared/SaveButton';
import { TriageForm } from './TriageForm';
import { useBenefitsFormStyles } from './BenefitsForm.styles';
import type { BenefitDraft, BenefitsFormProps, Moment } from './useBenefitsForm';
import { useBenefitsForm } from './useBenefitsForm';

const AMOUNT_LABELS: Record<BenefitKind | '', MessageKey> = {
  hours_saved_per_month: 'triage.benefits.amount.hours',
  cost_saved: 'triage.benefits.amount.cost',
  uptime_percent: 'triage.benefits.amount.uptime',
  other: 'triage.benefits.amount.other',
  '': 'triage.benefits.amount',
};

/** What the idea was expected to bring when planned, and what it brought once delivered. */
export function BenefitsForm(props: BenefitsFormProps) {
  const styles = useBenefitsFormStyles();
  const { t } = useTranslator();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useBenefitsForm(props, formRef);

  return (
    <TriageForm
      name={{ label: t('triage.benefits.form') }}
      formRef={formRef}
      saving={form.saving}
      problem={form.problem}
      onSubmit={form.submit}
      className={styles.form}
      actions={<SaveButton saving={form.saving}>{t('triage.benefits.save')}</SaveButton>}
    >
      <BenefitFields
        moment="expected"
        title={t('triage.benefits.expected.title')}
        draft={form.drafts.expected}
        onEdit={form.edit}
        validation={form.validation}
      />
      {form.delivered ? (
        <BenefitFields
          moment="measured"
          title={t('triage.benefits.measured.title')}
          draft={form.drafts.measured}
          onEdit={form.edit}
          validation={form.validation}
        />
      ) : (
        <Text size={200}>{t('triage.benefits.measuredLater')}</Text>
      )}
      <Text size={200}>{t('triage.benefits.emptyRemoves')}</Text>
    </TriageForm>
  );
}

interface BenefitFieldsProps {
  moment: Moment;
  title: string;
  draft: BenefitDraft;
  onEdit(moment: Moment, field: keyof BenefitDraft, value: string): void;
  validation(field: string): FieldValidation;
}

function BenefitFields({ moment, title, draft, onEdit, validation }: BenefitFieldsProps) {
  const styles = useBenefitsFormStyles();
  const { t } = useTranslator();
  const headingId = useId(`benefit-${moment}`);
  return (
    <div role="group" aria-labelledby={headingId} className={styles.group}>
      <h4 id={headingId} className={styles.heading}>
        {title}
      </h4>
      <Field label={t(`triage.benefits.${moment}.kind`)} {...validation(`${moment}.kind`)}>
        <Dropdown
          clearButton={{ 'aria-label': t('form.clearSelection') }}
          placeholder={t('triage.benefits.kindPlaceholder')}
          value={draft.kind ? t(`triage.benefitKind.${draft.kind}`) : ''}
          selectedOptions={draft.kind ? [draft.kind] : []}
          onOptionSelect={(_, data) => onEdit(moment, 'kind', data.optionValue ?? '')}
        >
          {BENEFIT_KINDS.map((kind) => (
            <Option key={kind} value={kind}>
              {t(`triage.benefitKind.${kind}`)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t(AMOUNT_LABELS[draft.kind])} {...validation(`${moment}.amount`)}>
        <Input
          type="number"
          inputMode="decimal"
          min={0}
          value={draft.amount}
          onChange={(_, data) => onEdit(moment, 'amount', data.value)}
        />
      </Field>
      <Field
        className={styles.note}
        label={t(`triage.benefits.${moment}.note`)}
        hint={t(draft.kind === 'other' ? 'triage.benefits.noteHint.other' : 'triage.benefits.noteHint')}
        {...validation(`${moment}.note`)}
      >
        <Input
          value={draft.note}
          maxLength={TRIAGE_LIMITS.benefitNoteMax}
          onChange={(_, data) => onEdit(moment, 'note', data.value)}
        />
      </Field>
    </div>
  );
}
