import { useRef } from 'react';
import { Dropdown, Field, Input, Option, Text, useId } from '@fluentui/react-components';
import { BENEFIT_KINDS, type BenefitKind } from '@ideabar/core';
import type { FieldValidation } from '../../board/useTriageAction';
import { BENEFIT_KIND_LABELS, TRIAGE_LIMITS } from '../../board/triageText';
import { SaveButton } from '../SaveButton/SaveButton';
import { TriageForm } from '../TriageForm/TriageForm';
import { useBenefitsFormStyles } from './BenefitsForm.styles';
import type { BenefitDraft, BenefitsFormProps, Moment } from './BenefitsForm.types';
import { useBenefitsForm } from './useBenefitsForm';

const AMOUNT_LABELS: Record<BenefitKind | '', string> = {
  hours_saved_per_month: 'Hours per month',
  cost_saved: 'Amount saved',
  uptime_percent: 'Uptime in percent',
  other: 'Amount (optional)',
  '': 'Amount',
};

/** What the idea was expected to bring when planned, and what it brought once delivered. */
export function BenefitsForm(props: BenefitsFormProps) {
  const styles = useBenefitsFormStyles();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useBenefitsForm(props, formRef);

  return (
    <TriageForm
      name={{ label: 'Benefits' }}
      formRef={formRef}
      saving={form.saving}
      problem={form.problem}
      onSubmit={form.submit}
      className={styles.form}
      actions={<SaveButton saving={form.saving}>Save benefits</SaveButton>}
    >
      <BenefitFields
        moment="expected"
        title="Expected, at planning"
        draft={form.drafts.expected}
        onEdit={form.edit}
        validation={form.validation}
      />
      {form.delivered ? (
        <BenefitFields
          moment="measured"
          title="Measured, after delivery"
          draft={form.drafts.measured}
          onEdit={form.edit}
          validation={form.validation}
        />
      ) : (
        <Text size={200}>The measured benefit can be recorded once the idea is delivered.</Text>
      )}
      <Text size={200}>Leave a benefit empty to remove it.</Text>
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
  const headingId = useId(`benefit-${moment}`);
  const kindLabel = moment === 'expected' ? 'Expected benefit' : 'Measured benefit';
  return (
    <div role="group" aria-labelledby={headingId} className={styles.group}>
      <h4 id={headingId} className={styles.heading}>
        {title}
      </h4>
      <Field label={kindLabel} {...validation(`${moment}.kind`)}>
        <Dropdown
          placeholder="Choose a kind"
          value={draft.kind ? BENEFIT_KIND_LABELS[draft.kind] : ''}
          selectedOptions={draft.kind ? [draft.kind] : []}
          onOptionSelect={(_, data) => onEdit(moment, 'kind', data.optionValue ?? '')}
        >
          {BENEFIT_KINDS.map((kind) => (
            <Option key={kind} value={kind}>
              {BENEFIT_KIND_LABELS[kind]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={AMOUNT_LABELS[draft.kind]} {...validation(`${moment}.amount`)}>
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
        label={`${moment === 'expected' ? 'Expected' : 'Measured'} benefit note`}
        hint={draft.kind === 'other' ? 'Describe the benefit.' : 'Optional: how it was worked out.'}
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
