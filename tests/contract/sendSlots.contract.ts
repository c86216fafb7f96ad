import { describe, expect, it } from 'vitest';
import type { SendSlot, SendSlotRepository } from '../../core/src/index.js';

/**
 * The promises of the send-slot ledgers (SendSlotRepository), run against the in-memory twin and against Table
 * Storage on Azurite. The bot's processes share Teams' rates through them, so what matters is that a write lands only
 * over the version it names, that a refused write leaves the ledger as it was, and that nothing crosses tenants.
 */
export function sendSlotContract(name: string, makeStore: () => Promise<SendSlotRepository>): void {
  const CHANNEL = 'conversation:19:general@thread.tacv2;messageid=1700000000000';
  const T0 = Date.UTC(2026, 11, 4, 9, 0, 0);
  const slots = (...moments: [number, string][]): SendSlot[] => moments.map(([at, by]) => ({ at, by }));

  describe(`${name} send-slot ledgers`, () => {
    it('reads a ledger nobody wrote as missing', async () => {
      const store = await makeStore();
      expect(await store.read('tenant-a', CHANNEL)).toBeUndefined();
      expect(await store.read('tenant-a', 'tenant')).toBeUndefined();
    });

    it('creates a ledger with its first write and reads it back, oldest first, with its version', async () => {
      const store = await makeStore();
      const first = slots([T0, 'p1'], [T0 + 140, 'p2'], [T0 + 140, 'p1'], [T0 + 1_003, 'p3']);
      const version = await store.write('tenant-a', CHANNEL, first, null);
      expect(version).toEqual(expect.any(String));
      expect(await store.read('tenant-a', CHANNEL)).toEqual({ value: first, version });
    });

    it('refuses a first write when the ledger exists, and keeps what was there', async () => {
      const store = await makeStore();
      const version = await store.write('tenant-a', CHANNEL, slots([T0, 'p1']), null);
      expect(await store.write('tenant-a', CHANNEL, slots([T0 + 5, 'p2']), null)).toBeNull();
      expect(await store.read('tenant-a', CHANNEL)).toEqual({ value: slots([T0, 'p1']), version });
    });

    it('replaces the ledger If-Match its current version, and the version changes with every write', async () => {
      const store = await makeStore();
      const first = (await store.write('tenant-a', CHANNEL, slots([T0, 'p1']), null))!;
      const grown = slots([T0, 'p1'], [T0 + 20, 'p1']);
      const second = await store.write('tenant-a', CHANNEL, grown, first);
      expect(second).toEqual(expect.any(String));
      expect(second).not.toBe(first);
      expect(await store.read('tenant-a', CHANNEL)).toEqual({ value: grown, version: second });
      // The same slots written again are still a new write: a process that read the old version must not land.
      const third = await store.write('tenant-a', CHANNEL, grown, second);
      expect(third).not.toBeNull();
      expect(third).not.toBe(second);
    });

    it('refuses a write over a stale version and writes nothing', async () => {
      const store = await makeStore();
      const first = (await store.write('tenant-a', CHANNEL, slots([T0, 'p1']), null))!;
      const second = (await store.write('tenant-a', CHANNEL, slots([T0, 'p1'], [T0 + 9, 'p2']), first))!;
      expect(await store.write('tenant-a', CHANNEL, slots([T0, 'p1'], [T0 + 7, 'p3']), first)).toBeNull();
      expect(await store.read('tenant-a', CHANNEL)).toEqual({
        value: slots([T0, 'p1'], [T0 + 9, 'p2']),
        version: second,
      });
    });

    it('refuses a version that was never the ledger’s: another ledger’s', async () => {
      const store = await makeStore();
      const other = (await store.write('tenant-a', 'tenant', slots([T0, 'p1']), null))!;
      expect(await store.write('tenant-a', CHANNEL, slots([T0, 'p2']), other)).toBeNull();
      expect(await store.read('tenant-a', CHANNEL)).toBeUndefined();
      const version = (await store.write('tenant-a', CHANNEL, slots([T0, 'p2']), null))!;
      expect(await store.write('tenant-a', CHANNEL, [], other)).toBeNull();
      expect(await store.read('tenant-a', CHANNEL)).toEqual({ value: slots([T0, 'p2']), version });
    });

    it('of two processes writing over the same version at once, exactly one lands', async () => {
      const store = await makeStore();
      const version = (await store.write('tenant-a', CHANNEL, slots([T0, 'p1']), null))!;
      const outcomes = await Promise.all(
        ['p2', 'p3'].map((by) => store.write('tenant-a', CHANNEL, slots([T0, 'p1'], [T0 + 50, by]), version)),
      );
      const landed = outcomes.filter((outcome) => outcome !== null);
      expect(landed).toHaveLength(1);
      const winner = outcomes[0] === null ? 'p3' : 'p2';
      expect(await store.read('tenant-a', CHANNEL)).toEqual({
        value: slots([T0, 'p1'], [T0 + 50, winner]),
        version: landed[0],
      });
    });

    it('of two processes creating one ledger at once, exactly one lands', async () => {
      const store = await makeStore();
      const outcomes = await Promise.all(
        ['p1', 'p2'].map((by) => store.write('tenant-a', CHANNEL, slots([T0, by]), null)),
      );
      expect(outcomes.filter((outcome) => outcome !== null)).toHaveLength(1);
      expect((await store.read('tenant-a', CHANNEL))!.value).toHaveLength(1);
    });

    it('keeps each tenant’s ledgers apart: one tenant never reads or overwrites another’s', async () => {
      const store = await makeStore();
      const version = (await store.write('tenant-a', CHANNEL, slots([T0, 'p1']), null))!;
      expect(await store.read('tenant-b', CHANNEL)).toBeUndefined();
      // Tenant B's version of its own ledger, or tenant A's version, never lands on A's ledger.
      expect(await store.write('tenant-b', CHANNEL, slots([T0 + 1, 'p9']), version)).toBeNull();
      const theirs = (await store.write('tenant-b', CHANNEL, slots([T0 + 2, 'p9']), null))!;
      expect(await store.write('tenant-a', CHANNEL, slots([T0 + 3, 'p9']), theirs)).toBeNull();
      expect(await store.read('tenant-a', CHANNEL)).toEqual({ value: slots([T0, 'p1']), version });
      expect(await store.read('tenant-b', CHANNEL)).toEqual({
        value: slots([T0 + 2, 'p9']),
        version: theirs,
      });
    });

    it('keeps a tenant’s ledgers apart from each other, whatever characters their names hold', async () => {
      const store = await makeStore();
      const names = [
        'tenant',
        CHANNEL,
        'conversation:a:1personal/with/slashes#and?marks',
        'conversation:x|y',
      ];
      for (const [n, ledger] of names.entries())
        await store.write('tenant-a', ledger, slots([T0 + n, `p${n}`]), null);
      for (const [n, ledger] of names.entries())
        expect((await store.read('tenant-a', ledger))!.value).toEqual(slots([T0 + n, `p${n}`]));
    });

    it('holds a busy conversation’s whole hour: 1,800 slots from 40 processes', async () => {
      const store = await makeStore();
      const hour = Array.from({ length: 1_800 }, (_, n) => ({
        at: T0 + n * 2_000 + (n % 7),
        by: `${(n % 40).toString(36)}f3a9c${(n % 40).toString(16).padStart(2, '0')}`,
      }));
      const version = await store.write('tenant-a', CHANNEL, hour, null);
      expect(await store.read('tenant-a', CHANNEL)).toEqual({ value: hour, version });
    });

    it('keeps an emptied ledger as empty, not as missing', async () => {
      const store = await makeStore();
      const version = (await store.write('tenant-a', CHANNEL, slots([T0, 'p1']), null))!;
      const emptied = await store.write('tenant-a', CHANNEL, [], version);
      expect(await store.read('tenant-a', CHANNEL)).toEqual({ value: [], version: emptied });
    });

    it('refuses slots it could not keep exactly (a fraction of a millisecond, a comma in a name) and writes nothing', async () => {
      const store = await makeStore();
      const version = (await store.write('tenant-a', CHANNEL, slots([T0, 'p1']), null))!;
      await expect(store.write('tenant-a', CHANNEL, slots([T0 + 0.5, 'p1']), version)).rejects.toThrow(
        /slot/i,
      );
      await expect(store.write('tenant-a', CHANNEL, slots([T0 + 1, 'p,1']), version)).rejects.toThrow(
        /slot/i,
      );
      await expect(store.write('tenant-a', CHANNEL, slots([T0 + 1, '']), version)).rejects.toThrow(/slot/i);
      expect(await store.read('tenant-a', CHANNEL)).toEqual({ value: slots([T0, 'p1']), version });
    });
  });
}
