import type { FormEvent } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  mergeClasses,
  Spinner,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { SAVED_RESPONSE_LIMITS } from '@ideabar/core';
import { SettingsSection } from './SettingsSection';
import { useSectionStyles } from './SettingsPage.styles';
import type { BoardSectionProps, FieldMessages } from './SettingsPage.types';
import { useSavedResponses } from './useSavedResponses';

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
  const r = useSavedResponses(props);
  const { adding, editing } = r;

  return (
    <SettingsSection
      title="Saved responses"
      intro={`Common answers IT picks in the inbox and the triage panel to fill a public response, then edits before posting. Up to ${SAVED_RESPONSE_LIMITS.perBoard} per board.`}
      problem={r.problem}
    >
      {r.loading && <Spinner size="tiny" label="Loading the saved responses" />}
      {r.loadProblem && (
        <MessageBar intent="error">
          <MessageBarBody>{r.loadProblem}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={r.retry}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {!r.loading && !r.loadProblem && r.responses.length === 0 && (
        <Text className={styles.secondary}>No saved responses yet: add the answers IT gives most often.</Text>
      )}
      {r.responses.length > 0 && (
        <ul className={styles.list} aria-label="Saved responses">
          {r.responses.map((response) => (
            <li key={response.id} className={styles.row}>
              {editing?.id === response.id ? (
                <form
                  className={mergeClasses(styles.form, styles.grow)}
                  onSubmit={submitted(() => void r.save())}
                  aria-label={`Change “${response.title}”`}
                  noValidate
                >
                  <Field label="Title" {...invalid(editing.messages, 'title')}>
                    <Input
                      value={editing.title}
                      dir="auto"
                      autoFocus
                      maxLength={SAVED_RESPONSE_LIMITS.titleMax}
                      onChange={(_, d) => r.typeEditing('title', d.value)}
                    />
                  </Field>
                  <Field label="Text" {...invalid(editing.messages, 'text')}>
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
                      Save changes
                    </Button>
                    <Button onClick={r.cancelEditing} disabled={r.busy === response.id}>
                      Cancel
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
                    aria-label={`Edit “${response.title}”`}
                    disabled={r.busy !== undefined}
                    onClick={() => r.startEditing(response)}
                  >
                    Edit
                  </Button>
                  <Button
                    size="small"
                    aria-label={`Remove “${response.title}”`}
                    disabled={r.busy !== undefined}
                    icon={r.busy === response.id ? <Spinner size="tiny" /> : undefined}
                    onClick={() => void r.remove(response)}
                  >
                    Remove
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
          aria-label="New saved response"
          noValidate
        >
          <Field label="New response title" {...invalid(adding.messages, 'title')}>
            <Input
              value={adding.title}
              dir="auto"
              maxLength={SAVED_RESPONSE_LIMITS.titleMax}
              disabled={r.full}
              onChange={(_, d) => r.typeAdding('title', d.value)}
            />
          </Field>
          <Field
            label="Text"
            hint={
              r.full
                ? `The board has ${SAVED_RESPONSE_LIMITS.perBoard}: remove one to add another.`
                : undefined
            }
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
              Add saved response
            </Button>
          </div>
        </form>
      )}
    </SettingsSection>
  );
}
