import { useRef } from 'react';
import { Button, Field, makeStyles, Text, Textarea, tokens, useId } from '@fluentui/react-components';
import { APPEAL_REASON_LIMITS } from '@ideabar/core';
import { useTranslator } from '../app/translation';
import { SaveButton } from '../shared/SaveButton';
import { TriageForm } from '../triage/TriageForm';
import type { AppealFormProps } from './useAppealForm';
import { useAppealForm } from './useAppealForm';

export const useAppealFormStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

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
