import type { StatusChange } from '../ideas/idea.js';

/**
 * Published when an idea's status changes: by IT's triage, an author's appeal or a merge. The notifier (the bot)
 * listens; the use cases do not know who is told or how.
 */
export type StatusChangedEvent = Pick<
  StatusChange,
  'tenantId' | 'ideaId' | 'id' | 'from' | 'to' | 'by' | 'at' | 'response'
>;

/** Published when IT approves an idea on a moderated board: only now may others see it, in the tab or a channel. */
export interface IdeaApprovedEvent {
  tenantId: string;
  ideaId: string;
}

export interface IdeaEvents {
  statusChanged(event: StatusChangedEvent): Promise<void>;
  ideaApproved(event: IdeaApprovedEvent): Promise<void>;
}

/** For hosts without a notifier: status changes are still made and recorded, just not announced. */
export const quietEvents: IdeaEvents = {
  statusChanged: async () => undefined,
  ideaApproved: async () => undefined,
};
