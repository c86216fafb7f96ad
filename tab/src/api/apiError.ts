import {
  reasonText,
  type ErrorReason,
  type FieldError,
  type MessageKey,
  type MessageValues,
  type Translator,
  type VotesClosed,
} from '@ideabar/core';

/** The error codes the API answers with (docs/api.md), plus `network` when no answer came at all. */
export type ApiErrorCode =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'payload_too_large'
  | 'unavailable'
  | 'too_many_requests'
  | 'internal'
  | 'network';

/** A refusal or failure of the API, kept apart from its text: people see `problemMessage`, never the raw message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    readonly fields: FieldError[] = [],
    readonly retryAfterSeconds?: number,
    /** The API's own message, written for people (docs/api.md); shown where it says why better than a code can. */
    readonly reason?: string,
    /** On a refused vote: why the idea takes no more votes (delivered, or merged into another). */
    readonly votesClosed?: VotesClosed,
    /** The refusal's case (`error.reason`), which the catalog words in every language. */
    readonly reasonCode?: ErrorReason,
  ) {
    super(`API answered ${status} ${code}`);
    this.name = 'ApiError';
  }

  /** The message the API gave for one form field (`tags.2` counts as `tags`). */
  fieldMessage(field: string): string | undefined {
    return this.fields.find((problem) => problem.field === field || problem.field.startsWith(`${field}.`))
      ?.message;
  }
}

/**
 * What to tell a person when something went wrong, in their language: what could not be done, a catalog sentence
 * of its own ("Couldn't load the ideas."), then why and what to do now. The API's own sentence for a conflict or a refusal is English and can
 * say more (which statuses an idea can move to), so English readers get it; the others read the refusal's reason
 * from the catalog, or its kind where the API named no reason.
 */
export function problemMessage(
  { t, locale }: Translator,
  error: unknown,
  failed: MessageKey,
  /** The failure's own values: "Couldn't approve “{title}”." */
  values?: MessageValues,
): string {
  return t('problem.then', { failed: t(failed, values), why: whyText(t, locale, error) });
}

function whyText(t: Translator['t'], locale: Translator['locale'], error: unknown): string {
  if (!(error instanceof ApiError)) return t('problem.unknown');
  const because = error.reasonCode ? reasonText({ t }, error.reasonCode) : undefined;
  const reason = (locale === 'en' ? error.reason : undefined) ?? because;
  switch (error.code) {
    case 'network':
      return t('problem.network');
    case 'unavailable':
      return t('problem.unavailable', { seconds: error.retryAfterSeconds ?? 5 });
    case 'too_many_requests': {
      const seconds = error.retryAfterSeconds ?? 60;
      return seconds < 90
        ? t('problem.tooManyRequests', { seconds })
        : t('problem.tooManyRequestsMinutes', { minutes: Math.ceil(seconds / 60) });
    }
    case 'unauthorized':
      return t('problem.unauthorized');
    case 'forbidden':
      return reason ?? t('problem.forbidden');
    case 'not_found':
      // The API's "The idea was not found." says no more than the catalog's sentence does.
      return because ?? t('problem.notFound');
    case 'conflict':
      return reason ?? t('problem.conflict');
    case 'validation':
      return t('problem.validation');
    case 'payload_too_large':
      return t('problem.payloadTooLarge');
    default:
      return t('problem.internal');
  }
}

/**
 * The API's word on one form field (`tags.2` counts as `tags`) in the person's language. The API words it in
 * English and names its kind (`problem`, `limit`): English readers get the API's own sentence, which can say more
 * (the board's categories); the others get the kind, worded by the catalog.
 */
export function fieldProblemText(
  { t, locale }: Translator,
  error: ApiError,
  field: string,
): string | undefined {
  const found = error.fields.find(
    (problem) => problem.field === field || problem.field.startsWith(`${field}.`),
  );
  if (!found) return undefined;
  if (locale === 'en') return found.message;
  const limit = found.limit ?? 0;
  switch (found.problem) {
    case 'required':
      return t('field.required');
    case 'too_short':
      return t('field.tooShort', { limit });
    case 'too_long':
      return t('field.tooLong', { limit });
    case 'too_many':
      return t('field.tooMany', { limit });
    case 'control_characters':
      return t('field.controlCharacters');
    case 'invalid_choice':
      return t('field.invalidChoice');
    default:
      return t('field.invalid');
  }
}
