import type { MessageKey } from '../i18n/catalog.js';

/*
 * The workflow of an idea: its statuses, where IT may move it from each, whether it takes votes, and the catalog key
 * of each status's words. Every face reads it from here: the API's use cases enforce it, the tab offers its moves and
 * the bot writes its labels. It imports nothing at run time, so the tab takes it as `@ideabar/core/workflow` with no
 * zod and nothing of Node (lint keeps this file free of value imports).
 */

/** The statuses IT may move an idea to; `duplicate` is reached only by merging (see mergeIdea). */
export const TRIAGE_STATUSES = [
  'new',
  'under_review',
  'planned',
  'in_progress',
  'delivered',
  'declined',
] as const;
export type TriageStatus = (typeof TRIAGE_STATUSES)[number];

export const IDEA_STATUSES = [...TRIAGE_STATUSES, 'duplicate'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

/** Ideas still on their way: what a board leads with. The others are finished (delivered, declined, duplicate). */
export const OPEN_STATUSES = [
  'new',
  'under_review',
  'planned',
  'in_progress',
] as const satisfies IdeaStatus[];
export const FINISHED_STATUSES = ['delivered', 'declined', 'duplicate'] as const satisfies IdeaStatus[];
/** A status, or one of the two groups a board is filtered by. */
export const STATUS_FILTERS = [...IDEA_STATUSES, 'open', 'finished'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const statusMatches = (filter: StatusFilter, status: IdeaStatus): boolean =>
  filter === 'open'
    ? (OPEN_STATUSES as readonly IdeaStatus[]).includes(status)
    : filter === 'finished'
      ? (FINISHED_STATUSES as readonly IdeaStatus[]).includes(status)
      : filter === status;

/** Where IT may move an idea from each status. */
export const NEXT_STATUSES: Record<IdeaStatus, readonly TriageStatus[]> = {
  new: ['under_review', 'planned', 'in_progress', 'declined'],
  under_review: ['planned', 'in_progress', 'declined'],
  planned: ['under_review', 'in_progress', 'delivered', 'declined'],
  in_progress: ['planned', 'delivered', 'declined'],
  delivered: ['in_progress'],
  declined: ['under_review', 'planned'],
  duplicate: [],
};

/**
 * Whether an idea takes new votes. A delivered idea is done and a duplicate's votes belong to the idea it was
 * merged into; a declined idea does take them, as they are the evidence for its path to yes.
 */
export const takesVotes = (status: IdeaStatus): boolean => status !== 'delivered' && status !== 'duplicate';

/** The catalog key of a status's words, which every face translates in its reader's language. */
export const statusLabelKey = (status: IdeaStatus) => `status.${status}` as const satisfies MessageKey;
