/**
 * The token verifier remembers the tokens it accepted, so a caller's next request skips the signature check: these
 * tests count the checks through Entra's key lookup (a local key pair stands in for Entra) and move the clock past a
 * token's expiry, so a remembered token can never outlive what verifying it afresh would accept.
 */
import { randomUUID } from 'node:crypto';
import {
  createLocalJWKSet,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { describe, expect, it } from 'vitest';
import { useSigningKey } from '../../support/signingKeys.js';
import type { AuthConfig } from '../../../api/src/config.js';
import { tokenVerifier } from '../../../api/src/auth/tokens.js';

const KID = 'entra-test-key';
const clientId = randomUUID();
const tenantId = randomUUID();
const auth: AuthConfig = {
  mode: 'entra',
  clientId,
  audiences: [`api://${clientId}`, clientId],
  allowedTenants: [],
};

const entra = useSigningKey(KID);

/** Entra's keys, counting how often a signature is checked with them. */
function countedKeys(): { keys: JWTVerifyGetKey; checks: () => number } {
  const local = createLocalJWKSet({ keys: [entra.publicJwk] });
  let checks = 0;
  return {
    keys: (header, token) => {
      checks += 1;
      return local(header, token);
    },
    checks: () => checks,
  };
}

const T0 = Date.UTC(2026, 11, 3, 9, 0, 0);

function token(claims: JWTPayload = {}, key: CryptoKey = entra.privateKey): Promise<string> {
  const seconds = Math.floor(T0 / 1000);
  return new SignJWT({
    iss: `https://login.microsoftonline.com/${tenantId}/v2.0`,
    aud: `api://${clientId}`,
    tid: tenantId,
    oid: randomUUID(),
    name: 'Grace Hopper',
    scp: 'access_as_user',
    iat: seconds,
    nbf: seconds,
    exp: seconds + 3_600,
    ...claims,
  })
    .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' })
    .sign(key);
}

describe('the token verifier', () => {
  it('checks the signature of a token once for all of its requests, and once for two at the same moment', async () => {
    const entra = countedKeys();
    const verifier = tokenVerifier(auth, entra.keys, { now: () => T0 });
    const first = `Bearer ${await token({ oid: 'grace' })}`;
    const callers = await Promise.all([verifier.verify(first), verifier.verify(first)]);
    callers.push(await verifier.verify(first), await verifier.verify(first));
    expect(callers).toEqual(Array(4).fill({ tenantId, userId: 'grace', name: 'Grace Hopper' }));
    expect(entra.checks()).toBe(1);

    await verifier.verify(`Bearer ${await token({ oid: 'ada' })}`);
    expect(entra.checks()).toBe(2);
  });

  it('refuses a remembered token once it has expired, as a fresh check would', async () => {
    let now = T0;
    const verifier = tokenVerifier(auth, countedKeys().keys, { now: () => now });
    const authorization = `Bearer ${await token({ exp: Math.floor(T0 / 1000) + 600 })}`;
    await expect(verifier.verify(authorization)).resolves.toMatchObject({ tenantId });
    // Within the minute of clock skew every check allows, then past it.
    now = T0 + 630_000;
    await expect(verifier.verify(authorization)).resolves.toMatchObject({ tenantId });
    now = T0 + 661_000;
    await expect(verifier.verify(authorization)).rejects.toThrow('Your sign-in has expired. Sign in again.');
  });

  it('never remembers a refusal: a bad token is refused every time, and a good one after it is accepted', async () => {
    const entra = countedKeys();
    const verifier = tokenVerifier(auth, entra.keys, { now: () => T0 });
    const stranger = (await generateKeyPair('RS256')).privateKey;
    const forged = `Bearer ${await token({ oid: 'mallory' }, stranger)}`;
    for (let attempt = 0; attempt < 2; attempt++) {
      await expect(verifier.verify(forged)).rejects.toThrow('not valid for IdeaBar');
    }
    expect(entra.checks()).toBe(2);
    const unscoped = `Bearer ${await token({ scp: 'User.Read' })}`;
    await expect(verifier.verify(unscoped)).rejects.toThrow('does not grant access');
    await expect(verifier.verify(unscoped)).rejects.toThrow('does not grant access');
    await expect(verifier.verify(`Bearer ${await token()}`)).resolves.toMatchObject({ tenantId });
  });

  it('forgets the oldest tokens past its limit, so memory stays bounded', async () => {
    const entra = countedKeys();
    const verifier = tokenVerifier(auth, entra.keys, { now: () => T0, verifiedTokensKept: 2 });
    const [a, b, c] = await Promise.all([token(), token(), token()]);
    for (const each of [a, b, c, c, b]) await verifier.verify(`Bearer ${each}`);
    expect(entra.checks()).toBe(3);
    await verifier.verify(`Bearer ${a}`);
    expect(entra.checks()).toBe(4);
  });

  it('keeps a tenant outside the allow-list out, remembered or not', async () => {
    const verifier = tokenVerifier({ ...auth, allowedTenants: [randomUUID()] }, countedKeys().keys, {
      now: () => T0,
    });
    const authorization = `Bearer ${await token()}`;
    await expect(verifier.verify(authorization)).rejects.toThrow('not set up to use this IdeaBar');
    await expect(verifier.verify(authorization)).rejects.toThrow('not set up to use this IdeaBar');
  });
});
