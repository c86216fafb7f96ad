import { Dropdown, Field, Input, Option, Text, Textarea, useId } from '@fluentui/react-components';
import { CONSTRAINTS } from '@ideabar/core';
import { CONSTRAINT_NAMES, TRIAGE_LIMITS } from '../../board/triageText';
import { useDeclineFieldsStyles } from './DeclineFields.styles';
import type { DeclineFieldsProps } from './DeclineFields.types';

/**
 * The structured decision a decline needs: the constraint, the rule or policy it rests on, and the path to yes.
 * IT is an enabler here: the path to yes is what the author reads first.
 */
export function DeclineFields({ draft, onChange, validation }: DeclineFieldsProps) {
  const styles = useDeclineFieldsStyles();
  const headingId = useId('decline-decision');
  return (
    <div role="group" aria-labelledby={headingId} className={styles.root}>
      <h4 id={headingId} className={styles.heading}>
        The decision
      </h4>
      <Text size={200}>
        Everyone sees it with the idea, so the author knows what would change the answer.
      </Text>
      <Field
        label="Constraint"
        required
        hint="What the decline rests on."
        {...validation('decline.constraint')}
      >
        <Dropdown
          placeholder="Choose a constraint"
          value={draft.constraint ? CONSTRAINT_NAMES[draft.constraint] : ''}
          selectedOptions={draft.constraint ? [draft.constraint] : []}
          onOptionSelect={(_, data) => onChange('constraint', data.optionValue ?? '')}
        >
          {CONSTRAINTS.map((constraint) => (
            <Option key={constraint} value={constraint}>
              {CONSTRAINT_NAMES[constraint]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label="Rule or policy"
        required
        hint="Name it so people can look it up, for example “Security policy SEC-12: no split tunnels”."
        {...validation('decline.rule')}
      >
        <Input
          dir="auto"
          value={draft.rule}
          maxLength={TRIAGE_LIMITS.ruleMax}
          onChange={(_, data) => onChange('rule', data.value)}
        />
      </Field>
      <Field
        label="Path to yes"
        required
        hint="What would have to be true for a yes, or an alternative available today."
        {...validation('decline.pathToYes')}
      >
        <Textarea
          dir="auto"
          value={draft.pathToYes}
          maxLength={TRIAGE_LIMITS.pathToYesMax}
          resize="vertical"
          onChange={(_, data) => onChange('pathToYes', data.value)}
        />
      </Field>
    </div>
  );
}
