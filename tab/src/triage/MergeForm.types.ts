import type { IdeaView, MergeResult } from '@ideabar/core';

export interface MergeFormProps {
  idea: IdeaView;
  /** Both ideas as the merge left them, and what to tell the person. */
  onMerged(result: MergeResult, notice: string): void;
  onStale(): void;
  /** How long typing settles before the board is searched (tests pass 0). */
  searchDelayMs?: number;
}

/** The idea this one duplicates, as picked. */
export interface MergeTarget {
  id: string;
  title: string;
}
