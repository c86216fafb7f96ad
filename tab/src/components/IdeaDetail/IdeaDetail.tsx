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
  type StatusChangeKind,
} from '@ideabar/core';
import { useIdea } from '../../board/ideaStore';
import { ageText, CONSTRAINT_LABELS, countText, dateText, STATUS_LABELS } from '../../board/ideaText';
import { ideaLink } from '../../teams/ideaLink';
import { canShareToChat, shareToChat } from '../../teams/teamsHost';
import { AppealForm } from '../AppealForm/AppealForm';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import { TriageSummary } from '../TriageSummary/TriageSummary';
import { VoteButton } from '../VoteButton/VoteButton';
import { useIdeaDetailStyles } from './IdeaDetail.styles';
import type { IdeaDetailProps } from './IdeaDetail.types';
import { useIdeaDetail, useReader } from './useIdeaDetail';

// Only IT members triage: everyone else never loads its forms.
const TriagePanel = lazy(() =>
  import('../TriagePanel/TriagePanel').then((module) => ({ default: module.TriagePanel })),
);

/**
 * One idea in full: description, where it stands with IT (and, for IT, its triage), status history with IT's
 * responses, and the conversation.
 */
export function IdeaDetail(props: IdeaDetailProps) {
  const { ideaId, store, host, onClose, onVote, onNotice, onOpenIdea } = props;
  const styles = useIdeaDetailStyles();
  const idea = useIdea(store, ideaId);
  const { history, comments, hasMoreComments, commentsProblem, loadMoreComments, addComment, changed } =
    useIdeaDetail(ideaId, store);
  const me = useReader(props.me);
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
  const locale = host.locale;

  const copyLink = async () => {
    const link = ideaLink(host, ideaId);
    try {
      await navigator.clipboard.writeText(link);
      onNotice('Link copied. Paste it in a chat or channel to share this idea.');
    } catch {
      // Some hosts block the clipboard: show the link so it can be copied by hand.
      setShownLink(link);
    }
  };

  const shareIdea = async () => {
    try {
      if (await shareToChat(ideaLink(host, ideaId), idea?.title ?? 'an idea')) onNotice('Shared.');
    } catch {
      onNotice('Teams could not open its share dialog. Copy the link instead.', 'error');
    }
  };

  const submitComment = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return setCommentError('Write a comment first.');
    setPosting(true);
    const outcome = await addComment(draft);
    setPosting(false);
    if (outcome.ok) {
      setDraft('');
      setCommentError(undefined);
      onNotice('Comment posted.');
    } else if (outcome.fieldMessage) {
      setCommentError(outcome.fieldMessage);
    } else {
      setCommentError(undefined);
      onNotice(outcome.problem ?? 'Couldn’t post your comment.', 'error');
    }
  };

  return (
    <OverlayDrawer
      open
      position="end"
      className={styles.drawer}
      aria-label={idea ? `Idea: ${idea.title}` : 'Idea'}
      onOpenChange={(_, data) => !data.open && onClose()}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          heading={{ as: 'h2', className: styles.title }}
          action={
            <Button appearance="subtle" aria-label="Close" icon={<Dismiss24Regular />} onClick={onClose} />
          }
        >
          {idea ? <span dir="auto">{idea.title}</span> : 'Loading idea…'}
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
                Posted {ageText(idea.createdAt, locale)} by {idea.author.name}
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
                  {countText(idea.votes, 'vote', 'votes', locale)}
                  {idea.status === 'delivered'
                    ? ' (delivered: voting is closed)'
                    : ' (now counted on the idea it duplicates)'}
                </Text>
              )}
              <Button icon={<Link20Regular />} onClick={() => void copyLink()}>
                Copy link
              </Button>
              {canShareToChat() && (
                <Button icon={<Share20Regular />} onClick={() => void shareIdea()}>
                  Share to a chat
                </Button>
              )}
            </div>
            {shownLink && (
              <Field label="Link to this idea" hint="Select it and copy it.">
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
                  <Skeleton aria-label="Loading the triage">
                    <SkeletonItem size={32} />
                  </Skeleton>
                }
              >
                <TriagePanel idea={idea} onChanged={triaged} onMerged={merged} onStale={reload} />
              </Suspense>
            )}
            <section className={styles.section} aria-labelledby="idea-history">
              <h3 id="idea-history" className={styles.sectionTitle}>
                Status history
              </h3>
              {history.state === 'loading' && <SkeletonItem size={16} />}
              {history.state === 'error' && <Text>{history.problem}</Text>}
              {history.state === 'ready' && (
                <ol className={styles.list}>
                  {history.value.map((change) => (
                    <li key={change.id} className={styles.entry}>
                      <Text weight="semibold">
                        {change.kind === 'answer'
                          ? `IT answered (still ${STATUS_LABELS[change.to]})`
                          : `${change.from ? `${STATUS_LABELS[change.from]} → ` : ''}${STATUS_LABELS[change.to]}${HISTORY_KINDS[change.kind]}`}
                      </Text>
                      {change.response && (
                        <Text className={styles.entryText} dir="auto">
                          {change.response}
                        </Text>
                      )}
                      {change.decline && (
                        <>
                          <Text className={styles.entryText}>
                            Declined for {CONSTRAINT_LABELS[change.decline.constraint]}: {change.decline.rule}
                          </Text>
                          <Text className={styles.entryText}>
                            What would make it a yes: {change.decline.pathToYes}
                          </Text>
                        </>
                      )}
                      <Text className={styles.byline}>
                        {change.by.name}, {dateText(change.at, locale)}
                      </Text>
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <section className={styles.section} aria-labelledby="idea-comments">
              <h3 id="idea-comments" className={styles.sectionTitle}>
                {countText(idea.commentCount, 'comment', 'comments', locale)}
              </h3>
              {comments.state === 'loading' && <SkeletonItem size={16} />}
              {comments.state === 'error' && <Text>{comments.problem}</Text>}
              {comments.state === 'ready' && comments.value.length === 0 && (
                <Text>No comments yet. Ask a question or add what you know.</Text>
              )}
              {comments.state === 'ready' && comments.value.length > 0 && (
                <ul className={styles.list}>
                  {comments.value.map((comment) => (
                    <li key={comment.id} className={styles.entry}>
                      <Text className={styles.entryText} dir="auto">
                        {comment.text}
                      </Text>
                      <Text className={styles.byline}>
                        {comment.author.name}, {ageText(comment.createdAt, locale)}
                      </Text>
                    </li>
                  ))}
                </ul>
              )}
              {commentsProblem && <Text>{commentsProblem}</Text>}
              {hasMoreComments && (
                <div>
                  <Button appearance="secondary" onClick={() => void loadMoreComments()}>
                    Show more comments
                  </Button>
                </div>
              )}
              <form onSubmit={(event) => void submitComment(event)} className={styles.section}>
                <Field
                  label="Add a comment"
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
                    {posting ? 'Posting…' : 'Post comment'}
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

/** What a change was, when it was more than IT moving the idea on. */
const HISTORY_KINDS: Record<StatusChangeKind, string> = {
  submitted: '',
  triage: '',
  appeal: ' (the author’s appeal)',
  merge: ' (merged as a duplicate)',
  answer: '',
};

function DetailSkeleton() {
  return (
    <Skeleton aria-label="Loading the idea">
      <SkeletonItem size={24} />
      <SkeletonItem size={16} />
      <SkeletonItem size={16} />
    </Skeleton>
  );
}
