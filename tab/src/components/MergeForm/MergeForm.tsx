import { useRef } from 'react';
import { Combobox, Field, Option, Textarea } from '@fluentui/react-components';
import { STATUS_LABELS } from '../../board/ideaText';
import { TRIAGE_LIMITS } from '../../board/triageText';
import { SaveButton } from '../SaveButton/SaveButton';
import { TriageForm } from '../TriageForm/TriageForm';
import { useMergeFormStyles } from './MergeForm.styles';
import type { MergeFormProps } from './MergeForm.types';
import { useMergeForm } from './useMergeForm';

/** IT marks the idea a duplicate of another: its votes move there and its author is told where to go. */
export function MergeForm(props: MergeFormProps) {
  const styles = useMergeFormStyles();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useMergeForm(props, formRef);
  const { candidates, query } = form;
  const none = candidates !== undefined && candidates.length === 0;

  return (
    <TriageForm
      name={{ label: 'Merge into another idea' }}
      formRef={formRef}
      saving={form.saving}
      problem={form.problem}
      onSubmit={form.submit}
      className={styles.form}
      actions={<SaveButton saving={form.saving}>Merge</SaveButton>}
    >
      <Field
        label="Merge into"
        required
        hint={
          form.searchProblem ??
          (none
            ? query.trim()
              ? 'No other idea on this board matches those words. Try others.'
              : 'No similar ideas found. Type words from the other idea’s title.'
            : 'Pick one of the similar ideas, or type to search the board.')
        }
        {...form.validation('into')}
      >
        <Combobox
          value={query}
          selectedOptions={form.target ? [form.target.id] : []}
          listbox={{ className: styles.listbox }}
          onChange={(event) => form.search(event.target.value)}
          onOptionSelect={(_, data) => form.pick(data.optionValue)}
        >
          {(candidates ?? []).map((other) => (
            <Option key={other.id} value={other.id} text={other.title}>
              <span className={styles.option}>
                <span className={styles.optionTitle}>{other.title}</span>
                <span className={styles.optionMeta}>
                  {STATUS_LABELS[other.status]}, {other.votes} {other.votes === 1 ? 'vote' : 'votes'}
                </span>
              </span>
            </Option>
          ))}
        </Combobox>
      </Field>
      <Field
        label="Public response"
        required
        hint="The author and voters see it: say why it is the same idea."
        {...form.validation('response')}
      >
        <Textarea
          value={form.response}
          maxLength={TRIAGE_LIMITS.responseMax}
          resize="vertical"
          onChange={(_, data) => form.editResponse(data.value)}
        />
      </Field>
    </TriageForm>
  );
}
