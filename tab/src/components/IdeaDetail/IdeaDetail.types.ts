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
}
