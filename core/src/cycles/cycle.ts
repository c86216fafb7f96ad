import type { Person } from '../identity.js';

/**
 * A planning cycle on a board ("FY27 Q1 planning"): a window for submissions, a window for votes, and at the end
 * a ranked shortlist that goes to IT review. Ideas submitted during the submission window belong to it; IT can add
 * others while it is open.
 */
export interface Cycle {
  tenantId: string;
  boardId: string;
  id: string;
  name: string;
  submissionOpensAt: Date;
  submissionClosesAt: Date;
  votingOpensAt: Date;
  votingClosesAt: Date;
  /** Days before voting closes when the board's channel is reminded, e.g. [3, 1]. */
  reminderDaysBefore: number[];
  /** How many ideas the results shortlist. */
  shortlistSize: number;
  openedBy: Person;
  createdAt: Date;
}

export type CyclePhase = 'upcoming' | 'submissions' | 'voting' | 'closed';

/** Where a cycle stands at `at`. Submissions take precedence while both windows are open. */
export function phaseOf(cycle: Cycle, at: Date): CyclePhase {
  if (at >= cycle.votingClosesAt && at >= cycle.submissionClosesAt) return 'closed';
  if (at >= cycle.submissionOpensAt && at < cycle.submissionClosesAt) return 'submissions';
  if (at >= cycle.votingOpensAt && at < cycle.votingClosesAt) return 'voting';
  return at < cycle.submissionOpensAt ? 'upcoming' : 'voting';
}

export const takesSubmissions = (cycle: Cycle, at: Date): boolean =>
  at >= cycle.submissionOpensAt && at < cycle.submissionClosesAt;

export interface CycleView {
  id: string;
  boardId: string;
  name: string;
  submissionOpensAt: string;
  submissionClosesAt: string;
  votingOpensAt: string;
  votingClosesAt: string;
  reminderDaysBefore: number[];
  shortlistSize: number;
  openedBy: Person;
  createdAt: string;
  phase: CyclePhase;
}

export const cycleView = (cycle: Cycle, at: Date): CycleView => ({
  id: cycle.id,
  boardId: cycle.boardId,
  name: cycle.name,
  submissionOpensAt: cycle.submissionOpensAt.toISOString(),
  submissionClosesAt: cycle.submissionClosesAt.toISOString(),
  votingOpensAt: cycle.votingOpensAt.toISOString(),
  votingClosesAt: cycle.votingClosesAt.toISOString(),
  reminderDaysBefore: cycle.reminderDaysBefore,
  shortlistSize: cycle.shortlistSize,
  openedBy: cycle.openedBy,
  createdAt: cycle.createdAt.toISOString(),
  phase: phaseOf(cycle, at),
});
