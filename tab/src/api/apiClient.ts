import { isErrorReason, type FieldError, type VotesClosed } from '@ideabar/core';
import { ApiError, type ApiErrorCode } from './apiError';

/** Where the API token comes from: Teams SSO or the standalone dev sign-in. */
export interface TokenSource {
  /** The current token, fetched if there is none yet. */
  token(): Promise<string>;
  /** A new token, after the API refused the current one. */
  renew(): Promise<string>;
}

export type QueryValue = string | number | boolean | undefined | null;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

interface ErrorBody {
  error?: {
    code?: string;
    message?: unknown;
    reason?: unknown;
    fields?: FieldError[];
    votesClosed?: unknown;
  };
}

const KNOWN_CODES = new Set<ApiErrorCode>([
  'validation',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'payload_too_large',
  'unavailable',
  'too_many_requests',
  'internal',
]);

/**
 * JSON (and the CSV export) over fetch to the IdeaBar API, on the tab's own origin (the local host and production
 * hosting serve both). A 401 gets one retry with a renewed token; every failure becomes an ApiError.
 */
export class ApiClient {
  constructor(
    private readonly tokens: TokenSource,
    private readonly baseUrl = '',
  ) {}

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.answer(method, path, options, 'application/json');
    const text = await response.text();
    const parsed: unknown = text ? safeJson(text) : null;
    if (response.ok) return parsed as T;
    throw errorOf(response, parsed);
  }

  /** A file the API sends (the CSV export), as it came; a refusal becomes an ApiError as for JSON. */
  async download(path: string, options: Omit<RequestOptions, 'body'> = {}): Promise<Blob> {
    const response = await this.answer('GET', path, options, '*/*');
    if (response.ok) return response.blob();
    const text = await response.text();
    throw errorOf(response, text ? safeJson(text) : null);
  }

  /** The API's answer, after one retry with a renewed token when it refused the current one. */
  private async answer(
    method: string,
    path: string,
    options: RequestOptions,
    accept: string,
  ): Promise<Response> {
    const response = await this.send(method, path, options, accept, await this.tokens.token());
    if (response.status !== 401) return response;
    return this.send(method, path, options, accept, await this.tokens.renew());
  }

  private async send(
    method: string,
    path: string,
    options: RequestOptions,
    accept: string,
    token: string,
  ): Promise<Response> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    try {
      return await fetch(this.baseUrl + path + queryString(options.query), {
        method,
        headers,
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new ApiError(0, 'network');
    }
  }
}

export function queryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The API's error body as an ApiError; a code the tab does not know counts as `internal`. */
function errorOf(response: Response, parsed: unknown): ApiError {
  const body = (parsed ?? {}) as ErrorBody;
  const code = body.error?.code as ApiErrorCode | undefined;
  const retryAfter = Number(response.headers.get('retry-after'));
  return new ApiError(
    response.status,
    code && KNOWN_CODES.has(code) ? code : 'internal',
    Array.isArray(body.error?.fields) ? body.error.fields : [],
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    typeof body.error?.message === 'string' && body.error.message.trim()
      ? body.error.message.trim()
      : undefined,
    votesClosedOf(body.error?.votesClosed),
    // A reason a newer API names and this tab does not know is left out: the kind's sentence stands in.
    isErrorReason(body.error?.reason) ? body.error.reason : undefined,
  );
}

function votesClosedOf(value: unknown): VotesClosed | undefined {
  const closed = value as Partial<VotesClosed> | undefined;
  return closed?.status === 'delivered' || closed?.status === 'duplicate'
    ? (closed as VotesClosed)
    : undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
