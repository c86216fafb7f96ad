import { randomUUID } from 'node:crypto';
import type { TokenNetwork } from '../../../bot/src/hosting/connectorToken.js';

type NetworkRequestOptions = NonNullable<Parameters<TokenNetwork['sendGetRequestAsync']>[1]>;
interface NetworkResponse<T> {
  status: number;
  headers: Record<string, string>;
  body: T;
}

const LOGIN = 'https://login.microsoftonline.com';
const IMDS_TOKEN = 'http://169.254.169.254/metadata/identity/oauth2/token';
const BOT_CONNECTOR = 'https://api.botframework.com';

export interface FakeEntraOptions {
  /** App registrations and their secrets, by app id. */
  apps?: Record<string, string>;
  /** App ids of user-assigned managed identities the host may use. */
  identities?: string[];
  /** How long each token lives. */
  lifetimeSeconds?: number;
}

interface Issued {
  appId: string;
  audience: string;
  expiresAt: number;
}

/**
 * A strict stand-in for Microsoft Entra ID and the managed identity endpoint, as MSAL's network client: it answers
 * MSAL's metadata requests, gives tokens only for the Bot Connector's audience (scope `…/.default`, or the
 * resource) to a known app with its right secret or to a known identity, and remembers each token with its expiry,
 * so the fake Bot Connector can refuse a token it never issued, one for another audience, or one expired.
 */
export class FakeEntra implements TokenNetwork {
  /** What MSAL asked for: GETs with their query, POSTs without it (their form body apart). */
  readonly requests: { url: string; body: Record<string, string> }[] = [];
  readonly refusals: string[] = [];
  private readonly issued = new Map<string, Issued>();

  constructor(
    private readonly options: FakeEntraOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** How many tokens were handed out. */
  get tokensIssued(): number {
    return this.issued.size;
  }

  /** Why a bearer token is not good for the Bot Connector now, or null when it is. */
  problemWith(authorization: string | undefined): string | null {
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    if (!token) return 'no bearer token';
    const issued = this.issued.get(token);
    if (!issued) return 'a token Entra never issued';
    if (issued.audience !== BOT_CONNECTOR) return `a token for ${issued.audience}`;
    if (issued.expiresAt <= this.now()) return 'an expired token';
    return null;
  }

  /** Makes every token handed out so far expire now. */
  expireAll(): void {
    for (const issued of this.issued.values()) issued.expiresAt = this.now();
  }

  async sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    this.requests.push({ url, body: {} });
    const parsed = new URL(url);
    const openId = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(parsed.pathname);
    if (parsed.origin === LOGIN && openId)
      return answer(200, openIdConfiguration(openId[1] as string)) as never;
    if (parsed.origin === LOGIN && parsed.pathname === '/common/discovery/instance') {
      return answer(200, {
        tenant_discovery_endpoint: `${LOGIN}/common/v2.0/.well-known/openid-configuration`,
        metadata: [
          {
            preferred_network: 'login.microsoftonline.com',
            preferred_cache: 'login.windows.net',
            aliases: ['login.microsoftonline.com', 'login.windows.net'],
          },
        ],
      }) as never;
    }
    if (`${parsed.origin}${parsed.pathname}` === IMDS_TOKEN) {
      return this.identityToken(parsed.searchParams, options?.headers ?? {}) as never;
    }
    return this.refuse(404, `no such endpoint: GET ${url}`) as never;
  }

  async sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    const body = Object.fromEntries(new URLSearchParams(options?.body ?? ''));
    const parsed = new URL(url);
    this.requests.push({ url: `${parsed.origin}${parsed.pathname}`, body });
    if (parsed.origin !== LOGIN || !/^\/[^/]+\/oauth2\/v2\.0\/token$/.test(parsed.pathname)) {
      return this.refuse(404, `no such endpoint: POST ${url}`) as never;
    }
    if (body.grant_type !== 'client_credentials') return this.refuse(400, 'unsupported_grant_type') as never;
    const secret = this.options.apps?.[body.client_id ?? ''];
    if (secret === undefined) return this.refuse(400, 'unauthorized_client') as never;
    if (body.client_secret !== secret) return this.refuse(401, 'invalid_client') as never;
    const scopes = (body.scope ?? '')
      .split(' ')
      .filter((scope) => !['openid', 'profile', 'offline_access'].includes(scope));
    if (scopes.length !== 1 || !scopes[0]!.endsWith('/.default'))
      return this.refuse(400, 'invalid_scope') as never;
    return answer(200, this.issue(body.client_id!, scopes[0]!.slice(0, -'/.default'.length))) as never;
  }

  private identityToken(query: URLSearchParams, headers: Record<string, string>): NetworkResponse<unknown> {
    if (headers.Metadata !== 'true' && headers.metadata !== 'true')
      return this.refuse(400, 'Metadata header missing');
    const clientId = query.get('client_id') ?? '';
    if (!this.options.identities?.includes(clientId)) return this.refuse(400, 'identity not found');
    const resource = query.get('resource') ?? '';
    const token = this.issue(clientId, resource);
    return answer(200, {
      ...token,
      expires_in: String(token.expires_in),
      expires_on: String(Math.floor(this.now() / 1_000) + token.expires_in),
      resource,
    });
  }

  private issue(appId: string, audience: string) {
    const lifetime = this.options.lifetimeSeconds ?? 3_600;
    const token = `fake-entra.${randomUUID()}`;
    this.issued.set(token, { appId, audience, expiresAt: this.now() + lifetime * 1_000 });
    return { token_type: 'Bearer', access_token: token, expires_in: lifetime, ext_expires_in: lifetime };
  }

  private refuse(status: number, error: string): NetworkResponse<unknown> {
    this.refusals.push(error);
    return answer(status, { error, error_description: error });
  }
}

const answer = (status: number, body: unknown): NetworkResponse<unknown> => ({
  status,
  headers: { 'content-type': 'application/json' },
  body,
});

const openIdConfiguration = (tenant: string) => ({
  token_endpoint: `${LOGIN}/${tenant}/oauth2/v2.0/token`,
  authorization_endpoint: `${LOGIN}/${tenant}/oauth2/v2.0/authorize`,
  end_session_endpoint: `${LOGIN}/${tenant}/oauth2/v2.0/logout`,
  issuer: `${LOGIN}/${tenant}/v2.0`,
  jwks_uri: `${LOGIN}/${tenant}/discovery/v2.0/keys`,
  response_modes_supported: ['query', 'fragment', 'form_post'],
});
