import { useState, type KeyboardEvent } from 'react';
import { Button, Field, Input, Tag, TagGroup } from '@fluentui/react-components';
import { useTranslator } from '../app/translation';
import { useSectionStyles } from './SettingsPage.styles';

export type ParsedItems = { add: string[] } | { problem: string };

export interface ListFieldProps {
  label: string;
  items: string[];
  onChange: (items: string[]) => void;
  /** Turns what was typed into the items to add, or says why they cannot be added. */
  parse: (typed: string, items: string[]) => ParsedItems;
  /** How an item reads in its tag ("3 days before"); the item itself by default. */
  itemText?: (item: string) => string;
  addLabel: string;
  hint?: string;
  /** The API's message for the list. */
  validationMessage?: string | undefined;
  inputMode?: 'text' | 'numeric';
}

/** A short list edited in place: type and press Enter (or Add) to add, press a tag to remove it. */
export function ListField(props: ListFieldProps) {
  const { label, items, onChange, parse, itemText = (item) => item, addLabel, hint } = props;
  const styles = useSectionStyles();
  const { t } = useTranslator();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | undefined>();

  const add = () => {
    if (!typed.trim()) return;
    const parsed = parse(typed, items);
    if ('problem' in parsed) {
      setProblem(parsed.problem);
      return;
    }
    onChange([...items, ...parsed.add]);
    setTyped('');
    setProblem(undefined);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds what was typed; it does not save the section.
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };
  const message = problem ?? props.validationMessage;

  return (
    <div className={styles.form}>
      <div className={styles.inline}>
        <Field
          className={styles.grow}
          label={label}
          hint={hint}
          validationState={message ? 'error' : 'none'}
          validationMessage={message}
        >
          <Input
            value={typed}
            inputMode={props.inputMode ?? 'text'}
            onChange={(_, data) => {
              setTyped(data.value);
              setProblem(undefined);
            }}
            onKeyDown={onKeyDown}
          />
        </Field>
        <Button onClick={add} disabled={!typed.trim()}>
          {addLabel}
        </Button>
      </div>
      {items.length > 0 && (
        <TagGroup
          aria-label={label}
          onDismiss={(_, data) => onChange(items.filter((item) => item !== data.value))}
        >
          {items.map((item) => (
            <Tag
              key={item}
              value={item}
              dismissible
              dismissIcon={{ 'aria-hidden': true }}
              aria-label={t('settings.list.remove', { item: itemText(item) })}
              shape="circular"
            >
              {itemText(item)}
            </Tag>
          ))}
        </TagGroup>
      )}
    </div>
  );
}
