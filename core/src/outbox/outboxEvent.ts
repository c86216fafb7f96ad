/**
 * Work that must follow a change even when the process that made the change dies right after it: the durable
 * outbox. Each event is recorded before the change it follows and settled (removed) once its handler has brought
 * everything that follows the change up to date. Handlers re-derive what to do from the stored truth, never from
 * the event, so running one twice, late, or after another process already did is harmless.
 *
 * Kinds are added here as side effects move onto this road (see docs/architecture.md).
 */
export type OutboxEvent = VotesChangedEvent;

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

export const votesChangedKey = (ideaId: string): string => `votes-changed:${ideaId}`;

export const votesChanged = (tenantId: string, ideaId: string, at: Date): VotesChangedEvent => ({
  kind: 'votesChanged',
  tenantId,
  key: votesChangedKey(ideaId),
  ideaId,
  at,
});
