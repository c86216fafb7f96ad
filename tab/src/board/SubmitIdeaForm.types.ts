import type { IdeaView } from '@ideabar/core';

export interface SubmitIdeaFormProps {
  open: boolean;
  boardId?: string;
  onClose(): void;
  onSubmitted(idea: IdeaView): void;
  /** Opens an existing idea, when the person finds theirs is already on the board. */
  onOpenIdea(ideaId: string): void;
  /** How long the title must rest before similar ideas are looked up. */
  similarDelayMs?: number;
}

export interface IdeaDraft {
  title: string;
  description: string;
  category: string;
  tags: string;
}

export type DraftField = keyof IdeaDraft;
