import { useMemo, useState } from 'react';
import { Button, Combobox, Field, useComboboxFilter } from '@fluentui/react-components';
import { useTranslator } from '../app/translation';

export interface TimeZonePickerProps {
  value: string;
  zones: readonly string[];
  onChange: (zone: string) => void;
  hint?: string;
  validationMessage?: string | undefined;
  /** The zone to offer first and in one click: the browser's own. */
  suggested?: string;
}

/** "new york" finds America/New_York: underscores and slashes read as spaces, case ignored. */
const matches = (zone: string, query: string) =>
  zone
    .replace(/[_/]/g, ' ')
    .toLocaleLowerCase()
    .includes(query.replace(/[_/]/g, ' ').trim().toLocaleLowerCase());

/** An IANA time zone, found by typing part of its name; the browser's own is offered first. */
export function TimeZonePicker(props: TimeZonePickerProps) {
  const { value, zones, onChange, hint, validationMessage, suggested } = props;
  const { t } = useTranslator();
  /** What is typed to find a zone; null shows the chosen one. */
  const [typed, setTyped] = useState<string | null>(null);
  const options = useMemo(
    () => [...new Set([...(suggested ? [suggested] : []), value, ...zones])],
    [zones, value, suggested],
  );
  const found = useComboboxFilter(typed ?? '', options, {
    filter: matches,
    noOptionsMessage: t('settings.timeZone.none'),
  });

  return (
    <div>
      <Field
        label={t('settings.timeZone')}
        hint={hint}
        validationState={validationMessage ? 'error' : 'none'}
        validationMessage={validationMessage}
      >
        <Combobox
          expandIcon={{ 'aria-label': t('form.open', { field: t('settings.timeZone') }) }}
          value={typed ?? value}
          selectedOptions={[value]}
          onChange={(event) => setTyped(event.target.value)}
          onOptionSelect={(_, data) => {
            if (data.optionValue) onChange(data.optionValue);
            setTyped(null);
          }}
          onOpenChange={(_, data) => {
            if (!data.open) setTyped(null);
          }}
        >
          {found}
        </Combobox>
      </Field>
      {suggested && suggested !== value && (
        <Button size="small" appearance="transparent" onClick={() => onChange(suggested)}>
          {t('settings.timeZone.useBrowser', { zone: suggested })}
        </Button>
      )}
    </div>
  );
}
