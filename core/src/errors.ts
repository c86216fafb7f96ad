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

export abstract class IdeaBarError extends Error {
  abstract readonly code: ErrorCode;
}

export class NotFoundError extends IdeaBarError {
  readonly code = 'not_found';
  constructor(what: string) {
    super(`${what} was not found.`);
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
    super('The record changed since it was read.');
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
    super(message, options);
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
