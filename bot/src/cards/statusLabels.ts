import type { IdeaStatus } from '@ideabar/core';
import type { TextColor } from './adaptiveCard.js';

export const STATUS_LABELS: Record<IdeaStatus, { label: string; color: TextColor }> = {
  new: { label: 'New', color: 'accent' },
  under_review: { label: 'Under review', color: 'accent' },
  planned: { label: 'Planned', color: 'good' },
  in_progress: { label: 'In progress', color: 'good' },
  delivered: { label: 'Delivered', color: 'good' },
  declined: { label: 'Declined', color: 'attention' },
  duplicate: { label: 'Duplicate', color: 'warning' },
};

export const plural = (count: number, one: string, many: string): string =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
