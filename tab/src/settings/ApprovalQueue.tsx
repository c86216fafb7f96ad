import { Button, Spinner, Text, useId } from '@fluentui/react-components';
import { useSectionStyles } from './SettingsPage.styles';
import type { Notify } from '../session/SessionProvider';
import { useApprovalQueue } from './useApprovalQueue';
import { useTranslator } from '../app/translation';
import { LoadProblem } from '../shared/LoadProblem';

export interface ApprovalQueueProps {
  boardId: string;
  /** Whether the board holds new ideas for approval now (as saved). */
  moderation: boolean;
  locale: string;
  notify: Notify;
}

/** A moderated board's ideas waiting for approval, newest first, each with its Approve button. */
export function ApprovalQueue({ boardId, moderation, notify }: ApprovalQueueProps) {
  const styles = useSectionStyles();
  const { t, formatLocale } = useTranslator();
  const titleId = useId('approval-queue');
  const { queue, approving, approve, retry } = useApprovalQueue(boardId, notify);
  // With moderation off, the queue shows only while ideas held before are still waiting.
  if (!moderation && (queue.status !== 'ready' || queue.ideas.length === 0)) return null;

  return (
    <section aria-labelledby={titleId} className={styles.form}>
      <h5 id={titleId} className={styles.title}>
        {queue.status === 'ready'
          ? t('settings.approval.titleCount', { count: queue.ideas.length })
          : t('settings.approval.title')}
      </h5>
      {queue.status === 'loading' && <Spinner size="tiny" label={t('settings.approval.loading')} />}
      {queue.status === 'error' && (
        <LoadProblem problem={queue.problem} onRetry={retry} retryLabel={t('settings.retry')} />
      )}
      {queue.status === 'ready' && queue.ideas.length === 0 && (
        <Text className={styles.secondary}>{t('settings.approval.none')}</Text>
      )}
      {queue.status === 'ready' && queue.ideas.length > 0 && (
        <ul className={styles.list} aria-labelledby={titleId}>
          {queue.ideas.map((idea) => (
            <li key={idea.id} className={styles.row}>
              <div className={styles.rowMain}>
                <Text weight="semibold" dir="auto">
                  {idea.title}
                </Text>
                <Text size={200} className={styles.secondary}>
                  {t(idea.category ? 'settings.approval.byline.category' : 'settings.approval.byline', {
                    name: idea.author.name,
                    at: new Date(idea.createdAt).toLocaleDateString(formatLocale, { dateStyle: 'medium' }),
                    category: idea.category ?? '',
                  })}
                </Text>
              </div>
              <Button
                appearance="primary"
                size="small"
                aria-label={t('settings.approval.approve.label', { title: idea.title })}
                disabled={approving !== undefined}
                icon={approving === idea.id ? <Spinner size="tiny" /> : undefined}
                onClick={() => void approve(idea)}
              >
                {t('settings.approval.approve')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {queue.status === 'ready' && !queue.complete && (
        <Text size={200} className={styles.secondary}>
          {t('settings.approval.incomplete')}
        </Text>
      )}
    </section>
  );
}
