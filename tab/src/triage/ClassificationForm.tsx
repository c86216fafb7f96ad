import { useRef } from 'react';
import { Field, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { SOURCING, type Recommendation, type Sourcing } from '@ideabar/core';
import { useTranslator } from '../app/translation';
import { SaveButton } from '../shared/SaveButton';
import { TriageForm } from './TriageForm';
import type { ClassificationFormProps } from './useClassificationForm';
import { SCORES, useClassificationForm } from './useClassificationForm';

export const useClassificationFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  scores: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  /** Five radios in a row, wrapping where the drawer is narrow (Teams mobile). */
  scale: { flexWrap: 'wrap' },
  priority: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** IT classifies the idea; the priority it gives is shown as the scores change, before anything is saved. */
export function ClassificationForm(props: ClassificationFormProps) {
  const styles = useClassificationFormStyles();
  const { t } = useTranslator();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useClassificationForm(props, formRef);

  return (
    <TriageForm
      name={{ label: t('triage.classification.form') }}
      formRef={formRef}
      saving={form.saving}
      problem={form.problem}
      onSubmit={form.submit}
      className={styles.form}
      actions={<SaveButton saving={form.saving}>{t('triage.classification.save')}</SaveButton>}
    >
      <Field label={t('triage.classification.sourcing')} required {...form.validation('sourcing')}>
        <RadioGroup value={form.sourcing} onChange={(_, data) => form.chooseSourcing(data.value as Sourcing)}>
          {SOURCING.map((sourcing) => (
            <Radio key={sourcing} value={sourcing} label={t(`triage.sourcing.${sourcing}.choice`)} />
          ))}
        </RadioGroup>
      </Field>
      {form.sourcing && (
        <Field
          label={t('triage.classification.recommendation')}
          required
          {...form.validation('recommendation')}
        >
          <RadioGroup
            layout="horizontal"
            value={form.recommendation}
            onChange={(_, data) => form.chooseRecommendation(data.value as Recommendation)}
          >
            {form.recommendations.map((recommendation) => (
              <Radio
                key={recommendation}
                value={recommendation}
                label={t(`triage.recommendation.${recommendation}`)}
              />
            ))}
          </RadioGroup>
        </Field>
      )}
      <div className={styles.scores}>
        {(['value', 'effort'] as const).map((what) => (
          <Field
            key={what}
            label={t(`triage.classification.${what}`)}
            required
            hint={t(`triage.classification.${what}Hint`)}
            {...form.validation(what)}
          >
            <RadioGroup
              layout="horizontal"
              className={styles.scale}
              value={form[what] ? String(form[what]) : ''}
              onChange={(_, data) => form.score(what, Number(data.value))}
            >
              {SCORES.map((score) => (
                <Radio
                  key={score}
                  value={String(score)}
                  label={t('triage.classification.score', { score })}
                />
              ))}
            </RadioGroup>
          </Field>
        ))}
      </div>
      <Text role="status" className={styles.priority}>
        {form.priority === undefined
          ? t('triage.classification.priorityUnknown')
          : t('triage.classification.priority', { priority: form.priority })}
      </Text>
    </TriageForm>
  );
}
