import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { IdeaStatus } from '@ideabar/core';
import { statusLabelKey } from '@ideabar/core/workflow';
import { useTranslator } from '../app/translation';

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
  const { t } = useTranslator();
  return (
    <Badge appearance="tint" color={COLORS[status]} shape="rounded">
      {t(statusLabelKey(status))}
    </Badge>
  );
}
