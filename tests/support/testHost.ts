import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import type { IdeaView } from '../../core/src/index.js';
import { loadConfig, type Config } from '../../api/src/config.js';
import { startLocalHost, type LocalHost, type LocalHostOptions } from '../../api/src/host/localHost.js';
import { tableClients, type TableClients } from '../../api/src/storage/tables.js';

/** A table prefix no other test file uses, so every file starts from empty tables. */
export const freshTablePrefix = (): string => `t${randomBytes(6).toString('hex')}`;

/**
 * Write limits far above what any test sends, for the tests that are not about limits (fuzzing sends hundreds of
 * writes as one person); tests of the limits set their own (tests/api/http/writeLimits.azurite.test.ts).
 */
export const UNLIMITED_WRITES = {
  LIMIT_IDEAS: '1000000/1s',
  LIMIT_COMMENTS: '1000000/1s',
  LIMIT_VOTES: '1000000/1s',
  LIMIT_APPEALS: '1000000/1s',
  LIMIT_BOT_COMMANDS: '1000000/1s',
  LIMIT_TENANT_WRITES: '1000000/1s',
};

/** The settings of a test's host, as a process reads them from its environment: Azurite, fresh tables, any port. */
export function testEnv(env: Record<string, string> = {}) {
  return {
    NODE_ENV: 'test',
    AUTH_MODE: 'dev',
    ...UNLIMITED_WRITES,
    STORAGE_CONNECTION_STRING: inject('azuriteConnectionString'),
    TABLE_PREFIX: freshTablePrefix(),
    PORT: '0',
    ...env,
  };
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig(testEnv(env));
}

export const tablesOf = (config: Config): TableClients =>
  tableClients(config.storage.connectionString, config.storage.tablePrefix);

export interface Person {
  tenantId: string;
  userId: string;
  name: string;
  roles?: ('employee' | 'it')[];
}

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** A client for the local host as the tab would use it: JSON in and out, a bearer token per person. */
export class TestApi {
  private readonly tokens = new Map<string, string>();

  /** Without a host, the client is handed out before its host starts (`useTestApi`) and `attach` gives it one. */
  constructor(private startedHost?: LocalHost) {}

  get host(): LocalHost {
    if (!this.startedHost) throw new Error('the test host is used before the beforeAll that starts it ran');
    return this.startedHost;
  }

  attach(host: LocalHost): void {
    this.startedHost = host;
  }

  get url(): string {
    return this.host.url;
  }

  async tokenFor(person: Person): Promise<string> {
    const key = `${person.tenantId}|${person.userId}`;
    let token = this.tokens.get(key);
    if (!token) {
      const response = await this.request<{ token: string }>('POST', '/api/dev/token', { body: person });
      if (response.status !== 200) throw new Error(`dev token refused: ${JSON.stringify(response.body)}`);
      token = response.body.token;
      this.tokens.set(key, token);
    }
    return token;
  }

  async as<T = unknown>(
    person: Person,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<ApiResponse<T>> {
    return this.request<T>(method, path, { body, token: await this.tokenFor(person) });
  }

  /** Submits an idea as `person` and gives it back, failing the test there unless it was accepted. */
  async submitIdea(
    person: Person,
    idea: { title: string; description?: string } & Record<string, unknown>,
  ): Promise<IdeaView> {
    const answer = await this.as<IdeaView>(person, 'POST', '/api/ideas', {
      description: 'Why it helps.',
      ...idea,
    });
    if (answer.status !== 201)
      throw new Error(`idea refused: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  async request<T = unknown>(
    method: string,
    path: string,
    options: { body?: unknown; token?: string; rawBody?: string; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(this.url + path, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: (text ? JSON.parse(text) : null) as T,
    };
  }
}

export async function startTestApi(options: Partial<LocalHostOptions> = {}): Promise<TestApi> {
  const host = await startLocalHost({ config: testConfig(), ...options });
  return new TestApi(host);
}
