import { describe, expect, it } from 'vitest';
import { TooManyRequestsError } from '../../../core/src/index.js';
import { ConfigError, loadConfig, LOCAL_SETTINGS } from '../../../api/src/config.js';
import { TokenBuckets } from '../../../api/src/limits/tokenBuckets.js';
import { writeLimits } from '../../../api/src/limits/writeLimits.js';

describe('token buckets', () => {
  it('give a burst of the whole count, then one token per window/count', () => {
    let now = 0;
    const buckets = new TokenBuckets({ count: 4, windowMs: 60_000 }, () => now);
    for (let n = 0; n < 4; n += 1) {
      expect(buckets.wait('ann')).toBe(0);
      buckets.take('ann');
    }
    expect(buckets.wait('ann')).toBe(15_000);
    expect(buckets.wait('bob')).toBe(0);
    now = 14_999;
    expect(buckets.wait('ann')).toBe(1);
    now = 15_000;
    expect(buckets.wait('ann')).toBe(0);
    buckets.take('ann');
    now = 10 * 60_000; // idle for long: back to a full burst, never more
    for (let n = 0; n < 4; n += 1) buckets.take('ann');
    expect(buckets.wait('ann')).toBeGreaterThan(0);
  });
});

describe('write limits', () => {
  const config = loadConfig({
    ...LOCAL_SETTINGS,
    LIMIT_IDEAS: '2/1m',
    LIMIT_TENANT_WRITES: '3/1m',
  }).writeLimits;

  it('refuse past the person’s limit without counting the refused write against the tenant', () => {
    let now = 0;
    const limits = writeLimits(config, () => now);
    const ann = { tenantId: 't', userId: 'ann' };
    limits.take('ideas', ann);
    limits.take('ideas', ann);
    const refusal = (() => {
      try {
        limits.take('ideas', ann);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(TooManyRequestsError);
    expect(refusal).toMatchObject({ retryAfterSeconds: 30, message: expect.stringMatching(/2 per minute/) });
    // The tenant has used 2 of its 3: Bob gets the last one, then the tenant is full for everyone.
    limits.take('comments', { tenantId: 't', userId: 'bob' });
    expect(() => limits.take('comments', { tenantId: 't', userId: 'cy' })).toThrow(/organisation/);
    expect(() => limits.take('ideas', { tenantId: 'other', userId: 'ann' })).not.toThrow();
    now = 20_000; // one tenant token back (3 a minute), none yet for Ann (2 a minute)
    expect(() => limits.take('ideas', ann)).toThrow(/You are sending ideas/);
    expect(() => limits.take('votes', { tenantId: 't', userId: 'dee' })).not.toThrow();
  });

  it('come from settings of the form count/window, with defaults, and refuse anything else by name', () => {
    expect(loadConfig(LOCAL_SETTINGS).writeLimits).toEqual({
      perPerson: {
        ideas: { count: 10, windowMs: 600_000 },
        comments: { count: 30, windowMs: 600_000 },
        votes: { count: 60, windowMs: 60_000 },
        appeals: { count: 5, windowMs: 3_600_000 },
        botCommands: { count: 30, windowMs: 60_000 },
      },
      perTenant: { count: 3_000, windowMs: 60_000 },
    });
    expect(loadConfig({ ...LOCAL_SETTINGS, LIMIT_VOTES: ' 5/30s ' }).writeLimits.perPerson.votes).toEqual({
      count: 5,
      windowMs: 30_000,
    });
    for (const bad of ['ten/1m', '10', '0/1m', '10/0s', '10/2d', '10/25h', '-1/1m']) {
      expect(() => loadConfig({ ...LOCAL_SETTINGS, LIMIT_IDEAS: bad }), bad).toThrow(ConfigError);
      try {
        loadConfig({ ...LOCAL_SETTINGS, LIMIT_IDEAS: bad });
      } catch (error) {
        expect((error as ConfigError).problems).toEqual([
          expect.stringMatching(/^LIMIT_IDEAS: count\/window/),
        ]);
      }
    }
  });
});
