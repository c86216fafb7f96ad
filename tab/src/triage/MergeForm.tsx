import { useRef } from 'react';
import { Combobox, Field, makeStyles, Option, Textarea, tokens } from '@fluentui/react-components';
import { statusLabelKey } from '@ideabar/core/workflow';
import { useTranslator } from '../app/translation';
import { TRIAGE_LIMITS } from './triageText';
import { SaveButton } from '../shared/SaveButton';
import { TriageForm } from './TriageForm';
import type { MergeFormProps } from './MergeForm.types';
import { useMergeForm } from './useMergeForm';

export const useMergeFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  option: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  optionTitle: { overflowWrap: 'anywhere' },
  optionMeta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  listbox: { maxHeight: '320px' },
});

/** IT marks the idea a duplicate of another: its votes move there and its author is told where to go. */
export function MergeForm(props: MergeFormProps) {
  const styles = useMergeFormStyles();
  const { t } = useTranslator();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useMergeForm(props, formRef);
  const { candidates, query } = form;
  const none = candidates !== undefined && candidates.length === 0;

  return (
    <TriageForm
      name={{ label: t('triage.section.merge') }}
      formRef={formRef}
      saving={form.saving}
      problem={form.problem}
      onSubmit={form.submit}
      className={styles.form}
      actions={<SaveButton saving={form.saving}>{t('triage.merge.save')}</SaveButton>}
    >
      <Field
        label={t('triage.merge.into')}
        required
        hint={
          form.searchProblem ??
          t(none ? (query.trim() ? 'triage.merge.noMatch' : 'triage.merge.noSimilar') : 'triage.merge.hint')
        }
        {...form.validation('into')}
      >
        <Combobox
          expandIcon={{ 'aria-label': t('form.open', { field: t('triage.merge.into') }) }}
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
                  {t('triage.merge.candidate', {
                    status: t(statusLabelKey(other.status)),
                    votes: t('count.votes', { count: other.votes }),
                  })}
                </span>
              </span>
            </Option>
          ))}
        </Combobox>
      </Field>
      <Field
        label={t('triage.response.label')}
        required
        hint={t('triage.merge.responseHint')}
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
