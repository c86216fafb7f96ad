import { useRef } from 'react';
import { Field, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { SOURCING, type Recommendation, type Sourcing } from '@ideabar/core';
import { RECOMMENDATION_LABELS, SOURCING_HINTS, SOURCING_LABELS } from '../../board/triageText';
import { SaveButton } from '../SaveButton/SaveButton';
import { TriageForm } from '../TriageForm/TriageForm';
import { useClassificationFormStyles } from './ClassificationForm.styles';
import type { ClassificationFormProps } from './ClassificationForm.types';
import { SCORES, useClassificationForm } from './useClassificationForm';

/** IT classifies the idea; the priority it gives is shown as the scores change, before anything is saved. */
export function ClassificationForm(props: ClassificationFormProps) {
  const styles = useClassificationFormStyles();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useClassificationForm(props, formRef);

  return (
    <TriageForm
      name={{ label: 'Classification' }}
      formRef={formRef}
      saving={form.saving}
      problem={form.problem}
      onSubmit={form.submit}
      className={styles.form}
      actions={<SaveButton saving={form.saving}>Save classification</SaveButton>}
    >
      <Field label="Sourcing" required {...form.validation('sourcing')}>
        <RadioGroup value={form.sourcing} onChange={(_, data) => form.chooseSourcing(data.value as Sourcing)}>
          {SOURCING.map((sourcing) => (
            <Radio
              key={sourcing}
              value={sourcing}
              label={`${SOURCING_LABELS[sourcing]} (${SOURCING_HINTS[sourcing]})`}
            />
          ))}
        </RadioGroup>
      </Field>
      {form.sourcing && (
        <Field label="Recommendation" required {...form.validation('recommendation')}>
          <RadioGroup
            layout="horizontal"
            value={form.recommendation}
            onChange={(_, data) => form.chooseRecommendation(data.value as Recommendation)}
          >
            {form.recommendations.map((recommendation) => (
              <Radio
                key={recommendation}
                value={recommendation}
                label={RECOMMENDATION_LABELS[recommendation]}
              />
            ))}
          </RadioGroup>
        </Field>
      )}
      <div className={styles.scores}>
        {(['value', 'effort'] as const).map((what) => (
          <Field
            key={what}
            label={what === 'value' ? 'Value' : 'Effort'}
            required
            hint={what === 'value' ? '1 little to 5 a lot for the business.' : '1 little to 5 a lot of work.'}
            {...form.validation(what)}
          >
            <RadioGroup
              layout="horizontal"
              className={styles.scale}
              value={form[what] ? String(form[what]) : ''}
              onChange={(_, data) => form.score(what, Number(data.value))}
            >
              {SCORES.map((score) => (
                <Radio key={score} value={String(score)} label={String(score)} />
              ))}
            </RadioGroup>
          </Field>
        ))}
      </div>
      <Text role="status" className={styles.priority}>
        {form.priority === undefined
          ? 'Priority: score the value and effort to see it.'
          : `Priority: ${form.priority} of 25`}
      </Text>
    </TriageForm>
  );
}
