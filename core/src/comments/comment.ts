import type { Person } from '../identity.js';

export interface Comment {
  tenantId: string;
  ideaId: string;
  /** Time-ordered, so storage returns comments oldest first. */
  id: string;
  author: Person;
  text: string;
  createdAt: Date;
}

export interface CommentView {
  id: string;
  ideaId: string;
  author: Person;
  text: string;
  createdAt: string;
}

export const commentView = (comment: Comment): CommentView => ({
  id: comment.id,
  ideaId: comment.ideaId,
  author: comment.author,
  text: comment.text,
  createdAt: comment.createdAt.toISOString(),
});
