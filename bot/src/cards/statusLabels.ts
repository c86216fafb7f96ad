import { statusLabelKey, type IdeaStatus, type Translator } from '@ideabar/core';
import type { TextColor } from './adaptiveCard.js';

/** A status's colour on a card; its words are core's (`statusLabelKey`), in the reader's language. */
export const STATUS_COLORS: Record<IdeaStatus, TextColor> = {
  new: 'accent',
  under_review: 'accent',
  planned: 'good',
  in_progress: 'good',
  delivered: 'good',
  declined: 'attention',
  duplicate: 'warning',
};

export const statusLabel = ({ t }: Translator, status: IdeaStatus): string => t(statusLabelKey(status));
