/** What Teams asks bots to retry: throttling (429), a precondition race (412) and gateway failures (502, 504). */
export const RETRYABLE_STATUS = new Set([429, 412, 502, 504]);
/** Recipients that are gone: the bot was removed, or the conversation or user no longer exists. */
export const GONE_STATUS = new Set([403, 404]);

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 30_000 };

/** No answer at all (status 0) is retried like a gateway failure. */
export const isRetryable = (status: number): boolean => status === 0 || RETRYABLE_STATUS.has(status);

/**
 * How long to wait before attempt `attempt + 1`: exponential back-off with "equal jitter" (half fixed, half
 * random), so retries spread out but never come sooner than half the back-off; never sooner than Retry-After.
 */
export function retryDelay(
  policy: RetryPolicy,
  attempt: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number {
  const backOff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = backOff / 2 + random() * (backOff / 2);
  if (retryAfterMs === null) return jittered;
  // Retry-After says when the service will take the request again; the jitter keeps everyone it told so from
  // coming back in the same instant.
  return Math.max(retryAfterMs + random() * (policy.baseDelayMs / 2), jittered);
}
