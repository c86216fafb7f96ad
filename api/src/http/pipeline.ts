import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { followRecorded, PayloadTooLargeError, ValidationError, type Caller } from '@ideabar/core';
import { observeOperation } from '../observability/operation.js';
import type { Services } from '../services.js';
import { errorResponse } from './errorResponses.js';
import { needsSignIn, type RouteDefinition, type RouteInput, type RouteResult } from './route.js';

export const MAX_BODY_BYTES = 64 * 1024;

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

/**
 * Everything every function does the same way: read and bound the body, authenticate, wait for storage, run the
 * route, turn the outcome (or the error) into JSON, and follow the events the route recorded. Routes only translate between HTTP and use cases. Each call
 * is one observed operation: a span, and one log line (see api/src/observability/).
 */
export function handleHttp(
  route: RouteDefinition,
  services: Services,
  request: HttpRequest,
  context: InvocationContext,
): Promise<HttpResponseInit> {
  const start = { kind: 'request', name: route.name, method: request.method } as const;
  return observeOperation(context, start, async ({ correlationId }) => {
    let caller: Caller | undefined;
    let result: RouteResult;
    let failure: unknown;
    try {
      const input = await readInput(request);
      if (needsSignIn(route)) {
        caller = await services.tokens.verify(request.headers.get('authorization'));
        // Counted once the caller is known and before anything is read or written: a refused write does nothing.
        if (route.limit) services.limits.take(route.limit, caller);
        await services.ready();
        result = await route.handle({ ...input, caller }, services);
      } else {
        if (route.storage) await services.ready();
        result = await route.handle(input, services);
      }
    } catch (error) {
      failure = error;
      result = errorResponse(error);
    }
    // What the route changed is followed (channel posts, card edits, notices) while the answer goes out; the
    // outbox timer follows it instead should this process die first.
    void followRecorded(services.ideabar);
    const status = result.status ?? 200;
    const errorCode = status >= 400 ? (errorCodeOf(result.body) ?? `http_${status}`) : undefined;
    const body = result.text ?? (result.body === undefined ? undefined : JSON.stringify(result.body));
    const headers = {
      ...JSON_HEADERS,
      ...result.headers,
      // The id to quote when asking about a failed request: the log line and the trace carry it too.
      ...(errorCode ? { 'x-correlation-id': correlationId } : {}),
    };
    return {
      result: { status, headers, ...(body === undefined ? {} : { body }) },
      outcome: {
        // A fault is an error; a 5xx the route chose (storage unavailable) only a warning; the rest information.
        level: failure !== undefined && status >= 500 ? 'error' : status >= 500 ? 'warn' : 'info',
        status,
        ...(caller ? { tenant: caller.tenantId } : {}),
        ...(errorCode ? { errorCode } : {}),
        ...(failure !== undefined ? { fault: failure } : {}),
      },
    };
  });
}

/** The `code` of an `{ error: { code } }` answer. */
function errorCodeOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
  const { error } = body;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

async function readInput(request: HttpRequest): Promise<RouteInput> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const text = request.body ? await request.text() : '';
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw tooLarge();
  let parsed: { value: unknown } | undefined;
  return {
    params: Object.fromEntries(Object.entries(request.params)),
    headers: Object.fromEntries(request.headers),
    query: firstValues(request.query),
    body() {
      parsed ??= { value: parseJson(text) };
      return parsed.value;
    },
  };
}

function firstValues(query: URLSearchParams): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of query) if (!(name in values)) values[name] = value;
  return values;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError([{ field: 'body', message: 'The body is not valid JSON.' }]);
  }
}

export const tooLarge = () =>
  new PayloadTooLargeError(
    `Requests are limited to ${MAX_BODY_BYTES / 1024} KB. Shorten the text and try again.`,
  );
