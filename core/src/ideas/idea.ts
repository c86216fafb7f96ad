import type { Person } from '../identity.js';

export const IDEA_STATUSES = [
  'new',
  'under_review',
  'planned',
  'in_progress',
  'delivered',
  'declined',
  'duplicate',
] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

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
}

/** An idea as one person sees it. */
export interface IdeaView {
  id: string;
  boardId: string;
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
  };
}

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
}

export interface StatusChangeView {
  id: string;
  from: IdeaStatus | null;
  to: IdeaStatus;
  by: Person;
  at: string;
  response: string | null;
}

export const statusChangeView = (change: StatusChange): StatusChangeView => ({
  id: change.id,
  from: change.from,
  to: change.to,
  by: change.by,
  at: change.at.toISOString(),
  response: change.response,
});
