import type { StatusChange } from '../ideas/idea.js';

/** A status change as its subscribers hear of it: by IT's triage, an IT answer, an author's appeal or a merge. */
export type StatusChangedEvent = Pick<
  StatusChange,
  'tenantId' | 'ideaId' | 'id' | 'from' | 'to' | 'by' | 'at' | 'response'
>;

/** Published when IT approves an idea on a moderated board: only now may others see it, in the tab or a channel. */
export interface IdeaApprovedEvent {
  tenantId: string;
  ideaId: string;
}

/**
 * A change to an idea, as the outbox hands it to subscribers once the change is made: re-read from storage, never
 * taken from the event, so a subscriber acts on what is true. A subscriber may hear of one change more than once
 * (a retry, a second process): what it does must be safe to repeat.
 */
export type IdeaChange =
  | { kind: 'submitted' | 'approved' | 'votesChanged'; tenantId: string; ideaId: string }
  | { kind: 'commented'; tenantId: string; ideaId: string; commentId: string }
  | {
      kind: 'statusChanged' | 'answered' | 'appealed' | 'merged';
      tenantId: string;
      ideaId: string;
      change: StatusChangedEvent;
    };

/** Who acts on changes (the bot): the use cases publish them and do not know who is told or how. */
export interface IdeaEvents {
  follow(change: IdeaChange): Promise<void>;
}
