import { useRef } from 'react';
import { Dropdown, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import type { CycleView } from '../api/cyclesApi';
import { useTranslator } from '../app/translation';
import { SaveButton } from '../shared/SaveButton';
import { TriageForm } from './TriageForm';
import type { CycleFormProps } from './useCycleForm';
import { NO_CYCLE, useCycleForm } from './useCycleForm';

export const useCycleFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

/** IT puts the idea in one of its board's planning cycles that has not closed, or takes it out of its cycle. */
export function CycleForm(props: CycleFormProps) {
  const styles = useCycleFormStyles();
  const { t } = useTranslator();
  const cycleLabel = (cycle: CycleView): string =>
    cycle.phase === 'closed' ? t('triage.cycle.closed', { name: cycle.name }) : cycle.name;
  const formRef = useRef<HTMLFormElement>(null);
  const form = useCycleForm(props, formRef);
  const chosen = form.choices.find((cycle) => cycle.id === form.cycleId);

  return (
    <TriageForm
      name={{ label: t('triage.section.cycle') }}
      formRef={formRef}
      saving={form.saving}
      problem={form.problem}
      onSubmit={form.submit}
      className={styles.form}
      actions={<SaveButton saving={form.saving}>{t('triage.cycle.save')}</SaveButton>}
    >
      <Field
        label={t('triage.section.cycle')}
        hint={form.cyclesProblem ?? t(form.cyclesLoading ? 'triage.cycle.loading' : 'triage.cycle.hint')}
        {...form.validation('cycleId')}
      >
        <Dropdown
          clearButton={{ 'aria-label': t('form.clearSelection') }}
          value={
            chosen
              ? cycleLabel(chosen)
              : form.cycleId === NO_CYCLE
                ? t('triage.cycle.none')
                : t('triage.cycle.unlisted')
          }
          selectedOptions={[form.cycleId]}
          onOptionSelect={(_, data) => form.choose(data.optionValue ?? NO_CYCLE)}
        >
          <Option value={NO_CYCLE}>{t('triage.cycle.none')}</Option>
          {form.choices.map((cycle) => (
            <Option key={cycle.id} value={cycle.id} disabled={cycle.phase === 'closed'}>
              {cycleLabel(cycle)}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </TriageForm>
  );
}
