import type { TriageFormProps } from '../StatusForm/StatusForm.types';

/** Shown only to the author of a declined idea that has not been appealed yet. */
export type AppealFormProps = TriageFormProps;
