import type { HostContext } from '../../teams/hostContext';
import type { IdeaStore } from '../../board/ideaStore';

export interface IdeaDetailProps {
  ideaId: string;
  store: IdeaStore;
  host: HostContext;
  onClose(): void;
  onVote(ideaId: string): void;
  /** Tells the person something happened (link copied, comment posted). */
  onNotice(message: string, intent?: 'success' | 'error'): void;
  /** Opens another idea in place of this one (where a duplicate went); without it the link navigates. */
  onOpenIdea?(ideaId: string): void;
}
