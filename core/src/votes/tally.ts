import { ConflictError } from '../errors.js';
import type { IdeaRecord } from '../ideas/idea.js';
import { heatOf } from '../ideas/ranking.js';

/** Why an idea takes no new votes: it is delivered, or it was merged into another idea, which takes them. */
export type VotesClosed =
  { status: 'delivered'; mergedInto: null } | { status: 'duplicate'; mergedInto: string };

/**
 * An idea's vote tally: one row beside its vote rows, in the same storage partition, so a vote and the tally are
 * written in one all-or-nothing transaction guarded by the tally's version. The vote rows are the truth of who
 * voted; this row is the count of them, kept exact by construction rather than by recounting.
 */
export interface IdeaTally {
  tenantId: string;
  ideaId: string;
  boardId: string;
  count: number;
  /** The trending weight of the votes as of `heatAt` (see ranking.ts); kept incrementally. */
  heat: number;
  heatAt: Date;
  /** null while the idea takes votes. */
  closed: VotesClosed | null;
  /**
   * Grows by one with every write of the tally; the idea row's copy records the seq it follows, so an older copy
   * never overwrites a newer one. A tally starts at the millisecond it was made, so one counted again after a loss
   * still outranks the copies of the one it replaces.
   */
  seq: number;
  /**
   * Voters whose "my votes" row may not follow their vote row yet. Written in the same transaction as their vote,
   * so a crash between the vote and the voter's own list leaves a note of whom to set right.
   */
  unlisted: string[];
}

/** One change a vote transaction makes: a voter's row inserted (cast) or deleted (withdraw). */
export interface VoteChange {
  userId: string;
  cast: boolean;
  /** When the vote was cast (a moved vote keeps its time) or withdrawn. */
  at: Date;
}

/** A vote transaction refused because of one change: a cast whose vote is there, a withdrawal whose is not. */
export class VoteChangeRefused extends Error {
  /** The voter whose change failed, or null when storage did not say which. */
  constructor(readonly userId: string | null) {
    super(
      userId === null
        ? 'A change in the vote batch was refused.'
        : `The vote change of ${userId} was refused.`,
    );
  }
}

/**
 * A vote refused because the idea takes no more votes. The message is for people as it is; `closed` lets a face
 * link to the idea a duplicate was merged into (the HTTP answer carries it as `error.votesClosed`).
 */
export class VotesClosedError extends ConflictError {
  constructor(readonly closed: VotesClosed) {
    super(
      closed.status === 'duplicate'
        ? `This idea was merged into ${closed.mergedInto}: vote for that one instead.`
        : 'This idea is delivered, so it takes no more votes.',
      closed.status === 'duplicate' ? 'votes_closed_merged' : 'votes_closed_delivered',
    );
  }
}

/** Declined ideas keep taking votes: they are the evidence for the path to yes. */
export function votesClosedFor(idea: Pick<IdeaRecord, 'status' | 'triage'>): VotesClosed | null {
  if (idea.status === 'delivered') return { status: 'delivered', mergedInto: null };
  if (idea.status === 'duplicate' && idea.triage.duplicateOf) {
    return { status: 'duplicate', mergedInto: idea.triage.duplicateOf };
  }
  return null;
}

/**
 * The tally after `changes`, as of `now`: count and heat follow incrementally, without reading any vote. A
 * withdrawal takes away the average weight of the idea's votes, as the time of the vote it removes is not read.
 */
export function applyChanges(tally: IdeaTally, changes: readonly VoteChange[], now: Date): IdeaTally {
  let heat = heatOf([tally.heatAt], now) * tally.heat;
  let count = tally.count;
  for (const change of changes) {
    if (change.cast) {
      heat += heatOf([change.at], now);
      count += 1;
    } else {
      heat = count > 1 ? heat - heat / count : 0;
      count = Math.max(0, count - 1);
    }
  }
  return { ...tally, count, heat, heatAt: now, seq: tally.seq + 1 };
}

/** A tally for an idea with no tally row yet, built from its vote rows (data from before tally rows, or a crash). */
export function tallyFromRows(
  idea: Pick<IdeaRecord, 'tenantId' | 'id' | 'boardId' | 'status' | 'triage'>,
  castTimes: readonly Date[],
  now: Date,
): IdeaTally {
  return {
    tenantId: idea.tenantId,
    ideaId: idea.id,
    boardId: idea.boardId,
    count: castTimes.length,
    heat: heatOf(castTimes, now),
    heatAt: now,
    closed: votesClosedFor(idea),
    seq: now.getTime(),
    unlisted: [],
  };
}
