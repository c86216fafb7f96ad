/**
 * Authentication over HTTP against the local host and a real Azurite: every route that needs a caller refuses
 * every kind of bad token the same way and changes nothing, and Entra mode accepts only what Entra would issue
 * (a strict fake of Entra's signing keys stands in for login.microsoftonline.com).
 */
import { randomUUID } from 'node:crypto';
import {
  createLocalJWKSet,
  generateKeyPair,
  SignJWT,
  UnsecuredJWT,
  type CryptoKey,
  type JWTPayload,
} from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useSigningKey } from '../../support/signingKeys.js';
import { DEV_AUDIENCE, type Config } from '../../../api/src/config.js';
import { startLocalHost } from '../../../api/src/host/localHost.js';
import { needsSignIn, type RouteDefinition } from '../../../api/src/http/route.js';
import { routesFor } from '../../../api/src/routes.js';
import { TestApi, testConfig, type ApiResponse, type Person } from '../../support/testHost.js';
import { AFTER_THE_ANSWER } from '../../support/waits.js';

const SCOPE = 'access_as_user';

/** The local sign-in helpers, which exist only in dev mode. */
const isDevOnly = (route: RouteDefinition): boolean => route.path.startsWith('dev/');

const ada: Person = { tenantId: 'contoso', userId: 'ada', name: 'Ada Lovelace' };

const nowSeconds = (): number => Math.floor(Date.now() / 1000);
const secretKey = (secret: string): Uint8Array => new TextEncoder().encode(secret);

/** A JWT with exactly these claims and header, so each bad token differs from a good one in one way only. */
const signed = (payload: JWTPayload, key: CryptoKey | Uint8Array, header: { alg: string; kid?: string }) =>
  new SignJWT(payload).setProtectedHeader({ typ: 'JWT', ...header }).sign(key);

/** What a request to a route sends: its path with a real idea id, and a valid body for the routes that take one. */
function requestOf(
  route: RouteDefinition,
  ideaId: string,
  tag = 'auth-tests',
): { method: string; path: string; body?: unknown } {
  // {id} names the test's idea (or, on a board route, no board: still past authentication); other parameters get a
  // plausible id of their own.
  const path = `/api/${route.path.replace('{id}', ideaId).replace(/\{(\w+)\}/g, 'some-$1')}`;
  // One body for every POST route (each ignores the others' keys), so a route gets past its input checks where it
  // can and only the token differs between the control and each bad-token case.
  const body =
    route.method === 'POST'
      ? {
          title: `Self-service VPN access (${tag})`,
          description: 'No more tickets.',
          text: `Yes please (${tag}).`,
          teamId: `19:${tag}@thread.tacv2`,
          name: `Team ${tag}`,
        }
      : undefined;
  return { method: route.method, path, ...(body === undefined ? {} : { body }) };
}

/** The parts of a 401 that every client relies on, in a form that shows every route at once when one differs. */
const refusal = (response: ApiResponse) => ({
  status: response.status,
  wwwAuthenticate: response.headers.get('www-authenticate'),
  body: response.body,
});

const headersOf = (authorization: string | undefined): Record<string, string> =>
  authorization === undefined ? {} : { authorization };

const EXPECTED_REFUSAL = {
  status: 401,
  wwwAuthenticate: 'Bearer',
  body: { error: { code: 'unauthorized', message: expect.stringMatching(/\S/) } },
};

