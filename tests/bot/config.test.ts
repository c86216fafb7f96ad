import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, LOCAL_SETTINGS } from '../../api/src/config.js';

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig({ ...LOCAL_SETTINGS, ...env });
    return [];
  } catch (error) {
    return error instanceof ConfigError ? error.problems : [String(error)];
  }
};

const APP = '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

describe('bot settings', () => {
  it('run locally with nothing set: no credentials, safe defaults', () => {
    expect(loadConfig(LOCAL_SETTINGS).bot).toEqual({
      credentials: { kind: 'none' },
      settings: {
        appId: '',
        teamsAppId: null,
        teamsPublishedAppId: null,
        tabUrl: 'http://localhost:7071/',
        tenantRatePerSecond: 30,
        cardUpdateIntervalMs: 5_000,
      },
      schedules: { digest: '0 */15 * * * *' },
    });
  });

  it('take a client secret, or a managed identity with its tenant', () => {
    expect(
      loadConfig({ ...LOCAL_SETTINGS, BOT_APP_ID: APP, BOT_APP_PASSWORD: 's3cret' }).bot.credentials,
    ).toEqual({
      kind: 'secret',
      appId: APP,
      password: 's3cret',
      tenantId: null,
    });
    const managed = { BOT_APP_ID: APP, BOT_MANAGED_IDENTITY: 'true', BOT_APP_TENANT_ID: TENANT };
    expect(loadConfig({ ...LOCAL_SETTINGS, ...managed }).bot.credentials).toEqual({
      kind: 'managedIdentity',
      appId: APP,
      tenantId: TENANT,
    });
  });

  it('take the published app id for deep links, empty meaning not published, and refuse one that is no GUID', () => {
    const published = '3b9d2f71-5c4e-4a8b-9f6d-1e2c3a4b5c6d';
    expect(
      loadConfig({ ...LOCAL_SETTINGS, TEAMS_PUBLISHED_APP_ID: published }).bot.settings.teamsPublishedAppId,
    ).toBe(published);
    expect(
      loadConfig({ ...LOCAL_SETTINGS, TEAMS_PUBLISHED_APP_ID: '' }).bot.settings.teamsPublishedAppId,
    ).toBeNull();
    expect(problemsOf({ TEAMS_PUBLISHED_APP_ID: 'com.contoso.ideabar' })).toEqual([
      expect.stringMatching(/^TEAMS_PUBLISHED_APP_ID: .*catalog/),
    ]);
  });

  it('still start where the retired DIGEST_DEFAULT is set: boards have their own digest schedules', () => {
    expect(loadConfig({ ...LOCAL_SETTINGS, DIGEST_DEFAULT: 'off' }).bot.settings).not.toHaveProperty(
      'digestDefault',
    );
  });

  it('report every incomplete or malformed bot setting together', () => {
    expect(problemsOf({ BOT_APP_ID: APP })).toEqual([expect.stringMatching(/^BOT_APP_PASSWORD: /)]);
    expect(problemsOf({ BOT_APP_PASSWORD: 'orphan' })).toEqual([expect.stringMatching(/^BOT_APP_ID: /)]);
    expect(problemsOf({ BOT_APP_ID: APP, BOT_MANAGED_IDENTITY: 'true' })).toEqual([
      expect.stringMatching(/^BOT_APP_TENANT_ID: /),
    ]);
    expect(
      problemsOf({
        BOT_TENANT_RATE: '80',
        DIGEST_SCHEDULE: '0 9 * * *',
        TAB_URL: 'nope',
      }),
    ).toEqual([
      expect.stringMatching(/^BOT_TENANT_RATE: /),
      expect.stringMatching(/^DIGEST_SCHEDULE: /),
      expect.stringMatching(/^TAB_URL: /),
    ]);
  });
});
