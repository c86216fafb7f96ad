import type { TriageFormProps } from '../StatusForm/StatusForm.types';

export type CycleFormProps = TriageFormProps;
