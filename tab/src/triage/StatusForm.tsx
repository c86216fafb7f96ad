import { useRef } from 'react';
import {
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  tokens,
  useId,
} from '@fluentui/react-components';
import { statusLabelKey } from '@ideabar/core/workflow';
import { useTranslator } from '../app/translation';
import { TRIAGE_LIMITS } from './triageText';
import { DeclineFields } from './DeclineFields';
import { SaveButton } from '../shared/SaveButton';
import { SavedResponsePicker } from './SavedResponsePicker';
import { TriageForm } from './TriageForm';
import type { StatusFormProps } from './useStatusForm';
import { useStatusForm } from './useStatusForm';

export const useStatusFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/**
 * IT moves the idea on: only to the statuses the workflow allows from here, always with a public response, and a
 * decline always with its decision (revealed when Declined is chosen).
 */
export function StatusForm(props: StatusFormProps) {
  const styles = useStatusFormStyles();
  const { t } = useTranslator();
  const formRef = useRef<HTMLFormElement>(null);
  const responseBox = useRef<HTMLTextAreaElement>(null);
  const form = useStatusForm(props, formRef);
  const headingId = useId('status-form');
  const { chosen, saving } = form;

  if (form.choices.length === 0) {
    return <Text>{t('triage.status.final')}</Text>;
  }

  return (
    <TriageForm
      name={{ labelledBy: headingId }}
      formRef={formRef}
      saving={saving}
      problem={form.problem}
      onSubmit={form.submit}
      className={styles.form}
      actionsClassName={styles.actions}
      actions={
        <SaveButton saving={saving}>
          {chosen === 'declined'
            ? t('triage.status.decline')
            : chosen
              ? t('triage.status.moveTo', { status: t(statusLabelKey(chosen)) })
              : t('triage.status.change')}
        </SaveButton>
      }
    >
      <h4 id={headingId} className={styles.heading}>
        {form.answeringAppeal ? t('triage.status.answerAppeal') : t('triage.status.change')}
      </h4>
      {form.answeringAppeal && <Text>{t('triage.status.appealed')}</Text>}
      <Field label={t('triage.status.moveToLabel')} required {...form.validation('status')}>
        <RadioGroup value={chosen} onChange={(_, data) => form.choose(data.value)}>
          {form.choices.map((status) => (
            <Radio key={status} value={status} label={t(statusLabelKey(status))} />
          ))}
        </RadioGroup>
      </Field>
      {chosen === 'declined' && (
        <DeclineFields draft={form.decline} onChange={form.editDecline} validation={form.validation} />
      )}
      <SavedResponsePicker
        boardId={props.idea.boardId}
        onPick={(text) => {
          form.editResponse(text);
          // After the list has closed and handed focus back to its button: the response is what to edit next.
          requestAnimationFrame(() => {
            responseBox.current?.focus();
            responseBox.current?.setSelectionRange(text.length, text.length);
          });
        }}
      />
      <Field
        label={t('triage.response.label')}
        required
        hint={t('triage.status.responseHint')}
        {...form.validation('response')}
      >
        <Textarea
          ref={responseBox}
          dir="auto"
          value={form.response}
          maxLength={TRIAGE_LIMITS.responseMax}
          resize="vertical"
          onChange={(_, data) => form.editResponse(data.value)}
        />
      </Field>
    </TriageForm>
  );
}
