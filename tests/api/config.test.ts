import { describe, expect, it } from 'vitest';
import { ConfigError, DEV_AUDIENCE, loadConfig } from '../../api/src/config.js';

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
  it('runs locally with nothing set, in dev mode', () => {
    const config = loadConfig({});
    expect(config.auth).toMatchObject({ mode: 'dev', audience: DEV_AUDIENCE, allowedTenants: [] });
    expect(config.port).toBe(7071);
  });

  it('refuses dev sign-in in production, naming AUTH_MODE', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_MODE: 'dev' })).toThrow(ConfigError);
    expect(problemsOf({ NODE_ENV: 'production', AUTH_MODE: 'dev' })).toEqual([
      expect.stringMatching(/^AUTH_MODE: /),
    ]);
    // Dev mode is the default, so leaving AUTH_MODE out in production is refused just the same.
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([expect.stringMatching(/^AUTH_MODE: /)]);
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
    const problems = problemsOf({ PORT: 'seventy', TABLE_PREFIX: '1-not-a-table' });
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
});
