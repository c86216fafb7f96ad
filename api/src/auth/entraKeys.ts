import { createLocalJWKSet, createRemoteJWKSet, errors, type JWTVerifyGetKey } from 'jose';

/** Entra ID publishes the keys that sign its tokens here, for every tenant. */
export const ENTRA_KEYS_URL = new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys');

export interface KeyCaching {
  /** How long fetched keys are used before they are fetched again. */
  refreshAfterMs: number;
  /** How long to wait for the keys before giving up on this request. */
  timeoutMs: number;
}

/**
 * Entra rolls its keys every few weeks and announces new ones well ahead, so an hour between fetches is plenty; a
 * token signed by a key not yet seen fetches again at once (at most every 30 s). Five seconds bounds how long a
 * sign-in waits for an unreachable Entra.
 */
const ENTRA_CACHING: KeyCaching = { refreshAfterMs: 60 * 60_000, timeoutMs: 5_000 };

/**
 * Entra's signing keys, fetched and cached by jose. When a refresh fails the keys fetched last keep working, so an
 * Entra outage signs nobody out; only a process that never got the keys (or meets a key it does not know) fails,
 * and then with jose's fetch error, which `isKeyFetchFailure` recognises.
 */
export function entraSigningKeys(
  url: URL = ENTRA_KEYS_URL,
  caching: KeyCaching = ENTRA_CACHING,
): JWTVerifyGetKey {
  const remote = createRemoteJWKSet(url, {
    cacheMaxAge: caching.refreshAfterMs,
    cooldownDuration: 30_000,
    timeoutDuration: caching.timeoutMs,
  });
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      const last = remote.jwks();
      if (!isKeyFetchFailure(error) || !last) throw error;
      return createLocalJWKSet(last)(header, token);
    }
  };
}

/**
 * Whether verification failed because the keys could not be had (network, timeout, a non-200 or non-JSON answer),
 * not because of the token: jose reports those as its generic error, a timeout, or not as a JOSE error at all.
 */
export function isKeyFetchFailure(error: unknown): boolean {
  if (!(error instanceof errors.JOSEError)) return true;
  return (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    error.code === 'ERR_JOSE_GENERIC'
  );
}
