import type { FormEvent } from 'react';
import { Button, Field, SkeletonItem, Text, Textarea } from '@fluentui/react-components';
import { IDEA_LIMITS } from '@ideabar/core';
import { useTranslator } from '../app/translation';
import type { IdeaStore } from '../shared/ideaStore';
import { ageText } from '../shared/ideaText';
import { useForm } from '../shared/useForm';
import { useIdeaDetailStyles } from './IdeaDetail.styles';
import { useIdeaComments } from './useIdeaComments';

export interface IdeaCommentsProps {
  ideaId: string;
  store: IdeaStore;
  /** How many comments the idea has, as the board counts them. */
  count: number;
  onNotice(message: string, intent?: 'success' | 'error'): void;
}

const NO_COMMENT = { text: '' };
const COMMENT_FIELDS = ['text'] as const;

/** The idea's conversation, and the form to add to it. */
export function IdeaComments({ ideaId, store, count, onNotice }: IdeaCommentsProps) {
  const styles = useIdeaDetailStyles();
  const { t, formatLocale: locale } = useTranslator();
  const { comments, hasMoreComments, commentsProblem, loadMoreComments, postComment, showComment } =
    useIdeaComments(ideaId, store);
  const form = useForm(NO_COMMENT, {
    failed: 'idea.comment.failed',
    fields: COMMENT_FIELDS,
    check: ({ text }) => (text.trim() ? {} : { text: t('idea.comment.missing') }),
    sayHighlighted: false,
    onProblem: (problem) => onNotice(problem, 'error'),
  });

  const submitComment = async (event: FormEvent) => {
    event.preventDefault();
    const posted = await form.submit(async ({ text }) => {
      const comment = await postComment(text);
      // The box empties as the comment shows, so its words are never on screen twice.
      form.reset();
      showComment(comment);
    });
    if (posted) onNotice(t('idea.comment.posted'));
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
        <Field label={t('idea.comment.label')} {...form.validation('text')}>
          <Textarea
            value={form.draft.text}
            dir="auto"
            maxLength={IDEA_LIMITS.commentMax}
            resize="vertical"
            onChange={(_, data) => form.edit({ text: data.value })}
          />
        </Field>
        <div>
          <Button type="submit" appearance="primary" disabledFocusable={form.saving}>
            {form.saving ? t('idea.comment.posting') : t('idea.comment.post')}
          </Button>
        </div>
      </form>
    </section>
  );
}
