import { useState } from 'react';
import type { MessageKey, MessageValues } from '@ideabar/core';
import { problemMessage, problemText } from '../api/apiError';
import { fieldMessagesOf, type FieldMessages } from '../shared/fieldMessages';
import { useTranslator } from '../app/translation';
import type { Notify } from '../session/SessionProvider';

export interface SectionFormOptions<T> {
  /** What the form compares to tell whether anything changed; the whole draft by default. */
  compared?: (value: T) => unknown;
  /** What can be told before asking the API (empty names, numbers out of range); the API has the last word. */
  check?: (draft: T) => FieldMessages;
}

/**
 * What a section says about its save, in the person's language: the catalog's sentence for a failure ("Couldn't
 * save the board.", with its values), and the toast once saved. A section not translated yet may still give
 * `doing` ("save the board"), which completes an English "Couldn't …".
 */
export type SaveWords = { done: string } & (
  { failed: MessageKey; values?: MessageValues } | { doing: string }
);

/**
 * The state of one section of the settings page: the saved value, the draft being edited, whether anything
 * changed, the save in progress, and what went wrong, field by field. A refused or failed save keeps the draft;
 * a new saved value (after a save, or from elsewhere) replaces it.
 */
export function useSectionForm<T>(saved: T, notify: Notify, options: SectionFormOptions<T> = {}) {
  const compared = options.compared ?? ((value: T) => value);
  const savedKey = JSON.stringify(compared(saved));
  const [base, setBase] = useState({ key: savedKey, value: saved });
  const [draft, setDraft] = useState(saved);
  const [messages, setMessages] = useState<FieldMessages>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const translator = useTranslator();

  // The saved value changed (what the API answered, or another board): start again from it.
  if (savedKey !== base.key) {
    setBase({ key: savedKey, value: saved });
    setDraft(saved);
    setMessages({});
    setProblem(undefined);
  }

  const dirty = JSON.stringify(compared(draft)) !== base.key;

  /** Changes some fields of the draft, and forgets what was said about them. */
  const edit = (change: Partial<T>) => {
    setDraft((current) => ({ ...current, ...change }));
    const cleared = Object.keys(change).filter((field) => messages[field]);
    if (cleared.length > 0)
      setMessages((current) => ({ ...current, ...Object.fromEntries(cleared.map((f) => [f, undefined])) }));
  };

  const save = async (send: (draft: T) => Promise<unknown>, words: SaveWords): Promise<boolean> => {
    const local = options.check?.(draft) ?? {};
    setMessages(local);
    setProblem(undefined);
    if (Object.values(local).some(Boolean)) return false;
    setSaving(true);
    try {
      await send(draft);
      notify(words.done);
      return true;
    } catch (error) {
      const { fields, rest } = fieldMessagesOf(error, Object.keys(draft as object), translator);
      setMessages(fields);
      if (rest.length > 0 || Object.keys(fields).length === 0)
        setProblem(
          (rest.length > 0 ? rest.join(' ') : undefined) ??
            ('failed' in words
              ? problemMessage(translator, error, words.failed, words.values)
              : problemText(error, words.doing)),
        );
      return false;
    } finally {
      setSaving(false);
    }
  };

  const reset = () => {
    setDraft(base.value);
    setMessages({});
    setProblem(undefined);
  };

  return { draft, edit, dirty, saving, messages, problem, save, reset };
}