describe('dev mode: every route that needs a caller refuses a bad token', () => {
  let config: Config;
  let api: TestApi;
  let secret: string;
  let ideaId: string;
  let userRoutes: RouteDefinition[];

  const devClaims = (overrides: JWTPayload = {}): JWTPayload => ({
    iss: `https://ideabar.local/dev/${ada.tenantId}`,
    aud: DEV_AUDIENCE,
    tid: ada.tenantId,
    oid: ada.userId,
    name: ada.name,
    scp: SCOPE,
    iat: nowSeconds(),
    exp: nowSeconds() + 3_600,
    ...overrides,
  });
  const devSigned = (overrides: JWTPayload = {}, key = secretKey(secret)) =>
    signed(devClaims(overrides), key, { alg: 'HS256' });

  beforeAll(async () => {
    config = testConfig();
    if (config.auth.mode !== 'dev') throw new Error('the test configuration should be in dev mode');
    secret = config.auth.secret;
    api = new TestApi(await startLocalHost({ config }));
    const created = await api.as<{ id: string }>(ada, 'POST', '/api/ideas', {
      title: 'An idea to aim requests at',
      description: 'Exists so that routes with {id} have a real idea.',
    });
    expect(created.status).toBe(201);
    ideaId = created.body.id;
    const routes = routesFor(config);
    userRoutes = routes.filter(needsSignIn);
    // A new anonymous route must be a conscious decision: it would escape every check below. Besides health and the
    // API's own description, only the local sign-in helpers under dev/ may be anonymous, and entra mode drops those
    // (tested below).
    const anonymous = routes.filter((route) => route.auth === 'anonymous');
    expect(anonymous.filter((route) => !isDevOnly(route)).map((route) => route.name)).toEqual([
      'health',
      'openApi',
    ]);
    expect(anonymous.map((route) => route.name)).toContain('devToken');
    expect(userRoutes.length).toBeGreaterThan(0);
  });

  afterAll(() => api?.host.close());

  /** Sends the given Authorization header (none when undefined) to every route that needs a caller. */
  async function everyRouteWith(authorization: string | undefined) {
    const answers: Record<string, ReturnType<typeof refusal>> = {};
    for (const route of userRoutes) {
      const { method, path, body } = requestOf(route, ideaId);
      expect(path, `${route.name} has a path parameter this test does not fill`).not.toMatch(/[{}]/);
      answers[route.name] = refusal(
        await api.request(method, path, { body, headers: headersOf(authorization) }),
      );
    }
    return answers;
  }

  const badAuthorizations: [string, () => Promise<string | undefined>][] = [
    ['no Authorization header', async () => undefined],
    ['an empty Authorization header', async () => ''],
    ['the Basic scheme', async () => `Basic ${btoa('ada:correct horse battery staple')}`],
    ['a valid token under another scheme', async () => `Token ${await devSigned()}`],
    ['a valid token with no scheme', async () => await devSigned()],
    ['Bearer and nothing else', async () => 'Bearer '],
    ['a garbage token', async () => 'Bearer not-a-jwt'],
    ['a garbage three-part token', async () => 'Bearer aaaa.bbbb.cccc'],
    ['a token with characters no token has', async () => `Bearer ${await devSigned()} extra`],
    [
      'an expired token',
      async () => `Bearer ${await devSigned({ iat: nowSeconds() - 7_200, exp: nowSeconds() - 3_600 })}`,
    ],
    ['a token for another audience', async () => `Bearer ${await devSigned({ aud: 'api://someone-else' })}`],
    [
      'a token signed with another secret',
      async () =>
        `Bearer ${await devSigned({}, secretKey('another-secret-that-is-also-long-enough-to-use'))}`,
    ],
    [
      // The dev key was once a constant in the repository: a token forged offline with it must not get in.
      'a token forged with the dev key once published in the repository',
      async () =>
        `Bearer ${await devSigned({}, secretKey('ideabar-local-development-signing-key-not-for-production'))}`,
    ],
    [
      'a token whose payload was changed after signing',
      async () => {
        const [header, , signature] = (await devSigned()).split('.');
        const payload = Buffer.from(JSON.stringify(devClaims({ oid: 'grace' }))).toString('base64url');
        return `Bearer ${header}.${payload}.${signature}`;
      },
    ],
    [
      'a token issued for another tenant than its tid',
      async () => `Bearer ${await devSigned({ iss: 'https://ideabar.local/dev/fabrikam' })}`,
    ],
    [
      'a token from a foreign issuer',
      async () => `Bearer ${await devSigned({ iss: 'https://evil.example/dev/contoso' })}`,
    ],
    ['a token without a scope', async () => `Bearer ${await devSigned({ scp: undefined })}`],
    [
      'a token with only another scope',
      async () => `Bearer ${await devSigned({ scp: 'User.Read Mail.Send' })}`,
    ],
    ['a token without a tenant', async () => `Bearer ${await devSigned({ tid: undefined })}`],
    [
      'an unsigned token (alg: none)',
      async () => {
        const { iss, aud, exp, ...claims } = devClaims();
        const token = new UnsecuredJWT(claims)
          .setIssuer(iss as string)
          .setAudience(aud as string)
          .setExpirationTime(exp as number)
          .encode();
        return `Bearer ${token}`;
      },
    ],
    [
      'an unsigned token (alg: none) carrying a valid signature',
      async () => {
        const [, payload, signature] = (await devSigned()).split('.');
        const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
        return `Bearer ${header}.${payload}.${signature}`;
      },
    ],
  ];

  it('accepts a token made by the same conventions, so each refusal below is about one flaw only', async () => {
    const me = await api.request('GET', '/api/me', { token: await devSigned() });
    expect(me).toMatchObject({
      status: 200,
      body: { tenantId: ada.tenantId, userId: ada.userId, name: ada.name, roles: ['employee'] },
    });
    // Past authentication, a route may still refuse (an employee cannot triage, a body may not fit it): what
    // matters here is that none of them refuses the token itself.
    const refusedTokens: { route: string; status: number }[] = [];
    for (const route of userRoutes) {
      const { method, path, body } = requestOf(route, ideaId);
      const response = await api.request(method, path, { body, token: await devSigned() });
      if (response.status === 401 || response.status >= 500)
        refusedTokens.push({ route: route.name, status: response.status });
    }
    expect(refusedTokens).toEqual([]);
  });

  it.each(badAuthorizations)('answers 401 on every route for %s', async (_name, authorization) => {
    const answers = await everyRouteWith(await authorization());
    expect(answers).toEqual(Object.fromEntries(userRoutes.map((route) => [route.name, EXPECTED_REFUSAL])));
  });

  it('reads the scheme name in any case, as HTTP defines it', async () => {
    const token = await devSigned();
    for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
      const me = await api.request('GET', '/api/me', { headers: { authorization: `${scheme} ${token}` } });
      expect(me.status, scheme).toBe(200);
    }
  });

  it('says an expired token has expired, so the tab knows to sign in again', async () => {
    const expired = await devSigned({ iat: nowSeconds() - 7_200, exp: nowSeconds() - 3_600 });
    const response = await api.request<{ error: { message: string } }>('GET', '/api/me', { token: expired });
    expect(response.status).toBe(401);
    expect(response.body.error.message).toMatch(/expired/i);
  });

  it('changes nothing when it refuses a request', async () => {
    const state = async () => ({
      ideas: (await api.as(ada, 'GET', '/api/ideas')).body,
      idea: (await api.as(ada, 'GET', `/api/ideas/${ideaId}`)).body,
      comments: (await api.as(ada, 'GET', `/api/ideas/${ideaId}/comments`)).body,
      boards: (await api.as(ada, 'GET', '/api/boards')).body,
      me: (await api.as(ada, 'GET', '/api/me')).body,
    });
    type State = Awaited<ReturnType<typeof state>>;
    /** The state once the board's listing has caught up with the vote just answered (it follows right after). */
    const settled = async (): Promise<State> => {
      let caughtUp: State | undefined;
      await vi.waitFor(async () => {
        const now = await state();
        const idea = now.idea as { id: string; votes: number };
        const listed = (now.ideas as { items: { id: string; votes: number }[] }).items.find(
          ({ id }) => id === idea.id,
        );
        expect(listed?.votes).toBe(idea.votes);
        caughtUp = now;
      }, AFTER_THE_ANSWER);
      return caughtUp!;
    };
    const writes = userRoutes.filter((route) => route.method !== 'GET');
    expect(writes.length).toBeGreaterThan(0);

    /** Every refused write, each with a body of its own, so one that got through would show. */
    async function refusedWrites(round: string): Promise<void> {
      for (const [index, [name, authorization]] of badAuthorizations.entries()) {
        const headers = headersOf(await authorization());
        for (const route of writes) {
          const { method, path, body } = requestOf(route, ideaId, `${round}-${index}`);
          const response = await api.request(method, path, { body, headers });
          expect({ name, route: route.name, status: response.status }).toEqual({
            name,
            route: route.name,
            status: 401,
          });
        }
      }
    }

    // Voting is idempotent, so a forged vote shows only while Ada has not voted, a forged withdrawal only while she has.
    expect((await api.as(ada, 'PUT', `/api/ideas/${ideaId}/vote`)).status).toBe(200);
    const voted = await settled();
    expect(voted.idea).toMatchObject({ myVote: true });
    await refusedWrites('voted');
    expect(await state()).toEqual(voted);

    expect((await api.as(ada, 'DELETE', `/api/ideas/${ideaId}/vote`)).status).toBe(200);
    const unvoted = await settled();
    expect(unvoted.idea).toMatchObject({ myVote: false });
    await refusedWrites('unvoted');
    expect(await state()).toEqual(unvoted);
  });
});

