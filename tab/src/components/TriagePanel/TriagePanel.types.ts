import type { IdeaView, MergeResult } from '@ideabar/core';

export interface TriagePanelProps {
  idea: IdeaView;
  /** The idea as the API answered a change, and what to tell the person in a toast. */
  onChanged(idea: IdeaView, notice: string): void;
  /** Both ideas as a merge left them. */
  onMerged(result: MergeResult, notice: string): void;
  /** The idea changed meanwhile: load it again. */
  onStale(): void;
}

/** The sections IT opens one at a time. */
export type TriageSection = 'merge' | 'partners' | 'classification' | 'cycle' | 'benefits';
