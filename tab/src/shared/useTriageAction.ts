import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { MessageKey } from '@ideabar/core';
import { ApiError } from '../api/apiError';
import { fieldMessagesOf, refusalText, type FieldMessages } from './fieldMessages';
import { useTranslator } from '../app/translation';

export interface FieldValidation {
  validationState?: 'error';
  validationMessage?: string;
}

/**
 * One triage form's round trip to the API, told in the person's language (`failed` is the catalog's sentence for
 * the form's failure: "Couldn't change the status."): whether it is saving, the API's messages for the form's own fields,
 * and a problem for everything else. After a refusal, focus moves to the first field of `formRef` that needs
 * attention, so keyboard and screen reader users land on its message rather than being left on the button.
 *
 * `fields` are the API's field names the form shows (`decline.rule` also takes `decline.rule.x`); a message for any
 * other field is shown in the problem, so nothing the API said is lost.
 */
export function useTriageAction(
  fields: readonly string[],
  failed: MessageKey,
  formRef?: RefObject<HTMLFormElement | null>,
) {
  const translator = useTranslator();
  const [saving, setSaving] = useState(false);
  const [messages, setMessages] = useState<FieldMessages>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [refusals, setRefusals] = useState(0);

  useEffect(() => {
    if (refusals === 0) return;
    const invalid = formRef?.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!invalid) return;
    // A radio group takes the message on its group; the radio to focus is the chosen one, or the first.
    const target = invalid.matches('input, textarea, button, [tabindex]')
      ? invalid
      : (invalid.querySelector<HTMLElement>('input:checked') ?? invalid.querySelector<HTMLElement>('input'));
    target?.focus();
  }, [refusals, formRef]);

  const run = useCallback(
    async <T>(call: () => Promise<T>, onConflict?: () => void): Promise<T | undefined> => {
      setSaving(true);
      setProblem(undefined);
      try {
        const result = await call();
        setMessages({});
        return result;
      } catch (error) {
        const { fields: shown, rest } = fieldMessagesOf(error, fields, translator);
        setMessages(shown);
        setProblem(refusalText(translator, error, failed, Object.keys(shown).length > 0, rest));
        setRefusals((n) => n + 1);
        // The idea moved on meanwhile (another IT member, the author's appeal): show it as it is now.
        if (error instanceof ApiError && error.code === 'conflict') onConflict?.();
        return undefined;
      } finally {
        setSaving(false);
      }
    },
    [fields, failed, translator],
  );

  /** Refuses before asking the API, for what the form can tell itself (nothing chosen yet). */
  const refuse = useCallback((local: Record<string, string>) => {
    setMessages(local);
    setProblem(undefined);
    setRefusals((n) => n + 1);
  }, []);

  /** Field props for a Fluent Field: its message from the API, if any. */
  const validation = (field: string): FieldValidation => {
    const message = messages[field];
    return message ? { validationState: 'error', validationMessage: message } : {};
  };

  /** Editing a field takes its message away: it was about what was there before. */
  const edited = useCallback(
    (field: string) =>
      setMessages((current) => {
        if (!(field in current)) return current;
        return Object.fromEntries(Object.entries(current).filter(([name]) => name !== field));
      }),
    [],
  );

  return { saving, problem, run, refuse, validation, edited };
}