describe('entra mode, against a strict fake of Entra ID', () => {
  const clientId = randomUUID();
  const contoso = randomUUID();
  const fabrikam = randomUUID();
  const KID = 'entra-test-key';
  const entra = useSigningKey(KID);
  let strangerKey: CryptoKey;
  let api: TestApi;
  let allowListApi: TestApi;

  const entraClaims = (tid: string, overrides: JWTPayload = {}): JWTPayload => ({
    iss: `https://login.microsoftonline.com/${tid}/v2.0`,
    aud: `api://${clientId}`,
    tid,
    oid: randomUUID(),
    name: 'Grace Hopper',
    scp: SCOPE,
    iat: nowSeconds(),
    nbf: nowSeconds(),
    exp: nowSeconds() + 3_600,
    ver: '2.0',
    ...overrides,
  });
  const entraSigned = (claims: JWTPayload, key: CryptoKey = entra.privateKey) =>
    signed(claims, key, { alg: 'RS256', kid: KID });

  async function startEntraHost(env: Record<string, string> = {}): Promise<TestApi> {
    const config = testConfig({ AUTH_MODE: 'entra', ENTRA_CLIENT_ID: clientId, ...env });
    const entraKeys = createLocalJWKSet({ keys: [entra.publicJwk] });
    return new TestApi(await startLocalHost({ config, overrides: { entraKeys } }));
  }

  const meWith = (target: TestApi, token: string) => target.request('GET', '/api/me', { token });

  beforeAll(async () => {
    strangerKey = (await generateKeyPair('RS256')).privateKey;
    api = await startEntraHost();
    allowListApi = await startEntraHost({ ALLOWED_TENANTS: `${contoso}, ${randomUUID()}` });
  });

  afterAll(async () => {
    await api?.host.close();
    await allowListApi?.host.close();
  });

  it('accepts an Entra access token and names the caller by tenant and object id', async () => {
    const claims = entraClaims(contoso);
    const response = await meWith(api, await entraSigned(claims));
    expect(response).toMatchObject({
      status: 200,
      body: { tenantId: contoso, userId: claims.oid, name: 'Grace Hopper', roles: ['employee'] },
    });
  });

  it('accepts the bare client id as the audience, as Entra issues it for some clients', async () => {
    const response = await meWith(api, await entraSigned(entraClaims(contoso, { aud: clientId })));
    expect(response.status).toBe(200);
  });

  const refused: [string, () => Promise<string>][] = [
    [
      'the issuer of another tenant than the token’s tid',
      () => entraSigned(entraClaims(contoso, { iss: `https://login.microsoftonline.com/${fabrikam}/v2.0` })),
    ],
    [
      'an HS256 token signed with the dev key',
      () =>
        signed(entraClaims(contoso), secretKey('ideabar-local-development-signing-key-not-for-production'), {
          alg: 'HS256',
          kid: KID,
        }),
    ],
    [
      'an HS256 token keyed with Entra’s public key (algorithm confusion)',
      () =>
        signed(entraClaims(contoso), secretKey(JSON.stringify(entra.publicJwk)), { alg: 'HS256', kid: KID }),
    ],
    [
      'an RS256 token signed by a key Entra never published',
      () => entraSigned(entraClaims(contoso), strangerKey),
    ],
    ['a token for another app', () => entraSigned(entraClaims(contoso, { aud: `api://${randomUUID()}` }))],
    [
      'an expired token',
      () =>
        entraSigned(
          entraClaims(contoso, {
            iat: nowSeconds() - 7_200,
            nbf: nowSeconds() - 7_200,
            exp: nowSeconds() - 3_600,
          }),
        ),
    ],
    [
      'a token without the access_as_user scope',
      () => entraSigned(entraClaims(contoso, { scp: 'User.Read' })),
    ],
    [
      'a dev token',
      () =>
        signed(
          { ...entraClaims(contoso), iss: `https://ideabar.local/dev/${contoso}`, aud: DEV_AUDIENCE },
          secretKey('ideabar-local-development-signing-key-not-for-production'),
          { alg: 'HS256' },
        ),
    ],
  ];

  it.each(refused)('refuses %s', async (_name, token) => {
    expect(refusal(await meWith(api, await token()))).toEqual(EXPECTED_REFUSAL);
  });

  it('refuses every route that needs a caller when no token comes', async () => {
    const routes = routesFor(api.host.services.config).filter(
      (route) => route.auth === 'user' || route.auth === 'it',
    );
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      const { method, path, body } = requestOf(route, 'any-idea');
      expect({ route: route.name, ...refusal(await api.request(method, path, { body })) }).toEqual({
        route: route.name,
        ...EXPECTED_REFUSAL,
      });
    }
  });

  it('lets in only the tenants ALLOWED_TENANTS names', async () => {
    const allowed = await meWith(allowListApi, await entraSigned(entraClaims(contoso)));
    expect(allowed).toMatchObject({ status: 200, body: { tenantId: contoso } });
    const other = await meWith(allowListApi, await entraSigned(entraClaims(fabrikam)));
    expect(refusal(other)).toEqual(EXPECTED_REFUSAL);
    // Without the list, the same token is fine: the refusal above is the allow-list's doing.
    expect((await meWith(api, await entraSigned(entraClaims(fabrikam)))).status).toBe(200);
  });

  it('has no dev-only routes: no dev tokens, and no anonymous route but health and the description', async () => {
    const routes = routesFor(api.host.services.config);
    expect(routes.filter((route) => route.auth === 'anonymous').map((route) => route.name)).toEqual([
      'health',
      'openApi',
    ]);
    const devRoutes = routesFor(testConfig()).filter(isDevOnly);
    expect(devRoutes.map((route) => route.name)).toContain('devToken');
    for (const route of devRoutes) {
      const response = await api.request(route.method, `/api/${route.path}`, {
        body: route.method === 'POST' ? ada : undefined,
      });
      expect({ route: route.name, status: response.status, body: response.body }).toEqual({
        route: route.name,
        status: 404,
        body: { error: { code: 'not_found', message: expect.any(String) } },
      });
    }
  });
});
