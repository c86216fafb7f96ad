import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DefaultAzureCredential } from '@azure/identity';
import { localDevSigningKey } from '../../api/src/auth/devSigningKey.js';
import { tableClients } from '../../api/src/storage/tables.js';
import { ConfigError, DEV_AUDIENCE, loadConfig, LOCAL_SETTINGS } from '../../api/src/config.js';

/** The problems loadConfig reports for this environment; fails the test when it accepts it. */
function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

const CLIENT_ID = '6f1c2a0e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';

describe('loadConfig', () => {
  it('runs locally in dev mode when that is chosen, as npm start and the tests do', () => {
    const config = loadConfig(LOCAL_SETTINGS);
    expect(config.auth).toMatchObject({ mode: 'dev', audience: DEV_AUDIENCE, allowedTenants: [] });
    expect(config.port).toBe(7071);
  });

  it('refuses to start until a sign-in mode is chosen, saying which there are', () => {
    expect(problemsOf({})).toEqual([expect.stringMatching(/^AUTH_MODE: .*entra.*dev/)]);
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([expect.stringMatching(/^AUTH_MODE: /)]);
  });

  it('refuses dev sign-in in production, naming AUTH_MODE', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_MODE: 'dev' })).toThrow(ConfigError);
    expect(problemsOf({ NODE_ENV: 'production', AUTH_MODE: 'dev' })).toEqual([
      expect.stringMatching(/^AUTH_MODE: /),
    ]);
  });

  it.each(['WEBSITE_INSTANCE_ID', 'WEBSITE_SITE_NAME', 'WEBSITE_OWNER_NAME', 'CONTAINER_APP_NAME'])(
    'refuses dev sign-in where Azure hosts the app (%s set), even without NODE_ENV, and says why',
    (setting) => {
      const azure = { AUTH_MODE: 'dev', [setting]: 'ideabar-prod' };
      const problems = problemsOf(azure);
      expect(problems).toEqual([expect.stringMatching(new RegExp(`^AUTH_MODE: .*Azure.*${setting}.*entra`))]);
      // Still said when another setting is malformed too.
      expect(problemsOf({ ...azure, PORT: 'seventy' }).map((p) => p.split(':')[0])).toEqual([
        'PORT',
        'AUTH_MODE',
      ]);
      // Entra sign-in starts there as usual.
      expect(loadConfig({ ...azure, AUTH_MODE: 'entra', ENTRA_CLIENT_ID: CLIENT_ID }).auth.mode).toBe(
        'entra',
      );
    },
  );

  it('keeps no dev signing key in the repository: without DEV_AUTH_SECRET one is made on first use and kept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ideabar-key-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'nested', 'dev-signing-key');
    const first = localDevSigningKey(file);
    expect(first).toMatch(/^[\w-]{43}$/);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(localDevSigningKey(file)).toBe(first);
    expect(localDevSigningKey(join(dir, 'other-key'))).not.toBe(first);
    expect(readFileSync(file, 'utf8')).toBe(first);

    const made = loadConfig(LOCAL_SETTINGS, { devSigningKey: () => localDevSigningKey(file) });
    expect(made.auth).toMatchObject({ mode: 'dev', secret: first });
    const chosen = loadConfig({ ...LOCAL_SETTINGS, DEV_AUTH_SECRET: 'x'.repeat(32) });
    expect(chosen.auth).toMatchObject({ secret: 'x'.repeat(32) });
    // The key that used to be a constant in the repository is nobody's key now.
    expect(loadConfig(LOCAL_SETTINGS).auth).not.toMatchObject({
      secret: 'ideabar-local-development-signing-key-not-for-production',
    });
    expect(existsSync(new URL('../../.data/dev-signing-key', import.meta.url))).toBe(true);
  });

  it('runs in production with Entra sign-in', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      AUTH_MODE: 'entra',
      ENTRA_CLIENT_ID: CLIENT_ID,
      ALLOWED_TENANTS: ' contoso , fabrikam ,',
    });
    expect(config.auth).toEqual({
      mode: 'entra',
      clientId: CLIENT_ID,
      audiences: [`api://${CLIENT_ID}`, CLIENT_ID],
      allowedTenants: ['contoso', 'fabrikam'],
    });
  });

  it('reports every problem at once, each naming its setting', () => {
    const problems = problemsOf({ ...LOCAL_SETTINGS, PORT: 'seventy', TABLE_PREFIX: '1-not-a-table' });
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^PORT: /), expect.stringMatching(/^TABLE_PREFIX: /)]),
    );

    const many = problemsOf({
      NODE_ENV: 'production',
      PORT: '70000',
      TABLE_PREFIX: 'has spaces',
      DEV_AUTH_SECRET: 'short',
      IT_MEMBERS: 'contoso:ada,just-one-part',
    });
    expect(many.map((problem) => problem.split(':')[0]).sort()).toEqual(
      ['AUTH_MODE', 'DEV_AUTH_SECRET', 'IT_MEMBERS', 'PORT', 'TABLE_PREFIX'].sort(),
    );
    // The rules between settings hold even when an unrelated setting cannot be read at all.
    expect(
      problemsOf({ AUTH_MODE: 'entra', PORT: 'seventy' }).map((problem) => problem.split(':')[0]),
    ).toEqual(['PORT', 'ENTRA_CLIENT_ID']);
  });

  it('holds storage to a per-try timeout and a budget per call, the try never longer than the budget', () => {
    const local = { ...LOCAL_SETTINGS, DEV_AUTH_SECRET: 'x'.repeat(32) };
    expect(loadConfig(local).storage.deadlines).toEqual({ tryTimeoutMs: 3_000, budgetMs: 8_000 });
    const chosen = loadConfig({ ...local, STORAGE_TRY_TIMEOUT_MS: '500', STORAGE_BUDGET_MS: '2000' });
    expect(chosen.storage.deadlines).toEqual({ tryTimeoutMs: 500, budgetMs: 2_000 });
    expect(problemsOf({ ...local, STORAGE_TRY_TIMEOUT_MS: '5000', STORAGE_BUDGET_MS: '2000' })).toEqual([
      expect.stringMatching(/^STORAGE_TRY_TIMEOUT_MS: /),
    ]);
    expect(problemsOf({ ...local, STORAGE_BUDGET_MS: '600000' })).toEqual([
      expect.stringMatching(/^STORAGE_BUDGET_MS: /),
    ]);
  });

  it('puts every problem in the message an operator sees at start-up', () => {
    const error = (() => {
      try {
        return loadConfig({ PORT: '-1', AUTH_MODE: 'entra' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/PORT: .*\n.*ENTRA_CLIENT_ID: required when AUTH_MODE=entra/s);
  });

  it('reaches Azure tables through an identity at STORAGE_TABLE_ENDPOINT, never with both that and a key', () => {
    const endpoint = 'https://stideabar.table.core.windows.net/';
    const config = loadConfig({ ...LOCAL_SETTINGS, STORAGE_TABLE_ENDPOINT: endpoint });
    expect(config.storage).toMatchObject({ tableEndpoint: endpoint });
    expect(loadConfig(LOCAL_SETTINGS).storage.tableEndpoint).toBeNull();
    const both = { ...LOCAL_SETTINGS, STORAGE_TABLE_ENDPOINT: endpoint, STORAGE_CONNECTION_STRING: 'x' };
    expect(problemsOf(both)).toEqual([expect.stringMatching(/^STORAGE_TABLE_ENDPOINT: .*not both/)]);
    expect(problemsOf({ ...LOCAL_SETTINGS, STORAGE_TABLE_ENDPOINT: 'http://plain.example/' })).toEqual([
      expect.stringMatching(/^STORAGE_TABLE_ENDPOINT: /),
    ]);
    const tables = tableClients(
      { tableEndpoint: endpoint, credential: new DefaultAzureCredential() },
      'ideabar',
    );
    expect([tables.Ideas.url, tables.Ideas.tableName]).toEqual([endpoint, 'ideabarIdeas']);
  });
});
