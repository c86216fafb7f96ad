import { useEffect, useState, type RefObject } from 'react';
import type { MessageKey, MessageValues } from '@ideabar/core';
import { ApiError } from '../api/apiError';
import { useTranslator } from '../app/translation';
import { fieldMessagesOf, refusalText, type FieldMessages } from './fieldMessages';

export interface FormOptions<T> {
  /** The catalog's sentence for the form's failure: "Couldn't change the status." */
  failed: MessageKey;
  /** The values that sentence names, from the draft that failed: "Couldn't add the category “{name}”." */
  failedValues?: (draft: T) => MessageValues;
  /**
   * The API's field names the form shows (`decline.rule` also takes `decline.rule.x`); the draft's own keys by
   * default. A message for any other field is said in the problem, so nothing the API said is lost.
   */
  fields?: readonly string[];
  /** What can be told before asking the API (nothing chosen, a number out of range); the API has the last word. */
  check?: (draft: T) => FieldMessages;
  /** What the form compares to tell whether anything changed; the whole draft by default. */
  compared?: (value: T) => unknown;
  /** After a refusal, focus moves to this form's first field at fault, where its message is read out. */
  formRef?: RefObject<HTMLElement | null>;
  /** The API answered 409: what the form changes moved on meanwhile (another IT member, an appeal). */
  onConflict?: () => void;
  /** A refusal the form words itself, on its fields and above them (a 409 naming the cycle it overlaps). */
  explain?: (error: unknown) => { fields: FieldMessages; problem: string } | undefined;
  /**
   * Whether a refusal whose every message sits on a field still says "Couldn't …. Check the highlighted fields."
   * above them (true by default); a settings section's fields speak for themselves beside its Save button.
   */
  sayHighlighted?: boolean;
  /** The problem is told as a toast rather than above the form (a comment box has no room for one). */
  onProblem?: (problem: string) => void;
}

export interface FieldValidation {
  validationState?: 'error';
  validationMessage?: string;
}

/**
 * The one form state of the tab: the draft and whether it differs from `saved`, the messages by field (ours for
 * what can be told at once, the API's by the one rule of `fieldMessagesOf`), the submission under way, and a
 * problem for the whole form, in the person's language. A refused or failed submission keeps the draft; a new
 * `saved` value (what the API answered, another board) replaces it.
 */
export function useForm<T extends object>(saved: T, options: FormOptions<T>) {
  const { failed, check, formRef, onConflict, explain, onProblem, sayHighlighted = true } = options;
  const compared = options.compared ?? ((value: T) => value);
  const translator = useTranslator();
  const savedKey = JSON.stringify(compared(saved));
  const [base, setBase] = useState({ key: savedKey, value: saved });
  const [draft, setDraft] = useState(saved);
  const [messages, setMessages] = useState<FieldMessages>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  /** Counts refusals, so focus moves to the first field at fault after each. */
  const [refusals, setRefusals] = useState(0);

  // The saved value changed (what the API answered, or another board): start again from it.
  if (savedKey !== base.key) {
    setBase({ key: savedKey, value: saved });
    setDraft(saved);
    setMessages({});
    setProblem(undefined);
  }

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

  /** Editing a field takes its message away: it was about what was there before. */
  const edited = (...fields: string[]) =>
    setMessages((current) =>
      fields.some((field) => field in current)
        ? Object.fromEntries(Object.entries(current).filter(([name]) => !fields.includes(name)))
        : current,
    );

  /**
   * Changes some fields of the draft (or what `change` makes of the draft as it is by then) and forgets what was
   * said about them, or about `field` when given.
   */
  const edit = (change: Partial<T> | ((draft: T) => Partial<T>), field?: string) => {
    if (typeof change === 'function') return setDraft((current) => ({ ...current, ...change(current) }));
    setDraft((current) => ({ ...current, ...change }));
    if (field) edited(field);
    else edited(...Object.keys(change));
  };

  /** Puts messages on the fields (and a problem above them), and moves focus to the first. */
  const refuse = (messagesByField: FieldMessages, said?: string) => {
    setMessages(messagesByField);
    setProblem(said);
    setRefusals((n) => n + 1);
  };

  /**
   * Checks the draft, then sends it: `send` does the work and what follows it (a toast, handing the answer on).
   * True once it succeeded; false when the form or the API refused it, or it failed.
   */
  const submit = async (send: (draft: T) => Promise<unknown>): Promise<boolean> => {
    const local = check?.(draft) ?? {};
    if (Object.values(local).some(Boolean)) {
      refuse(local);
      return false;
    }
    setSaving(true);
    setProblem(undefined);
    try {
      await send(draft);
      setMessages({});
      return true;
    } catch (error) {
      const explained = explain?.(error);
      if (explained) refuse(explained.fields, explained.problem);
      else {
        const { fields: shown, rest } = fieldMessagesOf(
          error,
          options.fields ?? Object.keys(draft),
          translator,
        );
        const highlighted = Object.keys(shown).length > 0;
        const quiet = highlighted && rest.length === 0 && !sayHighlighted;
        const said = quiet
          ? undefined
          : refusalText(translator, error, failed, highlighted, rest, options.failedValues?.(draft));
        refuse(shown, said);
        if (said) onProblem?.(said);
      }
      if (error instanceof ApiError && error.code === 'conflict') onConflict?.();
      return false;
    } finally {
      setSaving(false);
    }
  };

  /** A fresh start from `start` (a dialog opened again), with nothing said. */
  const startFrom = (start: T) => {
    setDraft(start);
    setMessages({});
    setProblem(undefined);
  };
  /** Back to the saved value, with nothing said. */
  const reset = () => startFrom(base.value);

  /** Field props for a Fluent Field: its message, if any. */
  const validation = (field: string): FieldValidation => {
    const message = messages[field];
    return message ? { validationState: 'error', validationMessage: message } : {};
  };

  const dirty = JSON.stringify(compared(draft)) !== base.key;
  return {
    draft,
    edit,
    edited,
    dirty,
    saving,
    messages,
    validation,
    problem,
    submit,
    refuse,
    reset,
    startFrom,
  };
}
