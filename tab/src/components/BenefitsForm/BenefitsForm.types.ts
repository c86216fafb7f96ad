import type { BenefitKind } from '@ideabar/core';
import type { TriageFormProps } from '../StatusForm/StatusForm.types';

export type BenefitsFormProps = TriageFormProps;

/** One benefit as typed: nothing chosen is `''`, and the amount is the text of a number input. */
export interface BenefitDraft {
  kind: BenefitKind | '';
  amount: string;
  note: string;
}

export type Moment = 'expected' | 'measured';
