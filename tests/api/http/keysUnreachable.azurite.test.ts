/**
 * When the services that publish signing keys (Entra ID for the API, Bot Framework for the bot) cannot be reached,
 * IdeaBar answers 503 with Retry-After in its error shape, not 401 (signing in again would not help) and never the
 * raw fetch error. Local HTTP servers on 127.0.0.1 stand in for the key endpoints: closed, failing, hanging or well.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSigningKey } from '../../support/signingKeys.js';
import { entraSigningKeys } from '../../../api/src/auth/entraKeys.js';
import { startLocalHost } from '../../../api/src/host/localHost.js';
import type { ServiceOverrides } from '../../../api/src/services.js';
import { message, GRACE } from '../../bot/support/activities.js';
import { TestApi, testConfig, type ApiResponse } from '../../support/testHost.js';

const CLIENT_ID = '6f1c2a0e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const BOT_APP_ID = '0a1b2c3d-4e5f-4a7b-8c9d-0e1f2a3b4c5d';
const KID = 'test-key';
const TENANT = randomUUID();

type Behaviour = 'serve' | 'fail' | 'hang' | 'garbage';

/** A key endpoint on 127.0.0.1 whose behaviour a test switches, counting what it is asked. */
class KeyServer {
  behaviour: Behaviour = 'serve';
  fetches = 0;
  private server?: Server;
  url = '';

  constructor(private readonly body: () => unknown) {}

