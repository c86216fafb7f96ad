import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  useId,
} from '@fluentui/react-components';
import { useSectionStyles } from './SettingsPage.styles';
import type { Notify } from './SettingsPage.types';
import { useApprovalQueue } from './useApprovalQueue';
import { safeLocale } from '../../app/safeLocale';

export interface ApprovalQueueProps {
  boardId: string;
  /** Whether the board holds new ideas for approval now (as saved). */
  moderation: boolean;
  locale: string;
  notify: Notify;
}

/** A moderated board's ideas waiting for approval, newest first, each with its Approve button. */
export function ApprovalQueue({ boardId, moderation, locale, notify }: ApprovalQueueProps) {
  const styles = useSectionStyles();
  const titleId = useId('approval-queue');
  const { queue, approving, approve, retry } = useApprovalQueue(boardId, notify);
  // With moderation off, the queue shows only while ideas held before are still waiting.
  if (!moderation && (queue.status !== 'ready' || queue.ideas.length === 0)) return null;

  return (
    <section aria-labelledby={titleId} className={styles.form}>
      <h5 id={titleId} className={styles.title}>
        Waiting for approval{queue.status === 'ready' ? ` (${queue.ideas.length})` : ''}
      </h5>
      {queue.status === 'loading' && <Spinner size="tiny" label="Loading the ideas to approve" />}
      {queue.status === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>{queue.problem}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={retry}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {queue.status === 'ready' && queue.ideas.length === 0 && (
        <Text className={styles.secondary}>
          No ideas are waiting: new ones appear here until you approve them.
        </Text>
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
                  {idea.author.name} ·{' '}
                  {new Date(idea.createdAt).toLocaleDateString(safeLocale(locale), { dateStyle: 'medium' })}
                  {idea.category ? ` · ${idea.category}` : ''}
                </Text>
              </div>
              <Button
                appearance="primary"
                size="small"
                aria-label={`Approve “${idea.title}”`}
                disabled={approving !== undefined}
                icon={approving === idea.id ? <Spinner size="tiny" /> : undefined}
                onClick={() => void approve(idea)}
              >
                Approve
              </Button>
            </li>
          ))}
        </ul>
      )}
      {queue.status === 'ready' && !queue.complete && (
        <Text size={200} className={styles.secondary}>
          Only the board’s newest 500 ideas were checked; older ones waiting for approval are not listed.
        </Text>
      )}
    </section>
  );
}
