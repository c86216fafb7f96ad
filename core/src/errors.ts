/**
 * The one error model of IdeaBar. Every transport maps these kinds once (HTTP status, bot invoke status);
 * anything else that escapes a use case is a fault, logged in full and shown to nobody.
 */
export type ErrorCode =
  | 'not_found'
  | 'validation'
  | 'conflict'
  | 'forbidden'
  | 'unauthorized'
  | 'unavailable'
  | 'payload_too_large'
  | 'too_many_requests';

/**
 * What is wrong with a field, for a face that words it in the person's own language: `message` is English, written
 * for the API's readers; `problem` (with `limit`, the number it breaks) lets the tab say the same in German.
 */
export const FIELD_PROBLEMS = [
  'required',
  'too_short',
  'too_long',
  'too_many',
  'control_characters',
  'invalid_choice',
  'invalid',
] as const;
export type FieldProblem = (typeof FIELD_PROBLEMS)[number];

export interface FieldError {
  field: string;
  message: string;
  problem?: FieldProblem;
  limit?: number;
}

/**
 * Why a refusal (not found, forbidden, conflict) happened, for a face that words it in the reader's language, as
 * `problem` does for a field: `message` stays English, written for the API's readers; `reason` names the case and
 * never changes meaning. Each has a sentence in the `reasons` catalog (core/src/i18n/reasons.ts).
 */
export const ERROR_REASONS = [
  'idea_not_found',
  'board_not_found',
  'cycle_not_found',
  'category_not_found',
  'saved_response_not_found',
  'it_member_not_found',
  'it_members_only',
  'author_only',
  'not_declined',
  'appealed_already',
  'status_final',
  'status_move_not_allowed',
  'saved_responses_full',
  'merged_answer_there',
  'merged_into_this',
  'merged_already',
  'not_awaiting_approval',
  'last_it_member',
  'cycle_overlap',
  'votes_closed_delivered',
  'votes_closed_merged',
  'changed_meanwhile',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

export abstract class IdeaBarError extends Error {
  abstract readonly code: ErrorCode;
  /** The refusal's case, where it has one (see ERROR_REASONS); the API sends it as `error.reason`. */
  readonly reason?: ErrorReason;

  constructor(message?: string, reason?: ErrorReason, options?: ErrorOptions) {
    super(message, options);
    if (reason) this.reason = reason;
  }
}

export class NotFoundError extends IdeaBarError {
  readonly code = 'not_found';
  constructor(what: string, reason?: ErrorReason) {
    super(`${what} was not found.`, reason);
  }
}

export class ValidationError extends IdeaBarError {
  readonly code = 'validation';
  constructor(readonly fields: FieldError[]) {
    super(
      fields.length === 1 && fields[0]
        ? `${fields[0].field}: ${fields[0].message}`
        : `${fields.length} fields need attention.`,
    );
  }
}

export class ConflictError extends IdeaBarError {
  readonly code = 'conflict';
}

/** A write lost an optimistic-concurrency race (stale version); callers re-read and try again. */
export class StaleVersionError extends ConflictError {
  constructor() {
    super('The record changed since it was read.', 'changed_meanwhile');
  }
}

export class ForbiddenError extends IdeaBarError {
  readonly code = 'forbidden';
}

export class UnauthorizedError extends IdeaBarError {
  readonly code = 'unauthorized';
}

export class UnavailableError extends IdeaBarError {
  readonly code = 'unavailable';
  constructor(
    message = 'IdeaBar cannot reach its storage right now. Please try again shortly.',
    readonly retryAfterSeconds = 5,
    options?: ErrorOptions,
  ) {
    super(message, undefined, options);
  }
}

export class PayloadTooLargeError extends IdeaBarError {
  readonly code = 'payload_too_large';
}

/** Someone (or a whole tenant) is writing faster than IdeaBar's limits allow; nothing of this request was done. */
export class TooManyRequestsError extends IdeaBarError {
  readonly code = 'too_many_requests';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
