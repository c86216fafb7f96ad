import type { Person } from '../identity.js';
import type { IdeaStatus } from './workflow.js';
import { triageView, type Decline, type IdeaTriage, type TriageView } from './triage.js';

export const IDEA_LIMITS = {
  titleMin: 3,
  titleMax: 120,
  descriptionMax: 4_000,
  categoryMax: 60,
  tagMax: 30,
  tagsMax: 5,
  commentMax: 2_000,
} as const;

/**
 * An idea as stored. `votes` and `commentCount` are tallies derived from the vote and comment records, which are
 * the truth; `heat` is the trending weight of the votes at `heatAt` (see ranking.ts).
 */
export interface IdeaRecord {
  tenantId: string;
  id: string;
  boardId: string;
  title: string;
  description: string;
  category: string | null;
  tags: string[];
  status: IdeaStatus;
  author: Person;
  createdAt: Date;
  updatedAt: Date;
  votes: number;
  commentCount: number;
  heat: number;
  heatAt: Date;
  triage: IdeaTriage;
  /** The planning cycle the idea belongs to, if any. */
  cycleId: string | null;
  /**
   * The latest status change, written with the idea in one operation. The history table is its archive: should
   * appending there fail, the idea still carries the change, and the next change or read puts it in the archive.
   */
  lastChange: StatusChange | null;
}

/** An idea as one person sees it. */
export interface IdeaView extends TriageView {
  id: string;
  boardId: string;
  cycleId: string | null;
  title: string;
  description: string;
  category: string | null;
  tags: string[];
  status: IdeaStatus;
  votes: number;
  myVote: boolean;
  commentCount: number;
  author: Person;
  createdAt: string;
  updatedAt: string;
}

export function viewOf(record: IdeaRecord, myVote: boolean): IdeaView {
  return {
    id: record.id,
    boardId: record.boardId,
    cycleId: record.cycleId,
    title: record.title,
    description: record.description,
    category: record.category,
    tags: record.tags,
    status: record.status,
    votes: record.votes,
    myVote,
    commentCount: record.commentCount,
    author: record.author,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    ...triageView(record.triage),
  };
}

/**
 * Why a status changed: the submission itself, IT's triage, the author's appeal, or a merge into another idea; or
 * no change at all: IT's public answer that keeps the status (from and to are the same).
 */
export type StatusChangeKind = 'submitted' | 'triage' | 'appeal' | 'merge' | 'answer';

/** One entry of an idea's status history: who moved it, when, and what IT said in public. */
export interface StatusChange {
  tenantId: string;
  ideaId: string;
  id: string;
  from: IdeaStatus | null;
  to: IdeaStatus;
  by: Person;
  at: Date;
  response: string | null;
  kind: StatusChangeKind;
  /** The reasoning, when this change declined the idea. */
  decline: Decline | null;
}

export interface StatusChangeView {
  id: string;
  from: IdeaStatus | null;
  to: IdeaStatus;
  by: Person;
  at: string;
  response: string | null;
  kind: StatusChangeKind;
  decline: Decline | null;
}

export const statusChangeView = (change: StatusChange): StatusChangeView => ({
  id: change.id,
  from: change.from,
  to: change.to,
  by: change.by,
  at: change.at.toISOString(),
  response: change.response,
  kind: change.kind,
  decline: change.decline,
});
