/**
 * The token verifier remembers the tokens it accepted, so a caller's next request skips the signature check: these
 * tests count the checks through Entra's key lookup (a local key pair stands in for Entra) and move the clock past a
 * token's expiry, so a remembered token can never outlive what verifying it afresh would accept.
 */
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
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

  it('never lets a remembered token vouch for a different one: another signature or claim is checked and refused', async () => {
    const entra = countedKeys();
    const verifier = tokenVerifier(auth, entra.keys, { now: () => T0 });
    const good = await token({ oid: 'grace' });
    await expect(verifier.verify(`Bearer ${good}`)).resolves.toMatchObject({ userId: 'grace' });
    const [header, payload, signature = ''] = good.split('.');
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BA' : 'AA'}`;
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as JWTPayload;
    const otherPayload = Buffer.from(JSON.stringify({ ...claims, oid: 'mallory' })).toString('base64url');
    for (const different of [`${header}.${payload}.${flipped}`, `${header}.${otherPayload}.${signature}`]) {
      await expect(verifier.verify(`Bearer ${different}`)).rejects.toThrow('not valid for IdeaBar');
    }
    expect(entra.checks()).toBe(3);
    await expect(verifier.verify(`Bearer ${good}`)).resolves.toMatchObject({ userId: 'grace' });
  });

  it('refuses tokens jose refuses: another algorithm, a critical header, no expiry, not valid yet, a short key', async () => {
    const verifier = tokenVerifier(auth, countedKeys().keys, { now: () => T0 });
    const seconds = Math.floor(T0 / 1000);
    const claims = {
      iss: `https://login.microsoftonline.com/${tenantId}/v2.0`,
      aud: `api://${clientId}`,
      tid: tenantId,
      oid: 'mallory',
      scp: 'access_as_user',
      exp: seconds + 3_600,
    };
    // Entra's public key as an HMAC secret: the classic confusion of a verifier that trusts the header's alg.
    const publicKeyAsSecret = new TextEncoder().encode(JSON.stringify(entra.publicJwk));
    const refused = [
      await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid: KID }).sign(publicKeyAsSecret),
      // A critical extension this verifier does not know: it must refuse rather than ignore it.
      await new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: KID, crit: ['urn:ideabar:test'], 'urn:ideabar:test': 1 })
        .sign(entra.privateKey, { crit: { 'urn:ideabar:test': true } }),
      await new SignJWT({ ...claims, exp: undefined })
        .setProtectedHeader({ alg: 'RS256', kid: KID })
        .sign(entra.privateKey),
      await token({ nbf: seconds + 61, oid: 'early' }),
      await token({ aud: [`api://someone-else`] }),
    ];
    for (const each of refused) {
      await expect(verifier.verify(`Bearer ${each}`)).rejects.toThrow('not valid for IdeaBar');
    }
    // Within the minute of clock skew, a token from a clock a little ahead still passes; a list of audiences too.
    await expect(verifier.verify(`Bearer ${await token({ nbf: seconds + 59 })}`)).resolves.toMatchObject({
      tenantId,
    });
    await expect(
      verifier.verify(`Bearer ${await token({ aud: ['api://someone-else', clientId] })}`),
    ).resolves.toMatchObject({ tenantId });

    // Signed by hand: jose itself will not sign with a key this short.
    const short = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const content = `${part({ alg: 'RS256', kid: KID })}.${part({ ...claims, oid: 'grace' })}`;
    const signed = `${content}.${sign('sha256', Buffer.from(content), short.privateKey).toString('base64url')}`;
    const shortVerifier = tokenVerifier(auth, () => Promise.resolve(short.publicKey as never), {
      now: () => T0,
    });
    await expect(shortVerifier.verify(`Bearer ${signed}`)).rejects.toThrow('not valid for IdeaBar');
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
