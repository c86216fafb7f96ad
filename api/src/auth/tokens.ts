import { cleanTypedText, idSchema, UnauthorizedError, UnavailableError, type Caller } from '@ideabar/core';
import { createSecretKey } from 'node:crypto';
import { SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import type { AuthConfig } from '../config.js';
import { entraSigningKeys, isKeyFetchFailure } from './entraKeys.js';
import { keyObjectOf, TokenRefused, verifiedPayload, type SignatureCheck } from './signedToken.js';
const DEV_ISSUER = 'https://ideabar.local/dev';
const REQUIRED_SCOPE = 'access_as_user';

const claimsSchema = z.object({
  iss: z.string(),
  tid: idSchema,
  oid: idSchema,
  name: z.string().max(256).optional(),
  preferred_username: z.string().max(256).optional(),
  scp: z.string().optional(),
});

export interface TokenVerifier {
  /**
   * The caller named by a `Bearer` authorization header; throws UnauthorizedError for anything else, and
   * UnavailableError when Entra's keys cannot be fetched (the token may be fine: signing in again would not help).
   */
  verify(authorization: string | null): Promise<Caller>;
}

/** Verified tokens kept for their callers' next requests; the oldest is forgotten past this many. */
export const VERIFIED_TOKENS_KEPT = 5_000;

export interface TokenVerifierOptions {
  /** The clock expiry is judged by (milliseconds since the epoch); tests move it. */
  now?: () => number;
  verifiedTokensKept?: number;
}

interface Verified {
  caller: Caller;
  /** The token's own `exp`, in milliseconds: past it the token is checked again, and refused as expired. */
  expiresAt: number;
}

/**
 * One verification path for both modes: signature, audience, expiry, issuer for the token's own tenant, scope and
 * tenant allow-list. Dev mode differs only in its key (a local secret) and issuer, so tests of dev tokens exercise
 * the same code production runs. `entraKeys` is replaceable so tests can stand in for Entra with keys of their own.
 * The signature is checked with node:crypto in this thread (signedToken.ts); jose fetches and caches Entra's keys.
 *
 * A token that passed is remembered by its exact text until its `exp`: the tab sends the same SSO token with every
 * request for about an hour. A token is text signed by its issuer, so the same text verifies the same way until it
 * expires; the one difference: should Entra retire its signing key meanwhile, a token remembered here stays accepted
 * until its expiry (an hour at most for Entra's). Two requests with one new token (a double click) share one check.
 * Refusals are never remembered.
 */
export function tokenVerifier(
  auth: AuthConfig,
  entraKeys: JWTVerifyGetKey = entraSigningKeys(),
  options: TokenVerifierOptions = {},
): TokenVerifier {
  const now = options.now ?? Date.now;
  const kept = options.verifiedTokensKept ?? VERIFIED_TOKENS_KEPT;
  const setup =
    auth.mode === 'dev'
      ? {
          // Made once: the secret as a key object, not imported again for every token.
          signature: devSignature(auth.secret),
          audiences: [auth.audience],
          issuers: (tid: string) => [`${DEV_ISSUER}/${tid}`],
        }
      : {
          signature: entraSignature(entraKeys),
          audiences: auth.audiences,
          issuers: (tid: string) => [
            `https://login.microsoftonline.com/${tid}/v2.0`,
            `https://sts.windows.net/${tid}/`,
          ],
        };
  const verified = new Map<string, Promise<Verified>>();

  async function check(token: string): Promise<Verified> {
    let payload: JWTPayload;
    try {
      payload = await verifiedPayload(token, setup.signature, {
        audiences: setup.audiences,
        now: now(),
        toleranceSeconds: 60,
      });
    } catch (error) {
      if (error instanceof TokenRefused && error.reason === 'expired')
        throw new UnauthorizedError('Your sign-in has expired. Sign in again.');
      if (error instanceof TokenRefused)
        throw new UnauthorizedError('Your sign-in token is not valid for IdeaBar. Sign in again.');
      throw error;
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw new UnauthorizedError('Your sign-in token does not say who you are.');
    const { iss, tid, oid, scp } = claims.data;
    if (!setup.issuers(tid).includes(iss))
      throw new UnauthorizedError('Your sign-in token has the wrong issuer.');
    if (!(scp ?? '').split(' ').includes(REQUIRED_SCOPE)) {
      throw new UnauthorizedError('Your sign-in token does not grant access to IdeaBar.');
    }
    if (auth.allowedTenants.length > 0 && !auth.allowedTenants.includes(tid)) {
      throw new UnauthorizedError('Your organisation is not set up to use this IdeaBar.');
    }
    // A name is shown beside ideas and comments: the same rule as for what people type applies.
    const name = cleanTypedText(claims.data.name ?? claims.data.preferred_username ?? '').trim() || 'Someone';
    // requiredClaims made jose check that exp is there and a number.
    return { caller: { tenantId: tid, userId: oid, name }, expiresAt: (payload.exp as number) * 1000 };
  }

  return {
    async verify(authorization) {
      // The scheme name is case-insensitive (RFC 9110); the token itself is not.
      const token = /^Bearer ([A-Za-z0-9._~+/=-]+)$/i.exec(authorization ?? '')?.[1];
      if (!token) throw new UnauthorizedError('Sign in to IdeaBar: this request carries no bearer token.');
      const known = verified.get(token);
      if (known) {
        const { caller, expiresAt } = await known;
        if (now() < expiresAt) return caller;
        if (verified.get(token) === known) verified.delete(token);
      }
      const checking = check(token);
      verified.set(token, checking);
      if (verified.size > kept) verified.delete(verified.keys().next().value as string);
      checking.catch(() => {
        if (verified.get(token) === checking) verified.delete(token);
      });
      return (await checking).caller;
    },
  };
}

const devSignature = (secret: string): SignatureCheck => {
  const key = createSecretKey(new TextEncoder().encode(secret));
  return { algorithm: 'HS256', keyFor: () => key };
};

/**
 * Entra's key for a token, by its header's `kid`, from the cached key set. A key set that cannot be had is not the
 * token's fault: that becomes 503 (signing in again would not help); a key it does not hold refuses the token.
 */
const entraSignature = (entraKeys: JWTVerifyGetKey): SignatureCheck => ({
  algorithm: 'RS256',
  async keyFor(header, token) {
    try {
      return keyObjectOf(await entraKeys(header, token));
    } catch (error) {
      if (error instanceof TokenRefused || !isKeyFetchFailure(error)) throw new TokenRefused('invalid');
      throw new UnavailableError(
        'IdeaBar cannot check sign-ins right now: Microsoft Entra ID cannot be reached. Please try again shortly.',
        30,
        { cause: error },
      );
    }
  },
});

/** Signs a dev-mode token, as `POST /api/dev/token` hands out. Refuses outside dev mode. */
export async function signDevToken(auth: AuthConfig, caller: Caller, lifetime = '8h'): Promise<string> {
  if (auth.mode !== 'dev') throw new Error('Dev tokens exist only in dev mode.');
  return new SignJWT({ tid: caller.tenantId, oid: caller.userId, name: caller.name, scp: REQUIRED_SCOPE })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(`${DEV_ISSUER}/${caller.tenantId}`)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(lifetime)
    .sign(new TextEncoder().encode(auth.secret));
}
