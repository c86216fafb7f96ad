import { lazy, Suspense, useCallback, useRef, useState, type FormEvent } from 'react';
import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  MessageBar,
  MessageBarBody,
  OverlayDrawer,
  Skeleton,
  SkeletonItem,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { Dismiss24Regular, Link20Regular, Share20Regular } from '@fluentui/react-icons';
import {
  IDEA_LIMITS,
  takesVotes,
  type IdeaView,
  type MergeResult,
  type StatusChangeView,
  type Translator,
} from '@ideabar/core';
import { statusLabelKey } from '@ideabar/core/workflow';
import { useIdea } from '../shared/ideaStore';
import { useTranslator } from '../app/translation';
import { ageText, dateText } from '../shared/ideaText';
import { ideaLink } from '../teams/ideaLink';
import { canShareToChat, shareToChat } from '../teams/teamsHost';
import { useMe } from '../session/SessionProvider';
import { AppealForm } from './AppealForm';
import { StatusBadge } from '../shared/StatusBadge';
import { TriageSummary } from './TriageSummary';
import { VoteButton } from '../shared/VoteButton';
import { useIdeaDetailStyles } from './IdeaDetail.styles';
import type { IdeaDetailProps } from './useIdeaDetail';
import { useIdeaDetail } from './useIdeaDetail';

// Only IT members triage: everyone else never loads its forms.
const TriagePanel = lazy(() =>
  import('../triage/TriagePanel').then((module) => ({ default: module.TriagePanel })),
);

/**
 * One idea in full: description, where it stands with IT (and, for IT, its triage), status history with IT's
 * responses, and the conversation.
 */
