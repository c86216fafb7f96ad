import type { Constraint } from '@ideabar/core';
import type { FieldValidation } from '../shared/useForm';

/** A decline's decision as it is being typed: nothing chosen is `''`. */
export interface DeclineDraft {
  constraint: Constraint | '';
  rule: string;
  pathToYes: string;
}

export type DeclineField = keyof DeclineDraft;

export interface DeclineFieldsProps {
  draft: DeclineDraft;
  onChange(field: DeclineField, value: string): void;
  /** The API's message for a field of the decision (`decline.rule` …). */
  validation(field: `decline.${DeclineField}`): FieldValidation;
}
