import type { IdeaView } from '@ideabar/core';

export interface TriageFormProps {
  idea: IdeaView;
  /** The idea as the API answered the change, and what to tell the person in a toast. */
  onChanged(idea: IdeaView, notice: string): void;
  /** The idea changed meanwhile (a 409): load it again so the form offers what it can now. */
  onStale(): void;
}

export type StatusFormProps = TriageFormProps;
