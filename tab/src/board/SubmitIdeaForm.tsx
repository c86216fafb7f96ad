import { useRef } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { IDEA_LIMITS } from '@ideabar/core';
import { useTranslator } from '../app/translation';
import { useSubmitIdeaFormStyles } from './SubmitIdeaForm.styles';
import type { SubmitIdeaFormProps } from './SubmitIdeaForm.types';
import { useSimilarIdeas } from './useSimilarIdeas';
import { useSubmitIdeaForm } from './useSubmitIdeaForm';

/** Posting a new idea, with the API's limits, its field-level messages, and look-alikes to vote for instead. */
export function SubmitIdeaForm(props: SubmitIdeaFormProps) {
  const { open, boardId, onClose, onOpenIdea, similarDelayMs } = props;
  const styles = useSubmitIdeaFormStyles();
  const { t } = useTranslator();
  const form = useRef<HTMLFormElement>(null);
  const { draft, validation, problem, submitting, categories, edit, submit } = useSubmitIdeaForm(props, form);
  const similar = useSimilarIdeas(open ? draft.title : '', boardId, similarDelayMs);

  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <form
          ref={form}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{t('submit.heading')}</DialogTitle>
            <DialogContent className={styles.form}>
              {problem && (
                <MessageBar intent="error">
                  <MessageBarBody>{problem}</MessageBarBody>
                </MessageBar>
              )}
              <Field
                label={t('submit.title.label')}
                required
                hint={t('submit.title.hint', { min: IDEA_LIMITS.titleMin, max: IDEA_LIMITS.titleMax })}
                {...validation('title')}
              >
                <Input
                  dir="auto"
                  value={draft.title}
                  maxLength={IDEA_LIMITS.titleMax}
                  onChange={(_, d) => edit('title', d.value)}
                />
              </Field>
              {similar.length > 0 && (
                <section className={styles.similar} aria-labelledby="similar-ideas" aria-live="polite">
                  <h3 id="similar-ideas" className={styles.similarTitle}>
                    {t('submit.similar.heading')}
                  </h3>
                  <Text size={200}>{t('submit.similar.hint')}</Text>
                  <ul className={styles.similarList}>
                    {similar.map((idea) => (
                      <li key={idea.id} className={styles.similarItem}>
                        <Link
                          href={`?idea=${encodeURIComponent(idea.id)}`}
                          onClick={(event) => {
                            event.preventDefault();
                            onOpenIdea(idea.id);
                          }}
                        >
                          {idea.title}
                        </Link>{' '}
                        <Text size={200}>{t('submit.similar.votes', { count: idea.votes })}</Text>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              <Field
                label={t('submit.description.label')}
                required
                hint={t('submit.description.hint', {
                  count: draft.description.length,
                  max: IDEA_LIMITS.descriptionMax,
                })}
                {...validation('description')}
              >
                <Textarea
                  dir="auto"
                  value={draft.description}
                  maxLength={IDEA_LIMITS.descriptionMax}
                  rows={5}
                  resize="vertical"
                  onChange={(_, d) => edit('description', d.value)}
                />
              </Field>
              {categories && categories.length > 0 ? (
                <Field
                  label={t('submit.category.label')}
                  hint={t('submit.category.chooseHint')}
                  {...validation('category')}
                >
                  <Dropdown
                    placeholder={t('submit.category.placeholder')}
                    value={draft.category}
                    selectedOptions={draft.category ? [draft.category] : []}
                    onOptionSelect={(_, d) => edit('category', d.optionValue ?? '')}
                  >
                    <Option value="" text={t('submit.category.none')}>
                      {t('submit.category.none')}
                    </Option>
                    {categories.map((category) => (
                      <Option key={category} value={category} dir="auto">
                        {category}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
              ) : (
                <Field
                  label={t('submit.category.label')}
                  hint={t('submit.category.typeHint')}
                  {...validation('category')}
                >
                  <Input
                    dir="auto"
                    value={draft.category}
                    maxLength={IDEA_LIMITS.categoryMax}
                    onChange={(_, d) => edit('category', d.value)}
                  />
                </Field>
              )}
              <Field
                label={t('submit.tags.label')}
                hint={t('submit.tags.hint', { max: IDEA_LIMITS.tagsMax, length: IDEA_LIMITS.tagMax })}
                {...validation('tags')}
              >
                <Input dir="auto" value={draft.tags} onChange={(_, d) => edit('tags', d.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose}>
                {t('submit.cancel')}
              </Button>
              <Button type="submit" appearance="primary" disabledFocusable={submitting}>
                {submitting ? t('submit.posting') : t('submit.post')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
