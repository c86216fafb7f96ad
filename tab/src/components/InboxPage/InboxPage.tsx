import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  Badge,
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Skeleton,
  SkeletonItem,
  Switch,
  Text,
  Textarea,
  Toast,
  ToastTitle,
  Toaster,
  useId,
  useToastController,
} from '@fluentui/react-components';
import { TRIAGE_LIMITS } from '../../board/triageText';
import { ageText, STATUS_LABELS } from '../../board/ideaText';
import { safeLocale } from '../../app/safeLocale';
import type { InboxItem, SlaState } from '../../api/inboxApi';
import { useTranslator } from '../../app/translation';
import { SavedResponsePicker } from '../SavedResponsePicker/SavedResponsePicker';
import { useInboxPageStyles } from './InboxPage.styles';
import type { InboxPageProps } from './InboxPage.types';
import { useInboxPage, type AnswerOutcome } from './useInboxPage';

const SLA_BADGES: Record<SlaState, { label: string; color: 'danger' | 'warning' | 'success' }> = {
  overdue: { label: 'Overdue', color: 'danger' },
  due_soon: { label: 'Due soon', color: 'warning' },
  on_time: { label: 'Within SLA', color: 'success' },
};

/**
 * IT's inbox: every idea still waiting for a first public answer, oldest first, with how long it has waited and
 * where it stands against the response SLA; answered in one click, without moving its status.
 */
export function InboxPage(props: InboxPageProps) {
  const styles = useInboxPageStyles();
  const { t } = useTranslator();
  const { inbox, mine, setMine, retry, problem, answer } = useInboxPage(props);
  const toasterId = useId('inbox-toaster');
  const { dispatchToast } = useToastController(toasterId);
  const value = inbox.value ?? inbox.latest;
  const overdue = value?.items.filter((item) => item.sla === 'overdue').length ?? 0;
  const heading = useRef<HTMLHeadingElement>(null);

  /** After an answer its entry leaves: the keyboard goes on to the next waiting idea (or the heading). */
  const focusAfter = (ideaId: string) => {
    const items = value?.items ?? [];
    const at = items.findIndex((item) => item.idea.id === ideaId);
    const next = items[at + 1] ?? items[at - 1];
    requestAnimationFrame(() =>
      ((next && document.getElementById(answerButtonId(next.idea.id))) ?? heading.current)?.focus(),
    );
  };

  return (
    <section className={styles.root} aria-labelledby="inbox-heading">
      <div className={styles.intro}>
        <h2 id="inbox-heading" ref={heading} tabIndex={-1} className={styles.heading}>
          Waiting for a first answer
        </h2>
        <Switch
          label="Only ideas I partner on"
          checked={mine}
          onChange={(_, data) => setMine(data.checked)}
        />
      </div>
      {value && (
        <Text role="status" className={styles.summary}>
          {value.items.length === 0
            ? 'Nothing is waiting.'
            : `${value.items.length} waiting, oldest first; ${overdue} past the ${value.slaBusinessDays}-business-day SLA.`}
        </Text>
      )}
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={retry}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {!value && !problem && (
        <Skeleton aria-label="Loading the inbox">
          <SkeletonItem size={24} />
          <SkeletonItem size={16} />
          <SkeletonItem size={24} />
        </Skeleton>
      )}
      {value && value.items.length === 0 && (
        <div className={styles.empty}>
          <Text weight="semibold">
            {t(mine ? 'inbox.empty.mine' : props.boardId ? 'inbox.empty.board' : 'inbox.empty.all')}
          </Text>
          <Text className={styles.summary}>{t('inbox.empty.explain', { days: value.slaBusinessDays })}</Text>
          {mine && <Button onClick={() => setMine(false)}>{t('inbox.empty.showAll')}</Button>}
        </div>
      )}
      {value && value.items.length > 0 && (
        <ul className={styles.list} aria-label="Ideas waiting for a first answer">
          {value.items.map((item) => (
            <InboxEntry
              key={item.idea.id}
              item={item}
              {...props}
              onAnswer={async (response) => {
                const outcome = await answer(item.idea.id, response);
                if (outcome.ok) focusAfter(item.idea.id);
                if (outcome.ok)
                  dispatchToast(
                    <Toast>
                      <ToastTitle>Answer posted: “{item.idea.title}” has had its first answer.</ToastTitle>
                    </Toast>,
                    { intent: 'success' },
                  );
                return outcome;
              }}
            />
          ))}
        </ul>
      )}
      <Toaster toasterId={toasterId} position="bottom" />
    </section>
  );
}

