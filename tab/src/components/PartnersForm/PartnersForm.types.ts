import type { TriageFormProps } from '../StatusForm/StatusForm.types';

export type PartnersFormProps = TriageFormProps;

/** Someone IT can name as an idea's IT partner. */
export interface ItMemberChoice {
  id: string;
  name: string;
}
