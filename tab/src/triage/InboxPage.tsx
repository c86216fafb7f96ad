import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  Badge,
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Skeleton,
  SkeletonItem,
  Switch,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { TRIAGE_LIMITS } from './triageText';
import { ageText } from '../shared/ideaText';
import type { MessageKey } from '@ideabar/core';
import { statusLabelKey } from '@ideabar/core/workflow';
import type { InboxItem, SlaState } from '../api/inboxApi';
import { useTranslator } from '../app/translation';
import { useNotify } from '../session/SessionProvider';
import { SavedResponsePicker } from './SavedResponsePicker';
import { useInboxPageStyles } from './InboxPage.styles';
import type { InboxPageProps } from './useInboxPage';
import { useInboxPage } from './useInboxPage';
import { useForm } from '../shared/useForm';
import { LoadProblem } from '../shared/LoadProblem';

const SLA_BADGES: Record<SlaState, { label: MessageKey; color: 'danger' | 'warning' | 'success' }> = {
  overdue: { label: 'inbox.sla.overdue', color: 'danger' },
  due_soon: { label: 'inbox.sla.dueSoon', color: 'warning' },
  on_time: { label: 'inbox.sla.onTime', color: 'success' },
};

/**
 * IT's inbox: every idea still waiting for a first public answer, oldest first, with how long it has waited and
 * where it stands against the response SLA; answered in one click, without moving its status.
 */
export function InboxPage(props: InboxPageProps) {
  const styles = useInboxPageStyles();
  const { t } = useTranslator();
  const { inbox, mine, setMine, retry, problem, answer } = useInboxPage(props);
  const notify = useNotify();
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
          {t('inbox.heading')}
        </h2>
        <Switch label={t('inbox.mine')} checked={mine} onChange={(_, data) => setMine(data.checked)} />
      </div>
      {value && (
        <Text role="status" className={styles.summary}>
          {value.items.length === 0
            ? t('inbox.summary.none')
            : t('inbox.summary', {
                count: value.items.length,
                overdue,
                days: value.slaBusinessDays,
              })}
        </Text>
      )}
      {problem && <LoadProblem problem={problem} onRetry={retry} retryLabel={t('inbox.retry')} />}
      {!value && !problem && (
        <Skeleton aria-label={t('inbox.loading')}>
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
        <ul className={styles.list} aria-label={t('inbox.list')}>
          {value.items.map((item) => (
            <InboxEntry
              key={item.idea.id}
              item={item}
              {...props}
              onAnswer={async (response) => {
                await answer(item.idea.id, response);
                focusAfter(item.idea.id);
                notify(t('inbox.answered', { title: item.idea.title }));
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

const NO_ANSWER = { response: '' };
const ANSWER_FIELDS = ['response'] as const;
const answerButtonId = (ideaId: string) => `inbox-answer-${ideaId}`;

interface InboxEntryProps extends InboxPageProps {
  item: InboxItem;
  /** Sends the answer; a refusal or failure is thrown, for the form to say. */
  onAnswer(response: string): Promise<void>;
}

function InboxEntry({ item, boardId, boardNames, ideaHref, onOpenIdea, onAnswer }: InboxEntryProps) {
  const styles = useInboxPageStyles();
  const { t, formatLocale } = useTranslator();
  const { idea } = item;
  const [answering, setAnswering] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm(NO_ANSWER, {
    failed: 'inbox.failed.answer',
    fields: ANSWER_FIELDS,
    formRef,
    check: ({ response }) => (response.trim() ? {} : { response: t('inbox.answer.empty') }),
    sayHighlighted: false,
  });
  const { problem } = form;
  const box = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const titleId = `inbox-title-${idea.id}`;
  const badge = SLA_BADGES[item.sla];

  useEffect(() => {
    if (answering) box.current?.focus();
  }, [answering]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await form.submit(({ response }) => onAnswer(response));
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
          {t(badge.label)}
        </Badge>
      </div>
      <div className={styles.meta}>
        <span>{t('inbox.waiting', { days: item.waitingBusinessDays })}</span>
        <span>
          {idea.awaitingApproval
            ? t('inbox.status.awaitingApproval', { status: t(statusLabelKey(idea.status)) })
            : t(statusLabelKey(idea.status))}
        </span>
        <span>
          {t('inbox.postedBy', { age: ageText(idea.createdAt, formatLocale), name: idea.author.name })}
        </span>
        {!boardId && boardNames.get(idea.boardId) && <span>{boardNames.get(idea.boardId)}</span>}
        <span>
          {idea.itPartner ? t('inbox.itPartner', { name: idea.itPartner.name }) : t('inbox.noItPartner')}
        </span>
      </div>
      {idea.description && (
        <Text size={200} className={styles.snippet} dir="auto">
          {idea.description}
        </Text>
      )}
      {answering ? (
        <form
          ref={formRef}
          className={styles.form}
          onSubmit={(event) => void submit(event)}
          aria-label={t('inbox.answer.form', { title: idea.title })}
        >
          {problem && (
            <MessageBar intent="error">
              <MessageBarBody>{problem}</MessageBarBody>
            </MessageBar>
          )}
          <SavedResponsePicker
            boardId={idea.boardId}
            onPick={(text) => {
              form.edit({ response: text });
              // After the list has closed and handed focus back to its button: the answer is what to edit next.
              requestAnimationFrame(() => {
                box.current?.focus();
                box.current?.setSelectionRange(text.length, text.length);
              });
            }}
          />
          <Field
            label={t('inbox.answer.label')}
            hint={t('inbox.answer.hint', { status: t(statusLabelKey(idea.status)) })}
            {...form.validation('response')}
          >
            <Textarea
              ref={box}
              dir="auto"
              value={form.draft.response}
              maxLength={TRIAGE_LIMITS.responseMax}
              resize="vertical"
              onChange={(_, data) => form.edit({ response: data.value })}
            />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabledFocusable={form.saving}>
              {form.saving ? t('inbox.answer.posting') : t('inbox.answer.post')}
            </Button>
            <Button
              onClick={() => {
                setAnswering(false);
                requestAnimationFrame(() => opener.current?.focus());
              }}
            >
              {t('inbox.answer.cancel')}
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
            {t('inbox.answer')}
          </Button>
          <Button size="small" appearance="subtle" onClick={() => onOpenIdea(idea)}>
            {t('inbox.open')}
          </Button>
        </div>
      )}
    </li>
  );
}
