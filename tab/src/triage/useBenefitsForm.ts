import { useState, type RefObject } from 'react';
import type { Benefit, BenefitKind } from '@ideabar/core';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import { useForm } from '../shared/useForm';
import type { TriageFormProps } from './useStatusForm';

export type BenefitsFormProps = TriageFormProps;

/** One benefit as typed: nothing chosen is `''`, and the amount is the text of a number input. */
export interface BenefitDraft {
  kind: BenefitKind | '';
  amount: string;
  note: string;
}

export type Moment = 'expected' | 'measured';

const FIELDS = [
  'expected.kind',
  'expected.amount',
  'expected.note',
  'measured.kind',
  'measured.amount',
  'measured.note',
] as const;

const draftOf = (benefit: Benefit | null): BenefitDraft => ({
  kind: benefit?.kind ?? '',
  amount: benefit?.amount === null || benefit?.amount === undefined ? '' : String(benefit.amount),
  note: benefit?.note ?? '',
});

/** An empty draft removes the benefit (null); anything else goes as typed, for the API to judge. */
export function benefitOf(draft: BenefitDraft): Partial<Benefit> | null {
  const amount = draft.amount.trim();
  const note = draft.note.trim();
  if (!draft.kind && !amount && !note) return null;
  return {
    ...(draft.kind ? { kind: draft.kind } : {}),
    amount: amount === '' ? null : Number(amount),
    note: note || null,
  };
}

/** The benefit expected at planning, and the one measured once the idea is delivered. */
export function useBenefitsForm(
  { idea, onChanged, onStale }: BenefitsFormProps,
  formRef: RefObject<HTMLFormElement | null>,
) {
  const api = useIdeaBarApi();
  const { t } = useTranslator();
  // What the idea had when the form opened; the form keeps what IT types from there.
  const [start] = useState((): Record<Moment, BenefitDraft> => ({
    expected: draftOf(idea.expectedBenefit),
    measured: draftOf(idea.measuredBenefit),
  }));
  const form = useForm(start, {
    failed: 'triage.failed.benefits',
    fields: FIELDS,
    formRef,
    onConflict: onStale,
  });
  const drafts = form.draft;
  const delivered = idea.status === 'delivered';

  const edit = (moment: Moment, field: keyof BenefitDraft, value: string) =>
    form.edit({ [moment]: { ...drafts[moment], [field]: value } }, `${moment}.${field}`);

  const submit = () =>
    form.submit(async (draft) => {
      const saved = await api.ideas.recordBenefits(idea.id, {
        expected: benefitOf(draft.expected) as Benefit | null,
        // The measured benefit is recorded once the idea is delivered; before that it is left as it is.
        ...(delivered ? { measured: benefitOf(draft.measured) as Benefit | null } : {}),
      });
      onChanged(saved, t('triage.benefits.saved'));
    });

  const { saving, problem, validation } = form;
  return { saving, problem, validation, drafts, delivered, edit, submit };
}
