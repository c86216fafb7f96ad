import type { Ref } from 'react';
import type { IdeaView, StatusChangeView } from '@ideabar/core';
import type { IdeaStore } from '../shared/ideaStore';

export interface TriageSummaryProps {
  idea: IdeaView;
  /** The idea's status history, oldest first, once loaded: IT's latest public response is read from it. */
  history: readonly StatusChangeView[] | undefined;
  /** Where the idea a duplicate was merged into is looked up (and kept, once fetched). */
  store: IdeaStore;
  locale: string;
  /** Whether the person reading is the idea's author: the summary speaks to them about their appeal. */
  isAuthor: boolean;
  /** Opens another idea in the detail (a duplicate's target); without it the link navigates. */
  onOpenIdea?(ideaId: string): void;
  /** The section's heading, which takes focus when a form that was open (an appeal, a merge) goes away. */
  headingRef?: Ref<HTMLHeadingElement>;
}
