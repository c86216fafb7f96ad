import { useRef } from 'react';
import { Button, Field, Text, Textarea, useId } from '@fluentui/react-components';
import { APPEAL_REASON_LIMITS } from '@ideabar/core';
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
          You can appeal only once, saying why. The idea goes back under review and IT must answer.
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
        hint={`This is your only appeal of this decision. Say what it missed or what has changed (at least ${APPEAL_REASON_LIMITS.min} characters; ${form.reason.trim().length} so far).`}
        {...form.validation('reason')}
      >
        <Textarea
          dir="auto"
          ref={reasonRef}
          value={form.reason}
          maxLength={APPEAL_REASON_LIMITS.max}
          resize="vertical"
          onChange={(_, data) => form.edit(data.value)}
        />
      </Field>
    </TriageForm>
  );
}
