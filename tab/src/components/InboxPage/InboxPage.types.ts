import type { IdeaView } from '@ideabar/core';

export interface InboxPageProps {
  /** The board whose waiting ideas show; none for every board of the tenant. */
  boardId?: string;
  /** Board names by id, so an inbox across boards says where each idea is. */
  boardNames: ReadonlyMap<string, string>;
  locale: string;
  /** Where an idea opens in full (the board with its detail), so the link also opens in a new tab. */
  ideaHref(idea: IdeaView): string;
  onOpenIdea(idea: IdeaView): void;
}
