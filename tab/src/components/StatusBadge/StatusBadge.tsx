import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { IdeaStatus } from '@ideabar/core';
import { STATUS_LABELS } from '../../board/ideaText';

const COLORS: Record<IdeaStatus, BadgeProps['color']> = {
  new: 'informative',
  under_review: 'warning',
  planned: 'brand',
  in_progress: 'important',
  delivered: 'success',
  declined: 'danger',
  duplicate: 'subtle',
};

export interface StatusBadgeProps {
  status: IdeaStatus;
}

/** An idea's status, in words (colour only repeats them). */
export function StatusBadge({ status }: StatusBadgeProps) {
  return (
    <Badge appearance="tint" color={COLORS[status]} shape="rounded">
      {STATUS_LABELS[status]}
    </Badge>
  );
}
