import { describe, expect, it } from 'vitest';
import { ConnectorError, retryAfterMs, type BotConnector } from '../../../bot/src/outbox/proactiveSender.js';
import { ProactiveSender } from '../../../bot/src/outbox/proactiveSender.js';
import type { Timekeeper } from '../../../bot/src/outbox/rateGate.js';
import { DEFAULT_RETRY_POLICY, retryDelay } from '../../../bot/src/outbox/retryPolicy.js';

const target = { serviceUrl: 'https://smba.example/', conversationId: 'a:1', tenantId: 't' };
const activity = { type: 'message' as const, text: 'hi' };

function scripted(answers: (ConnectorError | 'ok')[]): BotConnector & { calls: number } {
  const connector = {
    calls: 0,
    async send() {
      const answer = answers[connector.calls++] ?? 'ok';
      if (answer !== 'ok') throw answer;
      return { id: `m-${connector.calls}` };
    },
    async update() {
      await connector.send();
    },
  };
  return connector;
}

function virtualTime(): Timekeeper & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

describe('the proactive sender', () => {
  it('retries 429, 412, 502 and 504, honouring Retry-After, then delivers', async () => {
    const connector = scripted([
      new ConnectorError(429, 3_000, 'throttled'),
      new ConnectorError(412, null, 'precondition'),
      new ConnectorError(502, null, 'bad gateway'),
      new ConnectorError(504, null, 'timeout'),
    ]);
    const time = virtualTime();
    const sender = new ProactiveSender(connector, { tenantRatePerSecond: 1_000, time, random: () => 0.5 });
    expect(await sender.deliver(target, { kind: 'send', activity })).toEqual({
      status: 'delivered',
      attempts: 5,
      activityId: 'm-5',
    });
    const backOffs = time.slept.filter((ms) => ms >= 100);
    expect(backOffs[0]).toBeGreaterThanOrEqual(3_000);
    // Exponential: each later back-off longer than the one before.
    expect(backOffs[2]!).toBeGreaterThan(backOffs[1]!);
    expect(backOffs[3]!).toBeGreaterThan(backOffs[2]!);
  });

  it('records 403 and 404 as gone at once, without retrying', async () => {
    for (const status of [403, 404]) {
      const connector = scripted([new ConnectorError(status, null, 'gone')]);
      const sender = new ProactiveSender(connector, { tenantRatePerSecond: 1_000, time: virtualTime() });
      expect(await sender.deliver(target, { kind: 'send', activity })).toMatchObject({
        status: 'gone',
        attempts: 1,
      });
      expect(connector.calls).toBe(1);
    }
  });

  it('gives up after the last attempt, and at once on errors that are not transient', async () => {
    const always = scripted(Array.from({ length: 10 }, () => new ConnectorError(502, null, 'down')));
    const sender = new ProactiveSender(always, { tenantRatePerSecond: 1_000, time: virtualTime() });
    expect(await sender.deliver(target, { kind: 'send', activity })).toMatchObject({
      status: 'failed',
      attempts: 6,
    });
    const refused = scripted([new ConnectorError(400, null, 'bad request')]);
    const other = new ProactiveSender(refused, { tenantRatePerSecond: 1_000, time: virtualTime() });
    expect(await other.deliver(target, { kind: 'send', activity })).toMatchObject({
      status: 'failed',
      attempts: 1,
    });
  });

  it('back-off has jitter within bounds and a ceiling', () => {
    const low = retryDelay(DEFAULT_RETRY_POLICY, 3, null, () => 0);
    const high = retryDelay(DEFAULT_RETRY_POLICY, 3, null, () => 1);
    expect([low, high]).toEqual([1_000, 2_000]);
    expect(retryDelay(DEFAULT_RETRY_POLICY, 20, null, () => 1)).toBe(DEFAULT_RETRY_POLICY.maxDelayMs);
    expect(retryDelay(DEFAULT_RETRY_POLICY, 1, 10_000, () => 0)).toBe(10_000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('2')).toBe(2_000);
    expect(retryAfterMs(new Date(61_000).toUTCString(), 1_000)).toBe(60_000);
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs('soon')).toBeNull();
  });
});
