import type { StatusChangeKind } from '../ideas/idea.js';

/**
 * Work that must follow a change even when the process that made the change dies right after it: the durable
 * outbox. Each event is recorded before the change it follows and settled (removed) once its handler has brought
 * everything that follows the change up to date. Handlers re-derive what to do from the stored truth, never from
 * the event, so running one twice, late, or after another process already did is harmless; and an event whose
 * change was never made (the write failed after the record) settles without effect, as its change's own mark is
 * not in storage.
 */
export type OutboxEvent = VotesChangedEvent | IdeaChangedEvent;

/**
 * An idea's votes changed (or are about to, in a process that may die): its idea row's copy of the count and the
 * "my votes" rows of the voters its tally lists as unlisted must follow its tally. Recorded once per idea while it
 * is busy in a process, not once per vote.
 */
export interface VotesChangedEvent {
  kind: 'votesChanged';
  tenantId: string;
  /** Unique among the tenant's pending events: one pending votesChanged per idea. */
  key: string;
  ideaId: string;
  /** When it was recorded (or last refreshed). */
  at: Date;
}

/**
 * Every other change to an idea that someone elsewhere should hear of: its submission, IT's approval on a moderated
 * board, a comment, a status change (decline and delivery included), IT's public answer that keeps the status, the
 * author's appeal and a merge.
 */
export type IdeaChangeKind =
  'submitted' | 'approved' | 'commented' | 'statusChanged' | 'answered' | 'appealed' | 'merged';

export const IDEA_CHANGE_KINDS: readonly IdeaChangeKind[] = [
  'submitted',
  'approved',
  'commented',
  'statusChanged',
  'answered',
  'appealed',
  'merged',
];

export interface IdeaChangedEvent {
  kind: IdeaChangeKind;
  tenantId: string;
  /** `kind:changeId`: one event per change. */
  key: string;
  ideaId: string;
  /**
   * The change's own mark in storage, by which a handler tells a change made from one never made: the idea's id
   * (submitted, approved), the comment's id (commented) or the status change's id (the others).
   */
  changeId: string;
  at: Date;
}

export const votesChangedKey = (ideaId: string): string => `votes-changed:${ideaId}`;

export const votesChanged = (tenantId: string, ideaId: string, at: Date): VotesChangedEvent => ({
  kind: 'votesChanged',
  tenantId,
  key: votesChangedKey(ideaId),
  ideaId,
  at,
});

export const ideaChanged = (
  kind: IdeaChangeKind,
  change: { tenantId: string; ideaId: string; changeId: string },
  at: Date,
): IdeaChangedEvent => ({
  kind,
  tenantId: change.tenantId,
  key: `${kind}:${change.changeId}`,
  ideaId: change.ideaId,
  changeId: change.changeId,
  at,
});

/** The event a status change of this kind publishes. */
export function changeKindOf(kind: StatusChangeKind): IdeaChangeKind {
  switch (kind) {
    case 'submitted':
      return 'submitted';
    case 'triage':
      return 'statusChanged';
    case 'answer':
      return 'answered';
    case 'appeal':
      return 'appealed';
    case 'merge':
      return 'merged';
  }
}
