import { useRef } from 'react';
import { Button, Field, Text, Textarea, useId } from '@fluentui/react-components';
import { TRIAGE_LIMITS } from '../../board/triageText';
import { SaveButton } from '../SaveButton/SaveButton';
import { TriageForm } from '../TriageForm/TriageForm';
import { useAppealFormStyles } from './AppealForm.styles';
import type { AppealFormProps } from './AppealForm.types';
import { useAppealForm } from './useAppealForm';

/** The author asks IT to look at a decline again, once, saying why. */
export function AppealForm(props: AppealFormProps) {
  const styles = useAppealFormStyles();
  const formRef = useRef<HTMLFormElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const form = useAppealForm(props, { form: formRef, reason: reasonRef, opener: openerRef });
  const headingId = useId('appeal-form');

  if (!form.open) {
    return (
      <div className={styles.root}>
        <div>
          <Button ref={openerRef} onClick={form.start}>
            Appeal this decision
          </Button>
        </div>
        <Text size={200}>
          You can appeal once, saying why. The idea goes back under review and IT must answer.
        </Text>
      </div>
    );
  }

  return (
    <TriageForm
      name={{ labelledBy: headingId }}
      formRef={formRef}
      saving={form.saving}
      problem={form.problem}
      onSubmit={form.submit}
      className={styles.form}
      actionsClassName={styles.actions}
      actions={
        <>
          <SaveButton saving={form.saving}>Send appeal</SaveButton>
          <Button onClick={form.cancel} disabled={form.saving}>
            Cancel
          </Button>
        </>
      }
    >
      <h3 id={headingId} className={styles.heading}>
        Appeal this decision
      </h3>
      <Field
        label="Why should IT look at this again?"
        required
        hint="You can appeal once. Say what the decision missed or what has changed."
        {...form.validation('reason')}
      >
        <Textarea
          ref={reasonRef}
          value={form.reason}
          maxLength={TRIAGE_LIMITS.appealMax}
          resize="vertical"
          onChange={(_, data) => form.edit(data.value)}
        />
      </Field>
    </TriageForm>
  );
}
