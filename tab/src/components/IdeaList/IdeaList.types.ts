import type { IdeaStore } from '../../board/ideaStore';

export interface IdeaListProps {
  ids: string[];
  store: IdeaStore;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore(): void;
  onVote(ideaId: string): void;
  onOpen(ideaId: string): void;
  onTag(tag: string): void;
}
