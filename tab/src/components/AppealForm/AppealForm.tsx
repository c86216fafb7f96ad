import { useRef } from 'react';
import { Button, Field, Text, Textarea, useId } from '@fluentui/react-components';
import { APPEAL_REASON_LIMITS } from '@ideabar/core';
import { useTranslator } from '../../app/translation';
import { SaveButton } from '../SaveButton/SaveButton';
import { TriageForm } from '../TriageForm/TriageForm';
import { useAppealFormStyles } from './AppealForm.styles';
import type { AppealFormProps } from './AppealForm.types';
import { useAppealForm } from './useAppealForm';

/** The author asks IT to look at a decline again, once, saying why. */
export function AppealForm(props: AppealFormProps) {
  const styles = useAppealFormStyles();
  const { t } = useTranslator();
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
            {t('idea.appeal.heading')}
          </Button>
        </div>
        <Text size={200}>{t('idea.appeal.intro')}</Text>
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
          <SaveButton saving={form.saving}>{t('idea.appeal.send')}</SaveButton>
          <Button onClick={form.cancel} disabled={form.saving}>
            {t('idea.appeal.cancel')}
          </Button>
        </>
      }
    >
      <h3 id={headingId} className={styles.heading}>
        {t('idea.appeal.heading')}
      </h3>
      <Field
        label={t('idea.appeal.reason.label')}
        required
        hint={t('idea.appeal.reason.hint', {
          min: APPEAL_REASON_LIMITS.min,
          count: form.reason.trim().length,
        })}
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
