import type { IdeaStatus } from '@ideabar/core';

/**
 * Where IT may move an idea from each status (docs/api.md). The same table as core's NEXT_STATUSES, written out
 * here because core's lives beside the change-status schema, and importing it would bring zod into the tab's
 * bundle. tests/tab/board/workflow.test.ts keeps the two equal; the API has the last word (409).
 */
export const NEXT_STATUSES: Record<IdeaStatus, readonly IdeaStatus[]> = {
  new: ['under_review', 'planned', 'in_progress', 'declined'],
  under_review: ['planned', 'in_progress', 'declined'],
  planned: ['under_review', 'in_progress', 'delivered', 'declined'],
  in_progress: ['planned', 'delivered', 'declined'],
  delivered: ['in_progress'],
  declined: ['under_review', 'planned'],
  duplicate: [],
};
