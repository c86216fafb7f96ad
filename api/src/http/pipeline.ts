import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { IdeaBarError, PayloadTooLargeError, ValidationError, type Caller } from '@ideabar/core';
import type { Services } from '../services.js';
import { errorResponse } from './errorResponses.js';
import type { RouteDefinition, RouteInput, RouteResult } from './route.js';

export const MAX_BODY_BYTES = 64 * 1024;

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

/**
 * Everything every function does the same way: read and bound the body, authenticate, wait for storage, run the
 * route, and turn the outcome (or the error) into JSON. Routes only translate between HTTP and use cases.
 */
export async function handleHttp(
  route: RouteDefinition,
  services: Services,
  request: HttpRequest,
  context: InvocationContext,
): Promise<HttpResponseInit> {
  const started = performance.now();
  let caller: Caller | undefined;
  let result: RouteResult;
  let failure: unknown;
  try {
    const input = await readInput(request);
    if (route.auth === 'user') {
      caller = await services.tokens.verify(request.headers.get('authorization'));
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
  const status = result.status ?? 200;
  const entry = {
    route: route.name,
    method: request.method,
    status,
    ms: Math.round(performance.now() - started),
    tenant: caller?.tenantId,
  };
  // Never the token or what people typed: the route, the outcome and who it was for.
  if (failure !== undefined && status >= 500) {
    context.error('request failed', JSON.stringify({ ...entry, fault: faultSummary(failure) }));
  } else if (status >= 500) context.warn('request unavailable', JSON.stringify(entry));
  else context.log('request', JSON.stringify(entry));
  const body = result.text ?? (result.body === undefined ? undefined : JSON.stringify(result.body));
  return { status, headers: { ...JSON_HEADERS, ...result.headers }, ...(body === undefined ? {} : { body }) };
}

/**
 * What a log needs of a fault: its kind and message, and for storage outages the underlying network or service
 * code. Bugs keep their stack. SDK errors are never logged whole: they carry request details.
 */
function faultSummary(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { value: String(error) };
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const code = (value: Error | undefined) =>
    value && 'code' in value && typeof value.code === 'string' ? value.code : undefined;
  return error instanceof IdeaBarError
    ? { kind: error.code, message: error.message, cause: cause && { name: cause.name, code: code(cause) } }
    : { name: error.name, message: error.message, code: code(error), stack: error.stack };
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
