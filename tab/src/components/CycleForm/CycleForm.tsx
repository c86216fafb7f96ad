import { useRef } from 'react';
import { Dropdown, Field, Option } from '@fluentui/react-components';
import type { CycleView } from '../../api/cyclesApi';
import { SaveButton } from '../SaveButton/SaveButton';
import { TriageForm } from '../TriageForm/TriageForm';
import { useCycleFormStyles } from './CycleForm.styles';
import type { CycleFormProps } from './CycleForm.types';
import { NO_CYCLE, useCycleForm } from './useCycleForm';

const cycleLabel = (cycle: CycleView): string =>
  cycle.phase === 'closed' ? `${cycle.name} (closed)` : cycle.name;

/** IT puts the idea in one of its board's planning cycles that has not closed, or takes it out of its cycle. */
export function CycleForm(props: CycleFormProps) {
  const styles = useCycleFormStyles();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useCycleForm(props, formRef);
  const chosen = form.choices.find((cycle) => cycle.id === form.cycleId);

  return (
    <TriageForm
      name={{ label: 'Planning cycle' }}
      formRef={formRef}
      saving={form.saving}
      problem={form.problem}
      onSubmit={form.submit}
      className={styles.form}
      actions={<SaveButton saving={form.saving}>Save cycle</SaveButton>}
    >
      <Field
        label="Planning cycle"
        hint={
          form.cyclesProblem ??
          (form.cyclesLoading
            ? 'Loading the board’s cycles…'
            : 'The board’s cycles that have not closed. Its shortlist is drawn from the ideas in it.')
        }
        {...form.validation('cycleId')}
      >
        <Dropdown
          value={
            chosen
              ? cycleLabel(chosen)
              : form.cycleId === NO_CYCLE
                ? 'No cycle'
                : 'A cycle that is not listed'
          }
          selectedOptions={[form.cycleId]}
          onOptionSelect={(_, data) => form.choose(data.optionValue ?? NO_CYCLE)}
        >
          <Option value={NO_CYCLE}>No cycle</Option>
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
