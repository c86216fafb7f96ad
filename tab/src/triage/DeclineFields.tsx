import {
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Text,
  Textarea,
  tokens,
  useId,
} from '@fluentui/react-components';
import { CONSTRAINTS } from '@ideabar/core';
import { useTranslator } from '../app/translation';
import { TRIAGE_LIMITS } from './triageText';
import type { DeclineFieldsProps } from './DeclineFields.types';

export const useDeclineFieldsStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/**
 * The structured decision a decline needs: the constraint, the rule or policy it rests on, and the path to yes.
 * IT is an enabler here: the path to yes is what the author reads first.
 */
export function DeclineFields({ draft, onChange, validation }: DeclineFieldsProps) {
  const styles = useDeclineFieldsStyles();
  const { t } = useTranslator();
  const headingId = useId('decline-decision');
  return (
    <div role="group" aria-labelledby={headingId} className={styles.root}>
      <h4 id={headingId} className={styles.heading}>
        {t('triage.decline.heading')}
      </h4>
      <Text size={200}>{t('triage.decline.intro')}</Text>
      <Field
        label={t('triage.decline.constraint')}
        required
        hint={t('triage.decline.constraintHint')}
        {...validation('decline.constraint')}
      >
        <Dropdown
          clearButton={{ 'aria-label': t('form.clearSelection') }}
          placeholder={t('triage.decline.constraintPlaceholder')}
          value={draft.constraint ? t(`triage.constraint.${draft.constraint}`) : ''}
          selectedOptions={draft.constraint ? [draft.constraint] : []}
          onOptionSelect={(_, data) => onChange('constraint', data.optionValue ?? '')}
        >
          {CONSTRAINTS.map((constraint) => (
            <Option key={constraint} value={constraint}>
              {t(`triage.constraint.${constraint}`)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label={t('triage.decline.rule')}
        required
        hint={t('triage.decline.ruleHint')}
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
        label={t('triage.decline.pathToYes')}
        required
        hint={t('triage.decline.pathToYesHint')}
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
