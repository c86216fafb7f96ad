import { describe, expect, it, vi } from 'vitest';
import { MemorySendSlots } from '../../../core/src/memory/memorySendSlots.js';
import {
  CONVERSATION_WINDOWS,
  LATE_MS,
  liveSlots,
  nextSlot,
  OTHERS_MARGIN_MS,
  SlotLedger,
} from '../../../bot/src/outbox/sendSlots.js';

const SEVEN_A_SECOND = [{ limit: 7, ms: 1_000 }];

describe('the slot arithmetic', () => {
  it('takes the first moment asked for while every window has room', () => {
    expect(nextSlot([], CONVERSATION_WINDOWS, 1_000.2, 'a', 0)).toBe(1_001);
    const six = Array.from({ length: 6 }, (_, n) => ({ at: 1_000 + n, by: 'a' }));
    expect(nextSlot(six, SEVEN_A_SECOND, 1_006, 'a', 0)).toBe(1_006);
  });

  it('waits for the oldest slot to leave a full window, plus the owner’s margin', () => {
    const seven = Array.from({ length: 7 }, (_, n) => ({ at: 1_000 + n * 10, by: 'a' }));
    expect(nextSlot(seven, SEVEN_A_SECOND, 1_100, 'a', 0)).toBe(2_000);
    expect(nextSlot(seven, SEVEN_A_SECOND, 1_100, 'a', 30)).toBe(2_030);
    // Another process's slots hold their window longer: its clock and its lateness are not ours.
    expect(nextSlot(seven, SEVEN_A_SECOND, 1_100, 'b', 30)).toBe(2_000 + OTHERS_MARGIN_MS);
  });

  it('counts another process’s slots with the wider margin, its own with its own', () => {
    const mixed = [{ at: 0, by: 'b' }, ...Array.from({ length: 6 }, (_, n) => ({ at: 100 + n, by: 'a' }))];
    // For 'a', its own slot at 100 leaves the window first (at 1,100), before 'b''s at 0 does (1,000 + margin).
    expect(nextSlot(mixed, SEVEN_A_SECOND, 500, 'a', 0)).toBe(1_100);
    // For 'c', all seven are another's: the oldest, 'b''s, leaves at 1,000 + OTHERS_MARGIN_MS.
    expect(nextSlot(mixed, SEVEN_A_SECOND, 500, 'c', 0)).toBe(1_000 + OTHERS_MARGIN_MS);
  });

  it('keeps every window at once: 8 in 2 s binds before 7 in 1 s', () => {
    const slots: { at: number; by: string }[] = [];
    for (let n = 0; n < 20; n += 1) {
      slots.push({ at: nextSlot(slots, CONVERSATION_WINDOWS, 0, 'a', 0), by: 'a' });
    }
    const times = slots.map(({ at }) => at);
    for (const { limit, ms } of CONVERSATION_WINDOWS) {
      for (const start of times)
        expect(times.filter((at) => at >= start && at < start + ms).length).toBeLessThanOrEqual(limit);
    }
    // Seven at once, the eighth still within 2 s, the ninth once the first has left the 2 s window.
    expect(times.slice(0, 8)).toEqual([0, 0, 0, 0, 0, 0, 0, 1_000]);
    expect(times[8]).toBe(2_000);
  });

  it('never takes a slot before one already taken: a ledger only grows at its end', () => {
    expect(nextSlot([{ at: 5_000, by: 'b' }], SEVEN_A_SECOND, 1_000, 'a', 0)).toBe(5_000);
  });

  it('keeps only the slots that can still count, at most the largest limit of them', () => {
    const longest = CONVERSATION_WINDOWS.at(-1)!.ms;
    const now = 10_000_000;
    const slots = [
      { at: now - longest - OTHERS_MARGIN_MS, by: 'a' },
      { at: now - longest, by: 'a' },
      { at: now, by: 'b' },
    ];
    expect(liveSlots(slots, CONVERSATION_WINDOWS, now)).toEqual(slots.slice(1));
    const many = Array.from({ length: 2_000 }, (_, n) => ({ at: now - n, by: 'a' })).reverse();
    expect(liveSlots(many, CONVERSATION_WINDOWS, now)).toHaveLength(1_800);
  });
});

describe('a slot ledger shared by processes', () => {
  it('two processes taking at once each get their own slots, and together keep the window', async () => {
    const store = new MemorySendSlots();
    const now = 1_000_000;
    const clock = () => now;
    const first = new SlotLedger(store, 'tenant', 'conversation:c', SEVEN_A_SECOND, 'a', clock, LATE_MS);
    const second = new SlotLedger(store, 'tenant', 'conversation:c', SEVEN_A_SECOND, 'b', clock, LATE_MS);

    const taken = await Promise.all(
      Array.from({ length: 10 }, (_, n) => (n % 2 === 0 ? first : second).take(now)),
    );

    const stored = (await store.read('tenant', 'conversation:c'))!.value;
    expect(stored.map(({ at }) => at).sort((x, y) => x - y)).toEqual(taken.flat().sort((x, y) => x - y));
    expect(stored.filter(({ by }) => by === 'a')).toHaveLength(5);
    const times = stored.map(({ at }) => at);
    // Whoever's they are, no second holds more than seven of them.
    for (const start of times)
      expect(times.filter((at) => at >= start && at < start + 1_000).length).toBeLessThanOrEqual(7);
  });

  it('takes several slots in one write, spaced as asked', async () => {
    const store = new MemorySendSlots();
    const writes = vi.spyOn(store, 'write');
    const ledger = new SlotLedger(
      store,
      't',
      'tenant',
      [{ limit: 30, ms: 1_000 }],
      'a',
      () => 0,
      LATE_MS,
      34,
    );
    expect(await ledger.take(0, 4)).toEqual([0, 34, 68, 102]);
    expect(writes).toHaveBeenCalledTimes(1);
    expect((await store.read('t', 'tenant'))!.value.map(({ at }) => at)).toEqual([0, 34, 68, 102]);
  });
});
