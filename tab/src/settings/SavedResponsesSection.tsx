import type { FormEvent } from 'react';
import { Button, Field, Input, mergeClasses, Spinner, Text, Textarea } from '@fluentui/react-components';
import { SAVED_RESPONSE_LIMITS } from '@ideabar/core';
import { useTranslator } from '../app/translation';
import { SettingsSection } from './SettingsSection';
import { useSectionStyles } from './SettingsPage.styles';
import type { BoardSectionProps, FieldMessages } from './SettingsPage.types';
import { useSavedResponses } from './useSavedResponses';
import { LoadProblem } from '../shared/LoadProblem';

const submitted = (then: () => void) => (event: FormEvent) => {
  event.preventDefault();
  then();
};

const invalid = (messages: FieldMessages, field: string) =>
  messages[field]
    ? { validationState: 'error' as const, validationMessage: messages[field] }
    : { validationState: 'none' as const };

/** The board's common answers, which IT picks in the inbox and the triage panel to fill a public response. */
export function SavedResponsesSection(props: BoardSectionProps) {
  const styles = useSectionStyles();
  const { t } = useTranslator();
  const r = useSavedResponses(props);
  const { adding, editing } = r;

  return (
    <SettingsSection
      title={t('savedResponses.title')}
      intro={t('savedResponses.intro', { max: SAVED_RESPONSE_LIMITS.perBoard })}
      problem={r.problem}
    >
      {r.loading && <Spinner size="tiny" label={t('savedResponses.loading')} />}
      {r.loadProblem && <LoadProblem problem={r.loadProblem} onRetry={r.retry} />}
      {!r.loading && !r.loadProblem && r.responses.length === 0 && (
        <Text className={styles.secondary}>{t('savedResponses.none')}</Text>
      )}
      {r.responses.length > 0 && (
        <ul className={styles.list} aria-label={t('savedResponses.title')}>
          {r.responses.map((response) => (
            <li key={response.id} className={styles.row}>
              {editing?.id === response.id ? (
                <form
                  className={mergeClasses(styles.form, styles.grow)}
                  onSubmit={submitted(() => void r.save())}
                  aria-label={t('savedResponses.edit.form', { title: response.title })}
                  noValidate
                >
                  <Field label={t('savedResponses.title.label')} {...invalid(editing.messages, 'title')}>
                    <Input
                      value={editing.title}
                      dir="auto"
                      autoFocus
                      maxLength={SAVED_RESPONSE_LIMITS.titleMax}
                      onChange={(_, d) => r.typeEditing('title', d.value)}
                    />
                  </Field>
                  <Field label={t('savedResponses.text.label')} {...invalid(editing.messages, 'text')}>
                    <Textarea
                      value={editing.text}
                      dir="auto"
                      resize="vertical"
                      maxLength={SAVED_RESPONSE_LIMITS.textMax}
                      onChange={(_, d) => r.typeEditing('text', d.value)}
                    />
                  </Field>
                  <div className={styles.actions}>
                    <Button
                      type="submit"
                      appearance="primary"
                      disabled={r.busy !== undefined}
                      icon={r.busy === response.id ? <Spinner size="tiny" /> : undefined}
                    >
                      {t('savedResponses.save')}
                    </Button>
                    <Button onClick={r.cancelEditing} disabled={r.busy === response.id}>
                      {t('savedResponses.cancel')}
                    </Button>
                  </div>
                </form>
              ) : (
                <>
                  <div className={styles.rowMain}>
                    <Text weight="semibold" dir="auto">
                      {response.title}
                    </Text>
                    <Text size={200} className={mergeClasses(styles.secondary, styles.clamped)} dir="auto">
                      {response.text}
                    </Text>
                  </div>
                  <Button
                    size="small"
                    aria-label={t('savedResponses.edit.label', { title: response.title })}
                    disabled={r.busy !== undefined}
                    onClick={() => r.startEditing(response)}
                  >
                    {t('savedResponses.edit')}
                  </Button>
                  <Button
                    size="small"
                    aria-label={t('savedResponses.remove.label', { title: response.title })}
                    disabled={r.busy !== undefined}
                    icon={r.busy === response.id ? <Spinner size="tiny" /> : undefined}
                    onClick={() => void r.remove(response)}
                  >
                    {t('savedResponses.remove')}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {!r.loading && !r.loadProblem && (
        <form
          className={styles.form}
          onSubmit={submitted(() => void r.add())}
          aria-label={t('savedResponses.new.form')}
          noValidate
        >
          <Field label={t('savedResponses.new.title')} {...invalid(adding.messages, 'title')}>
            <Input
              value={adding.title}
              dir="auto"
              maxLength={SAVED_RESPONSE_LIMITS.titleMax}
              disabled={r.full}
              onChange={(_, d) => r.typeAdding('title', d.value)}
            />
          </Field>
          <Field
            label={t('savedResponses.text.label')}
            hint={r.full ? t('savedResponses.full', { max: SAVED_RESPONSE_LIMITS.perBoard }) : undefined}
            {...invalid(adding.messages, 'text')}
          >
            <Textarea
              value={adding.text}
              dir="auto"
              resize="vertical"
              maxLength={SAVED_RESPONSE_LIMITS.textMax}
              disabled={r.full}
              onChange={(_, d) => r.typeAdding('text', d.value)}
            />
          </Field>
          <div className={styles.actions}>
            <Button
              type="submit"
              appearance="primary"
              disabled={r.full || r.busy !== undefined}
              icon={r.busy === 'new' ? <Spinner size="tiny" /> : undefined}
            >
              {t('savedResponses.add')}
            </Button>
          </div>
        </form>
      )}
    </SettingsSection>
  );
}