const answerButtonId = (ideaId: string) => `inbox-answer-${ideaId}`;

interface InboxEntryProps extends InboxPageProps {
  item: InboxItem;
  onAnswer(response: string): Promise<AnswerOutcome>;
}

function InboxEntry({ item, boardId, boardNames, locale, ideaHref, onOpenIdea, onAnswer }: InboxEntryProps) {
  const styles = useInboxPageStyles();
  const { idea } = item;
  const [answering, setAnswering] = useState(false);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [sending, setSending] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const titleId = `inbox-title-${idea.id}`;
  const badge = SLA_BADGES[item.sla];
  const days = item.waitingBusinessDays.toLocaleString(safeLocale(locale), { maximumFractionDigits: 1 });

  useEffect(() => {
    if (answering) box.current?.focus();
  }, [answering]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) {
      setMessage('Write the answer people will read.');
      box.current?.focus();
      return;
    }
    setSending(true);
    const outcome = await onAnswer(draft);
    setSending(false);
    if (outcome.ok) return;
    setMessage(outcome.fieldMessage);
    setProblem(outcome.problem);
    if (outcome.fieldMessage) box.current?.focus();
  };

  return (
    <li className={styles.item} aria-labelledby={titleId}>
      <div className={styles.itemHead}>
        <Link
          id={titleId}
          className={styles.title}
          dir="auto"
          href={ideaHref(idea)}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.preventDefault();
            onOpenIdea(idea);
          }}
        >
          {idea.title}
        </Link>
        <Badge appearance="tint" color={badge.color}>
          {badge.label}
        </Badge>
      </div>
      <div className={styles.meta}>
        <span>
          Waiting {days} business {item.waitingBusinessDays === 1 ? 'day' : 'days'}
        </span>
        <span>
          {STATUS_LABELS[idea.status]}
          {idea.awaitingApproval ? ', awaiting approval' : ''}
        </span>
        <span>
          {ageText(idea.createdAt, locale)} by {idea.author.name}
        </span>
        {!boardId && boardNames.get(idea.boardId) && <span>{boardNames.get(idea.boardId)}</span>}
        <span>{idea.itPartner ? `IT partner: ${idea.itPartner.name}` : 'No IT partner yet'}</span>
      </div>
      {idea.description && (
        <Text size={200} className={styles.snippet} dir="auto">
          {idea.description}
        </Text>
      )}
      {answering ? (
        <form
          className={styles.form}
          onSubmit={(event) => void submit(event)}
          aria-label={`Answer ${idea.title}`}
        >
          {problem && (
            <MessageBar intent="error">
              <MessageBarBody>{problem}</MessageBarBody>
            </MessageBar>
          )}
          <SavedResponsePicker
            boardId={idea.boardId}
            onPick={(text) => {
              setDraft(text);
              setMessage(undefined);
              // After the list has closed and handed focus back to its button: the answer is what to edit next.
              requestAnimationFrame(() => {
                box.current?.focus();
                box.current?.setSelectionRange(text.length, text.length);
              });
            }}
          />
          <Field
            label="Public answer"
            hint={`Everyone sees it on the idea; its status stays ${STATUS_LABELS[idea.status]}.`}
            validationMessage={message}
            validationState={message ? 'error' : 'none'}
          >
            <Textarea
              ref={box}
              dir="auto"
              value={draft}
              maxLength={TRIAGE_LIMITS.responseMax}
              resize="vertical"
              onChange={(_, data) => {
                setDraft(data.value);
                setMessage(undefined);
              }}
            />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabledFocusable={sending}>
              {sending ? 'Posting…' : 'Post answer'}
            </Button>
            <Button
              onClick={() => {
                setAnswering(false);
                requestAnimationFrame(() => opener.current?.focus());
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div className={styles.actions}>
          <Button
            ref={opener}
            id={answerButtonId(idea.id)}
            appearance="primary"
            size="small"
            onClick={() => setAnswering(true)}
          >
            Answer
          </Button>
          <Button size="small" appearance="subtle" onClick={() => onOpenIdea(idea)}>
            Open to change its status
          </Button>
        </div>
      )}
    </li>
  );
}
