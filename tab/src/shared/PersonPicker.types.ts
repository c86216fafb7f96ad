import type { Person } from '@ideabar/core';

export interface PersonPickerProps {
  label: string;
  /** Says what the person is for; the picker adds where people come from. */
  hint?: string;
  /** The person chosen now; null is nobody. */
  value: Person | null;
  onChange(person: Person | null): void;
  /** People not to offer (those who are IT members already, for instance). */
  exclude?: readonly string[];
  /** Whether nobody is a choice (a sponsor is optional; a new IT member is not). */
  clearable?: boolean;
  /** A problem with the choice, said on the field. */
  validationMessage?: string;
  /** Teams' picker's title. */
  teamsTitle: string;
}
