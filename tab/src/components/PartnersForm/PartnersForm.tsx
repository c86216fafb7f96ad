import { useRef } from 'react';
import { Dropdown, Field, Input, Option } from '@fluentui/react-components';
import { TRIAGE_LIMITS } from '../../board/triageText';
import { SaveButton } from '../SaveButton/SaveButton';
import { TriageForm } from '../TriageForm/TriageForm';
import { usePartnersFormStyles } from './PartnersForm.styles';
import type { PartnersFormProps } from './PartnersForm.types';
import { usePartnersForm } from './usePartnersForm';

const NOBODY = '';

/** IT names who partners on the idea in IT, and the business sponsor who speaks for it. */
export function PartnersForm(props: PartnersFormProps) {
  const styles = usePartnersFormStyles();
  const formRef = useRef<HTMLFormElement>(null);
  const form = usePartnersForm(props, formRef);
  const partner = form.choices.find((choice) => choice.id === form.partnerId);

  return (
    <TriageForm
      name={{ label: 'IT partner and sponsor' }}
      formRef={formRef}
      saving={form.saving}
      problem={form.problem}
      onSubmit={form.submit}
      className={styles.form}
      actions={<SaveButton saving={form.saving}>Save partners</SaveButton>}
    >
      <Field
        label="IT partner"
        hint={
          form.membersProblem ??
          (form.membersLoading ? 'Loading the IT members…' : 'The IT member who works on it with the author.')
        }
        {...form.validation('itPartner')}
      >
        <Dropdown
          value={partner?.name ?? 'No IT partner'}
          selectedOptions={[form.partnerId]}
          onOptionSelect={(_, data) => form.choosePartner(data.optionValue ?? NOBODY)}
        >
          <Option value={NOBODY}>No IT partner</Option>
          {form.choices.map((choice) => (
            <Option key={choice.id} value={choice.id}>
              {choice.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.sponsor}>
        <Field
          label="Business sponsor"
          hint="Their name. Leave empty for no sponsor."
          {...form.validation('sponsor.name')}
        >
          <Input
            value={form.sponsorName}
            maxLength={TRIAGE_LIMITS.personNameMax}
            onChange={(_, data) => form.editSponsor('name', data.value)}
          />
        </Field>
        <Field
          label="Sponsor’s user id"
          hint="Their email or Teams id; made from the name if left empty."
          {...form.validation('sponsor.id')}
        >
          <Input
            value={form.sponsorId}
            maxLength={TRIAGE_LIMITS.personIdMax}
            onChange={(_, data) => form.editSponsor('id', data.value)}
          />
        </Field>
      </div>
    </TriageForm>
  );
}
