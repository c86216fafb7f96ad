import { describe, expect, it } from 'vitest';
import { RateGate, type Timekeeper } from '../../../bot/src/outbox/rateGate.js';
import { peak } from '../support/peak.js';

/** Time that passes only when someone sleeps, plus any lateness a test injects. */
function virtualTime(lateBy: (n: number) => number = () => 0): Timekeeper {
  let now = 0;
  let sleeps = 0;
  return {
    now: () => now,
    sleep: async (ms) => {
      now += ms + lateBy(sleeps++);
    },
  };
}

async function sendTimes(gate: RateGate, time: Timekeeper, sends: [string, string][]): Promise<number[]> {
  void time;
  return Promise.all(sends.map(([tenant, conversation]) => gate.acquire(tenant, conversation)));
}

describe('the rate gate', () => {
  it('spaces a tenant’s sends at its rate: never more than the rate in any second', async () => {
    const time = virtualTime();
    const gate = new RateGate(30, time);
    const times = await sendTimes(
      gate,
      time,
      Array.from({ length: 90 }, (_, n) => ['tenant', `c-${n}`]),
    );
    expect(peak(times, 1_000)).toBe(30);
    // At the rate, give or take the gate's slack (half a millisecond a send, 25 ms at a full window's edge).
    expect(Math.max(...times)).toBeGreaterThan(89 * (1_000 / 30));
    expect(Math.max(...times)).toBeLessThan(89 * (1_000 / 30) * 1.03);
  });

  it('late wake-ups are made up without a burst: the rate holds in every second, and overall', async () => {
    // The event loop stalls for 100 ms of every second: a timer due then fires when the stall ends.
    let now = 0;
    const stalled: Timekeeper = {
      now: () => now,
      sleep: async (ms) => {
        const due = now + ms;
        const intoSecond = due % 1_000;
        now = intoSecond >= 500 && intoSecond < 600 ? due - intoSecond + 600 : due;
      },
    };
    const gate = new RateGate(30, stalled);
    const times = await sendTimes(
      gate,
      stalled,
      Array.from({ length: 300 }, (_, n) => ['tenant', `c-${n}`]),
    );
    expect(peak(times, 1_000)).toBeLessThanOrEqual(30);
    // 300 sends at 30/s take 10 s; sends due in a stall are made up after it, as far as the window allows.
    expect(Math.max(...times)).toBeLessThan(10_000 * 1.08);
    const sorted = [...times].sort((a, b) => a - b);
    const gaps = sorted.slice(1).map((at, n) => at - (sorted[n] as number));
    expect(Math.min(...gaps)).toBeGreaterThan(1_000 / 30 / 2 - 0.001);
  });

  it('keeps one conversation within 7/1 s, 8/2 s and 60/30 s, whatever the tenant rate', async () => {
    const time = virtualTime();
    const gate = new RateGate(1_000, time);
    const times = await sendTimes(
      gate,
      time,
      Array.from({ length: 130 }, () => ['tenant', 'one-conversation']),
    );
    expect(peak(times, 1_000)).toBeLessThanOrEqual(7);
    expect(peak(times, 2_000)).toBeLessThanOrEqual(8);
    expect(peak(times, 30_000)).toBeLessThanOrEqual(60);
    expect([...times].sort((a, b) => a - b)[60]).toBeGreaterThanOrEqual(30_000);
  });

  it('keeps tenants apart: a busy tenant does not hold up another', async () => {
    const time = virtualTime();
    const gate = new RateGate(10, time);
    const busy = sendTimes(
      gate,
      time,
      Array.from({ length: 50 }, (_, n) => ['busy', `c-${n}`]),
    );
    const quietAt = await sendTimes(gate, time, [['quiet', 'c-x']]);
    expect(quietAt[0]).toBeLessThan(1_000);
    await busy;
  });
});
