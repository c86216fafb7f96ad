import {
  IdeaBarError,
  TooManyRequestsError,
  VotesClosedError,
  UnavailableError,
  ValidationError,
  type ErrorCode,
  type ErrorReason,
  type FieldError,
  type VotesClosed,
} from '@ideabar/core';

export interface ErrorBody {
  error: {
    code: ErrorCode | 'internal' | 'method_not_allowed';
    message: string;
    /** On a refusal (not found, forbidden, conflict): its case, for a client that words it in its reader's language. */
    reason?: ErrorReason;
    fields?: FieldError[];
    /** On a vote refused because the idea takes no more votes: why, and the idea a duplicate was merged into. */
    votesClosed?: VotesClosed;
  };
}

export interface ErrorResponse {
  status: number;
  headers: Record<string, string>;
  body: ErrorBody;
}

const STATUS: Record<ErrorCode, number> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  too_many_requests: 429,
  unavailable: 503,
};

/**
 * The one mapping from IdeaBar's error model to HTTP. Anything that is not an IdeaBarError is a fault: it answers a
 * plain 500 and the detail goes only to the log.
 */
export function errorResponse(error: unknown): ErrorResponse {
  if (!(error instanceof IdeaBarError)) {
    return {
      status: 500,
      headers: {},
      body: { error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' } },
    };
  }
  const headers: Record<string, string> = {};
  if (error instanceof UnavailableError || error instanceof TooManyRequestsError) {
    headers['retry-after'] = String(error.retryAfterSeconds);
  }
  if (error.code === 'unauthorized') headers['www-authenticate'] = 'Bearer';
  const fields = error instanceof ValidationError ? { fields: error.fields } : {};
  const closed = error instanceof VotesClosedError ? { votesClosed: error.closed } : {};
  const reason = error.reason ? { reason: error.reason } : {};
  return {
    status: STATUS[error.code],
    headers,
    body: { error: { code: error.code, message: error.message, ...reason, ...fields, ...closed } },
  };
}
