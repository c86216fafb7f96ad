import { exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { beforeAll } from 'vitest';

export interface SigningKey {
  /** Signs tokens as the identity provider would. */
  readonly privateKey: CryptoKey;
  /** The key as the provider publishes it in its key set, under `kid`. */
  readonly publicJwk: JWK;
}

/**
 * An RS256 key pair, made before the tests of a file or describe, standing in for the one Entra ID (or the Bot
 * Framework) signs with; readable from tests and later hooks.
 */
export function useSigningKey(kid: string): SigningKey {
  let made: SigningKey | undefined;
  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    made = {
      privateKey: pair.privateKey,
      publicJwk: { ...(await exportJWK(pair.publicKey)), kid, alg: 'RS256', use: 'sig' },
    };
  });
  const key = (): SigningKey => {
    if (!made) throw new Error('the signing key is used before the beforeAll that makes it ran');
    return made;
  };
  return {
    get privateKey() {
      return key().privateKey;
    },
    get publicJwk() {
      return key().publicJwk;
    },
  };
}