export function IdeaDetail(props: IdeaDetailProps) {
  const { ideaId, store, host, onClose, onVote, onNotice, onOpenIdea } = props;
  const styles = useIdeaDetailStyles();
  const translator = useTranslator();
  const { t } = translator;
  const idea = useIdea(store, ideaId);
  const { history, comments, hasMoreComments, commentsProblem, loadMoreComments, addComment, changed } =
    useIdeaDetail(ideaId, store);
  const { me } = useMe();
  const standing = useRef<HTMLHeadingElement>(null);
  const triaged = useCallback(
    (next: IdeaView, notice: string) => {
      changed(next);
      onNotice(notice);
    },
    [changed, onNotice],
  );
  // The appeal and merge forms go away once they have done their work: focus moves to what changed.
  const appealed = useCallback(
    (next: IdeaView, notice: string) => {
      standing.current?.focus();
      triaged(next, notice);
    },
    [triaged],
  );
  const merged = useCallback(
    ({ duplicate, into }: MergeResult, notice: string) => {
      standing.current?.focus();
      changed(duplicate, into);
      onNotice(notice);
    },
    [changed, onNotice],
  );
  const reload = useCallback(() => changed(), [changed]);
  const isIt = me?.roles.includes('it') ?? false;
  const [draft, setDraft] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();
  const [posting, setPosting] = useState(false);
  const [shownLink, setShownLink] = useState<string | undefined>();
  const locale = translator.formatLocale;

  const copyLink = async () => {
    const link = ideaLink(host, ideaId);
    try {
      await navigator.clipboard.writeText(link);
      onNotice(t('idea.linkCopied'));
    } catch {
      // Some hosts block the clipboard: show the link so it can be copied by hand.
      setShownLink(link);
    }
  };

  const shareIdea = async () => {
    try {
      if (await shareToChat(ideaLink(host, ideaId), idea?.title ?? t('idea.untitled')))
        onNotice(t('idea.shared'));
    } catch {
      onNotice(t('idea.shareFailed'), 'error');
    }
  };

  const submitComment = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return setCommentError(t('idea.comment.missing'));
    setPosting(true);
    const outcome = await addComment(draft);
    setPosting(false);
    if (outcome.ok) {
      setDraft('');
      setCommentError(undefined);
      onNotice(t('idea.comment.posted'));
    } else if (outcome.fieldMessage) {
      setCommentError(outcome.fieldMessage);
    } else {
      setCommentError(undefined);
      onNotice(outcome.problem ?? t('idea.comment.failed'), 'error');
    }
  };

  return (
    <OverlayDrawer
      open
      position="end"
      className={styles.drawer}
      aria-label={idea ? t('idea.drawer', { title: idea.title }) : t('idea.drawer.loading')}
      onOpenChange={(_, data) => !data.open && onClose()}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          heading={{ as: 'h2', className: styles.title }}
          action={
            <Button
              appearance="subtle"
              aria-label={t('idea.close')}
              icon={<Dismiss24Regular />}
              onClick={onClose}
            />
          }
        >
          {idea ? <span dir="auto">{idea.title}</span> : t('idea.loading')}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        {!idea && history.state === 'error' && (
          <MessageBar intent="error">
            <MessageBarBody>{history.problem}</MessageBarBody>
          </MessageBar>
        )}
        {!idea && history.state === 'loading' && <DetailSkeleton />}
        {idea && (
          <>
            <div className={styles.meta}>
              <StatusBadge status={idea.status} />
              {idea.category && <Text dir="auto">{idea.category}</Text>}
              {idea.tags.map((tag) => (
                <Text key={tag} dir="auto">
                  #{tag}
                </Text>
              ))}
              <Text>
                {t('idea.postedBy', { age: ageText(idea.createdAt, locale), name: idea.author.name })}
              </Text>
            </div>
            <div className={styles.actions}>
              {takesVotes(idea.status) ? (
                <VoteButton
                  size="large"
                  ideaTitle={idea.title}
                  votes={idea.votes}
                  myVote={idea.myVote}
                  onToggle={() => onVote(idea.id)}
                />
              ) : (
                <Text>
                  {idea.status === 'delivered'
                    ? t('idea.votes.delivered', { count: idea.votes })
                    : t('idea.votes.merged', { count: idea.votes })}
                </Text>
              )}
              <Button icon={<Link20Regular />} onClick={() => void copyLink()}>
                {t('idea.copyLink')}
              </Button>
              {canShareToChat() && (
                <Button icon={<Share20Regular />} onClick={() => void shareIdea()}>
                  {t('idea.shareToChat')}
                </Button>
              )}
            </div>
            {shownLink && (
              <Field label={t('idea.link.label')} hint={t('idea.link.hint')}>
                <Textarea
                  readOnly
                  value={shownLink}
                  className={styles.linkBox}
                  onFocus={(e) => e.target.select()}
                />
              </Field>
            )}
            <p className={styles.description} dir="auto">
              {idea.description}
            </p>
            <TriageSummary
              idea={idea}
              history={history.state === 'ready' ? history.value : undefined}
              store={store}
              locale={locale}
              isAuthor={me?.userId === idea.author.id}
              headingRef={standing}
              {...(onOpenIdea ? { onOpenIdea } : {})}
            />
            {me?.userId === idea.author.id && idea.status === 'declined' && !idea.appeal && (
              <AppealForm idea={idea} onChanged={appealed} onStale={reload} />
            )}
            {isIt && (
              <Suspense
                fallback={
                  <Skeleton aria-label={t('idea.triage.loading')}>
                    <SkeletonItem size={32} />
                  </Skeleton>
                }
              >
                <TriagePanel idea={idea} onChanged={triaged} onMerged={merged} onStale={reload} />
              </Suspense>
            )}
            <section className={styles.section} aria-labelledby="idea-history">
              <h3 id="idea-history" className={styles.sectionTitle}>
                {t('idea.history.heading')}
              </h3>
              {history.state === 'loading' && <SkeletonItem size={16} />}
              {history.state === 'error' && <Text>{history.problem}</Text>}
              {history.state === 'ready' && (
                <ol className={styles.list}>
                  {history.value.map((change) => (
                    <li key={change.id} className={styles.entry}>
                      <Text weight="semibold">{changeText(t, change)}</Text>
                      {change.response && (
                        <Text className={styles.entryText} dir="auto">
                          {change.response}
                        </Text>
                      )}
                      {change.decline && (
                        <>
                          <Text className={styles.entryText}>
                            {t('idea.history.declined', {
                              constraint: change.decline.constraint,
                              rule: change.decline.rule,
                            })}
                          </Text>
                          <Text className={styles.entryText}>
                            {t('idea.history.pathToYes', { path: change.decline.pathToYes })}
                          </Text>
                        </>
                      )}
                      <Text className={styles.byline}>
                        {t('idea.byline', { name: change.by.name, when: dateText(change.at, locale) })}
                      </Text>
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <section className={styles.section} aria-labelledby="idea-comments">
              <h3 id="idea-comments" className={styles.sectionTitle}>
                {t('count.comments', { count: idea.commentCount })}
              </h3>
              {comments.state === 'loading' && <SkeletonItem size={16} />}
              {comments.state === 'error' && <Text>{comments.problem}</Text>}
              {comments.state === 'ready' && comments.value.length === 0 && (
                <Text>{t('idea.comments.none')}</Text>
              )}
              {comments.state === 'ready' && comments.value.length > 0 && (
                <ul className={styles.list}>
                  {comments.value.map((comment) => (
                    <li key={comment.id} className={styles.entry}>
                      <Text className={styles.entryText} dir="auto">
                        {comment.text}
                      </Text>
                      <Text className={styles.byline}>
                        {t('idea.byline', {
                          name: comment.author.name,
                          when: ageText(comment.createdAt, locale),
                        })}
                      </Text>
                    </li>
                  ))}
                </ul>
              )}
              {commentsProblem && <Text>{commentsProblem}</Text>}
              {hasMoreComments && (
                <div>
                  <Button appearance="secondary" onClick={() => void loadMoreComments()}>
                    {t('idea.comments.more')}
                  </Button>
                </div>
              )}
              <form onSubmit={(event) => void submitComment(event)} className={styles.section}>
                <Field
                  label={t('idea.comment.label')}
                  validationMessage={commentError}
                  validationState={commentError ? 'error' : 'none'}
                >
                  <Textarea
                    value={draft}
                    dir="auto"
                    maxLength={IDEA_LIMITS.commentMax}
                    resize="vertical"
                    onChange={(_, data) => setDraft(data.value)}
                  />
                </Field>
                <div>
                  <Button type="submit" appearance="primary" disabledFocusable={posting}>
                    {posting ? t('idea.comment.posting') : t('idea.comment.post')}
                  </Button>
                </div>
              </form>
            </section>
          </>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}

/** A change in the status history: where the idea went, and why when it was more than IT moving it on. */
function changeText(t: Translator['t'], change: StatusChangeView): string {
  const to = t(statusLabelKey(change.to));
  if (change.kind === 'answer') return t('idea.history.answered', { status: to });
  const values = { from: change.from ? t(statusLabelKey(change.from)) : '', to };
  const kind = change.kind === 'appeal' || change.kind === 'merge' ? change.kind : 'other';
  return change.from
    ? t('idea.history.moved', { ...values, kind })
    : t('idea.history.set', { ...values, kind });
}

function DetailSkeleton() {
  const { t } = useTranslator();
  return (
    <Skeleton aria-label={t('idea.loadingIdea')}>
      <SkeletonItem size={24} />
      <SkeletonItem size={16} />
      <SkeletonItem size={16} />
    </Skeleton>
  );
}
