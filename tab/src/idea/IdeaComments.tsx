import { useState, type FormEvent } from 'react';
import { Button, Field, SkeletonItem, Text, Textarea } from '@fluentui/react-components';
import { IDEA_LIMITS } from '@ideabar/core';
import { useTranslator } from '../app/translation';
import type { IdeaStore } from '../shared/ideaStore';
import { ageText } from '../shared/ideaText';
import { useIdeaDetailStyles } from './IdeaDetail.styles';
import { useIdeaComments } from './useIdeaComments';

export interface IdeaCommentsProps {
  ideaId: string;
  store: IdeaStore;
  /** How many comments the idea has, as the board counts them. */
  count: number;
  onNotice(message: string, intent?: 'success' | 'error'): void;
}

/** The idea's conversation, and the form to add to it. */
export function IdeaComments({ ideaId, store, count, onNotice }: IdeaCommentsProps) {
  const styles = useIdeaDetailStyles();
  const { t, formatLocale: locale } = useTranslator();
  const { comments, hasMoreComments, commentsProblem, loadMoreComments, addComment } = useIdeaComments(
    ideaId,
    store,
  );
  const [draft, setDraft] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();
  const [posting, setPosting] = useState(false);

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
    <section className={styles.section} aria-labelledby="idea-comments">
      <h3 id="idea-comments" className={styles.sectionTitle}>
        {t('count.comments', { count })}
      </h3>
      {comments.state === 'loading' && <SkeletonItem size={16} />}
      {comments.state === 'error' && <Text>{comments.problem}</Text>}
      {comments.state === 'ready' && comments.value.length === 0 && <Text>{t('idea.comments.none')}</Text>}
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
  );
}
