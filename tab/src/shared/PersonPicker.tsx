import { useState } from 'react';
import {
  Button,
  Combobox,
  Field,
  Label,
  makeStyles,
  Option,
  Text,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useTranslator } from '../app/translation';
import { canPickPeopleInTeams, pickPersonInTeams } from '../teams/teamsHost';
import type { PersonPickerProps } from './PersonPicker.types';
import { usePeopleSearch } from './usePeopleSearch';

export const usePersonPickerStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  chosen: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  none: { color: tokens.colorNeutralForeground2 },
});

/**
 * Chooses a person by name, never by id: inside Teams with Teams' own people picker (the organisation's directory),
 * elsewhere from the people IdeaBar knows in the tenant. Either way the choice carries their id and name.
 */
export function PersonPicker(props: PersonPickerProps) {
  return canPickPeopleInTeams() ? <TeamsPersonPicker {...props} /> : <KnownPersonPicker {...props} />;
}

function TeamsPersonPicker({
  label,
  hint,
  value,
  onChange,
  exclude = [],
  clearable,
  validationMessage,
  teamsTitle,
}: PersonPickerProps) {
  const styles = usePersonPickerStyles();
  const { t } = useTranslator();
  const labelId = useId('person-label');
  const aboutId = useId('person-about');
  const [problem, setProblem] = useState<string | undefined>();
  const [picking, setPicking] = useState(false);

  const pick = async () => {
    setProblem(undefined);
    setPicking(true);
    try {
      const picked = await pickPersonInTeams(teamsTitle, value?.id);
      if (picked === 'nameless') setProblem(t('people.picker.nameless'));
      else if (picked !== 'closed' && exclude.includes(picked.id))
        setProblem(t('people.picker.excluded', { name: picked.name }));
      else if (picked !== 'closed') onChange(picked);
    } catch {
      setProblem(t('people.picker.teamsFailed'));
    } finally {
      setPicking(false);
    }
  };

  const message = problem ?? validationMessage;
  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={aboutId} className={styles.group}>
      <Label id={labelId}>{label}</Label>
      <div className={styles.chosen}>
        {value ? (
          <Text weight="semibold" dir="auto">
            {value.name}
          </Text>
        ) : (
          <Text className={styles.none}>{t('people.picker.nobody')}</Text>
        )}
        <Button size="small" onClick={() => void pick()} disabled={picking}>
          {value ? t('people.picker.change') : t('people.picker.choose')}
        </Button>
        {clearable && value && (
          <Button size="small" appearance="subtle" onClick={() => onChange(null)}>
            {t('people.picker.clear')}
          </Button>
        )}
      </div>
      <Text
        id={aboutId}
        size={200}
        className={message ? styles.error : styles.hint}
        role={message ? 'alert' : undefined}
      >
        {message ?? [hint, t('people.picker.inTeams')].filter(Boolean).join(' ')}
      </Text>
    </div>
  );
}

function KnownPersonPicker({
  label,
  hint,
  value,
  onChange,
  exclude = [],
  clearable,
  validationMessage,
}: PersonPickerProps) {
  const { t } = useTranslator();
  const [open, setOpen] = useState(false);
  /** What is typed to search; undefined shows the chosen person's name. */
  const [typed, setTyped] = useState<string | undefined>();
  const search = usePeopleSearch(typed ?? '', open);
  const offered =
    search.status === 'ready' ? search.people.filter((person) => !exclude.includes(person.id)) : [];

  return (
    <Field
      label={label}
      hint={[hint, t('people.picker.known')].filter(Boolean).join(' ')}
      {...(validationMessage ? { validationState: 'error' as const, validationMessage } : {})}
    >
      <Combobox
        placeholder={t('people.picker.search')}
        value={typed ?? value?.name ?? ''}
        selectedOptions={value ? [value.id] : []}
        clearable={clearable}
        expandIcon={{ 'aria-label': t('form.open', { field: label }) }}
        clearIcon={{ 'aria-label': t('people.picker.clearLabel', { field: label }) }}
        freeform
        open={open}
        onOpenChange={(_, data) => {
          setOpen(data.open);
          // Leaving without a choice puts the chosen person's name back.
          if (!data.open) setTyped(undefined);
        }}
        onChange={(event) => {
          setTyped(event.target.value);
          setOpen(true);
        }}
        onOptionSelect={(_, data) => {
          setTyped(undefined);
          if (data.optionValue === undefined) return clearable ? onChange(null) : undefined;
          const person = offered.find((known) => known.id === data.optionValue);
          if (person) onChange(person);
        }}
      >
        {search.status === 'searching' && (
          <Option disabled value="~searching" text="">
            {t('people.picker.searching')}
          </Option>
        )}
        {search.status === 'failed' && (
          <Option disabled value="~failed" text="">
            {t('people.picker.failed')}
          </Option>
        )}
        {search.status === 'ready' && offered.length === 0 && (
          <Option disabled value="~none" text="">
            {typed?.trim() ? t('people.picker.noMatch', { typed: typed.trim() }) : t('people.picker.noOne')}
          </Option>
        )}
        {offered.map((person) => (
          <Option key={person.id} value={person.id} text={person.name}>
            {person.name}
          </Option>
        ))}
        {search.status === 'ready' && search.more && (
          <Option disabled value="~more" text="">
            {t('people.picker.more')}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