  async start(): Promise<string> {
    this.server = createServer((_request, response) => {
      this.fetches += 1;
      if (this.behaviour === 'hang') return;
      if (this.behaviour === 'fail') return void response.writeHead(500).end('upstream exploded');
      if (this.behaviour === 'garbage') return void response.writeHead(200).end('<html>not json');
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(this.body()));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

/** An address on this machine where nothing listens. */
async function closedAddress(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/keys`;
}

const entra = useSigningKey(KID);

const seconds = () => Math.floor(Date.now() / 1000);
const entraToken = () =>
  new SignJWT({ tid: TENANT, oid: randomUUID(), name: 'Grace', scp: 'access_as_user', ver: '2.0' })
    .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' })
    .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
    .setAudience(`api://${CLIENT_ID}`)
    .setIssuedAt()
    .setExpirationTime(seconds() + 3_600)
    .sign(entra.privateKey);

/** The answer of a dependency that is down, as every client can rely on it. */
function expectUnavailable(answer: ApiResponse, ...hidden: RegExp[]) {
  expect(answer.status).toBe(503);
  expect(answer.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
  expect(answer.headers.get('x-correlation-id')).toBeTruthy();
  expect(answer.body).toEqual({
    error: { code: 'unavailable', message: expect.stringMatching(/try again/i) },
  });
  const text = JSON.stringify(answer.body);
  for (const pattern of [
    /ECONNREFUSED/,
    /fetch failed/i,
    /127\.0\.0\.1/,
    /exploded/,
    /JSON Web Key/,
    ...hidden,
  ]) {
    expect(text).not.toMatch(pattern);
  }
}

async function entraHost(keysUrl: string, refreshAfterMs = 60_000): Promise<TestApi> {
  const config = testConfig({ AUTH_MODE: 'entra', ENTRA_CLIENT_ID: CLIENT_ID });
  const overrides: ServiceOverrides = {
    entraKeys: entraSigningKeys(new URL(keysUrl), { refreshAfterMs, timeoutMs: 500 }),
  };
  return new TestApi(await startLocalHost({ config, overrides }));
}

describe('Entra ID’s keys out of reach', () => {
  const keys = new KeyServer(() => ({ keys: [entra.publicJwk] }));
  const hosts: TestApi[] = [];
  beforeAll(() => keys.start());
  afterAll(async () => {
    await Promise.all(hosts.map((host) => host.host.close()));
    await keys.stop();
  });
  const host = async (url: string, refreshAfterMs?: number) => {
    const api = await entraHost(url, refreshAfterMs);
    hosts.push(api);
    return api;
  };

  it('answers 503 with Retry-After when nothing listens at the key address', async () => {
    const api = await host(await closedAddress());
    expectUnavailable(await api.request('GET', '/api/me', { token: await entraToken() }));
    expectUnavailable(
      await api.request('POST', '/api/ideas', {
        token: await entraToken(),
        body: { title: 'abc', description: 'd' },
      }),
    );
  });

  it.each(['fail', 'hang', 'garbage'] as const)(
    'answers 503 when the key endpoint answers %s',
    async (how) => {
      keys.behaviour = how;
      const api = await host(`${keys.url}/keys`);
      expectUnavailable(await api.request('GET', '/api/me', { token: await entraToken() }));
      keys.behaviour = 'serve';
    },
  );

  it('still refuses a bad token with 401 while the keys can be had', async () => {
    const api = await host(`${keys.url}/keys`);
    const stranger = await generateKeyPair('RS256');
    const forged = await new SignJWT({ tid: TENANT, oid: 'x', scp: 'access_as_user' })
      .setProtectedHeader({ alg: 'RS256', kid: KID })
      .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
      .setAudience(`api://${CLIENT_ID}`)
      .setExpirationTime(seconds() + 600)
      .sign(stranger.privateKey);
    expect((await api.request('GET', '/api/me', { token: forged })).status).toBe(401);
    expect((await api.request('GET', '/api/me', { token: 'not.a.token' })).status).toBe(401);
  });

  it('fetches the keys once for many sign-ins, and keeps the last keys when a refresh fails', async () => {
    keys.behaviour = 'serve';
    const refreshAfterMs = 2_000;
    const api = await host(`${keys.url}/keys`, refreshAfterMs);
    const before = keys.fetches;
    for (let n = 0; n < 5; n += 1) {
      expect((await api.request('GET', '/api/me', { token: await entraToken() })).status).toBe(200);
    }
    expect(keys.fetches - before).toBe(1);

    keys.behaviour = 'fail';
    await new Promise((resolve) => setTimeout(resolve, refreshAfterMs + 100)); // past the refresh time
    const during = await api.request('GET', '/api/me', { token: await entraToken() });
    expect(during.status).toBe(200);
    expect(keys.fetches - before).toBe(2); // it did try to refresh
    keys.behaviour = 'serve';
  });
});

describe('Bot Framework’s keys out of reach', () => {
  const metadata: KeyServer = new KeyServer((): unknown => ({
    issuer: 'https://api.botframework.com',
    jwks_uri: `${metadata.url}/keys`,
    id_token_signing_alg_values_supported: ['RS256'],
  }));
  beforeAll(() => metadata.start());
  afterAll(() => metadata.stop());

  const botToken = () =>
    new SignJWT({ serviceurl: 'https://smba.trafficmanager.net/emea/' })
      .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' })
      .setIssuer('https://api.botframework.com')
      .setAudience(BOT_APP_ID)
      .setIssuedAt()
      .setNotBefore(seconds() - 60)
      .setExpirationTime(seconds() + 3_600)
      .sign(entra.privateKey);

  async function botHost(metadataUrl: string): Promise<TestApi> {
    const config = testConfig({ BOT_APP_ID, BOT_APP_PASSWORD: 'not-a-real-secret' });
    return new TestApi(await startLocalHost({ config, overrides: { botOpenIdMetadataUrl: metadataUrl } }));
  }

  it.each(['closed', 'fail', 'garbage'] as const)(
    'answers POST /api/messages 503 with Retry-After when the metadata is %s',
    async (how) => {
      const url = how === 'closed' ? await closedAddress() : `${metadata.url}/${randomUUID()}`;
      metadata.behaviour = how === 'closed' ? 'serve' : how;
      const api = await botHost(url);
      try {
        const answer = await api.request('POST', '/api/messages', {
          body: message(GRACE, 'help'),
          headers: { authorization: `Bearer ${await botToken()}` },
        });
        expectUnavailable(answer, /Failed to load/, /openID/i);
      } finally {
        await api.host.close();
        metadata.behaviour = 'serve';
      }
    },
  );

  it('still answers 401 in the error shape for a request without a token', async () => {
    const api = await botHost(`${metadata.url}/${randomUUID()}`);
    try {
      const answer = await api.request('POST', '/api/messages', { body: message(GRACE, 'help') });
      expect(answer).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
    } finally {
      await api.host.close();
    }
  });
});
