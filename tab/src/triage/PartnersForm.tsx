import { useRef } from 'react';
import { Dropdown, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import { useTranslator } from '../app/translation';
import { PersonPicker } from '../shared/PersonPicker';
import { SaveButton } from '../shared/SaveButton';
import { TriageForm } from './TriageForm';
import type { PartnersFormProps } from './usePartnersForm';
import { usePartnersForm } from './usePartnersForm';

export const usePartnersFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  sponsor: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
});

const NOBODY = '';

/** IT names who partners on the idea in IT, and the business sponsor who speaks for it: people, never ids. */
export function PartnersForm(props: PartnersFormProps) {
  const styles = usePartnersFormStyles();
  const { t } = useTranslator();
  const formRef = useRef<HTMLFormElement>(null);
  const form = usePartnersForm(props, formRef);
  const partner = form.choices.find((choice) => choice.id === form.partnerId);
  const sponsorProblem = form.validation('sponsor').validationMessage;

  return (
    <TriageForm
      name={{ label: t('people.partners.title') }}
      formRef={formRef}
      saving={form.saving}
      problem={form.problem}
      onSubmit={form.submit}
      className={styles.form}
      actions={<SaveButton saving={form.saving}>{t('people.partners.save')}</SaveButton>}
    >
      <Field
        label={t('people.partners.itPartner')}
        hint={
          form.membersProblem ??
          (form.membersLoading ? t('people.partners.itPartner.loading') : t('people.partners.itPartner.hint'))
        }
        {...form.validation('itPartner')}
      >
        <Dropdown
          value={partner?.name ?? t('people.partners.itPartner.none')}
          selectedOptions={[form.partnerId]}
          onOptionSelect={(_, data) => form.choosePartner(data.optionValue ?? NOBODY)}
        >
          <Option value={NOBODY}>{t('people.partners.itPartner.none')}</Option>
          {form.choices.map((choice) => (
            <Option key={choice.id} value={choice.id}>
              {choice.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <PersonPicker
        label={t('people.partners.sponsor')}
        hint={t('people.partners.sponsor.hint')}
        teamsTitle={t('people.partners.sponsor.teamsTitle')}
        value={form.sponsor}
        onChange={form.chooseSponsor}
        clearable
        {...(sponsorProblem ? { validationMessage: sponsorProblem } : {})}
      />
    </TriageForm>
  );
}
