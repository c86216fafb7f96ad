import type { MessageKey, MessageValues, Translator } from '@ideabar/core';
import { ApiError, fieldProblemText, problemMessage } from '../api/apiError';

/** Messages for the fields of a form, by field name; absent when the field is fine. */
export type FieldMessages = Partial<Record<string, string>>;

/**
 * The one rule every form of the tab reads the API's field messages by: a form's field takes the messages about
 * itself and about its parts (`tags` takes `tags.2`, `decline.rule` takes `decline.rule.text`), in the reader's
 * language. A message about a field the form does not show comes back in `rest`, so nothing the API said is lost.
 * Anything but a refusal of the input gives no messages at all.
 */
export function fieldMessagesOf(
  error: unknown,
  fields: readonly string[],
  translator: Translator,
): { fields: FieldMessages; rest: string[] } {
  if (!(error instanceof ApiError) || error.code !== 'validation') return { fields: {}, rest: [] };
  const found: FieldMessages = {};
  const rest: string[] = [];
  for (const problem of error.fields) {
    const field = fields.find((name) => problem.field === name || problem.field.startsWith(`${name}.`));
    const message = fieldProblemText(translator, error, problem.field) ?? problem.message;
    if (field) found[field] ??= message;
    else rest.push(message);
  }
  return { fields: found, rest };
}

/**
 * What a form says above its fields after the API refused or failed it: the catalog's "Couldn't …" sentence,
 * followed by what no field shows; or, when no field is highlighted, "Couldn't …: <the API's own words>".
 */
export function refusalText(
  translator: Translator,
  error: unknown,
  failed: MessageKey,
  highlighted: boolean,
  rest: readonly string[],
  /** The failure's own values: "Couldn't add the category “{name}”." */
  values?: MessageValues,
): string {
  return highlighted || rest.length === 0
    ? [problemMessage(translator, error, failed, values), ...rest].join(' ')
    : translator.t('problem.then', { failed: translator.t(failed, values), why: rest.join(' ') });
}
