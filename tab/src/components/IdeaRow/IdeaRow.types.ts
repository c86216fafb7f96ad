import type { IdeaStore } from '../../board/ideaStore';

export interface IdeaRowProps {
  ideaId: string;
  store: IdeaStore;
  onVote(ideaId: string): void;
  onOpen(ideaId: string): void;
  onTag(tag: string): void;
  /** Where the row sits in the feed (1-based), and how many there are (-1 while more pages may come). */
  position?: number;
  setSize?: number;
}
