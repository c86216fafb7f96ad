/**
 * A partition read through the rows changed since the last one (Azurite): as fresh as reading it whole, whoever
 * wrote, while reading only what changed.
 */
import { describe, expect, it } from 'vitest';
import { PartitionReads, type PartitionReadOptions } from '../../../api/src/storage/partitionReads.js';
import type { Row } from '../../../api/src/storage/rowFields.js';
import { ensureTables } from '../../../api/src/storage/tables.js';
import { tablesOf, testConfig } from '../../support/testHost.js';

interface Item {
  rowKey: string;
  n: number;
}

async function setUp(options: Partial<PartitionReadOptions> = {}) {
  const tables = tablesOf(testConfig());
  await ensureTables(tables);
  const table = tables.Ideas;
  let clock = 0;
  let mapped = 0;
  const reads = new PartitionReads<Item>(table, {
    overlapMs: 60_000,
    wholeEveryMs: 60_000,
    maxRows: 1_000,
    now: () => clock,
    ...options,
  });
  const partitionKey = `reads-${Math.random().toString(36).slice(2)}`;
  const map = (row: Row): Item => {
    mapped += 1;
    return { rowKey: row.rowKey, n: row.n as number };
  };
  const put = (rowKey: string, n: number) => table.upsertEntity({ partitionKey, rowKey, n }, 'Replace');
  const read = async () =>
    (await reads.read(partitionKey, map)).map(({ rowKey, n }) => `${rowKey}=${n}`).sort();
  return {
    table,
    partitionKey,
    put,
    read,
    reads,
    map,
    advance: (ms: number) => (clock += ms),
    mapped: () => {
      const count = mapped;
      mapped = 0;
      return count;
    },
  };
}

describe('reading a partition through its changes (Azurite)', () => {
  it('sees every row another writer adds or changes, and reads again only what changed', async () => {
    // No overlap, and the rows a second old: the next read then asks for nothing older than the first one.
    const { put, read, mapped } = await setUp({ overlapMs: 0 });
    for (let n = 0; n < 20; n++) await put(`row-${String(n).padStart(2, '0')}`, n);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await read()).toHaveLength(20);
    expect(mapped()).toBe(20);

    await put('row-03', 300);
    await put('row-20', 20);
    const after = await read();
    expect(after).toHaveLength(21);
    expect(after).toContain('row-03=300');
    expect(after).toContain('row-20=20');
    expect(mapped()).toBe(2);
  });

  it('answers each call with a read that began after it: a write answered before the call is in it', async () => {
    const { table, partitionKey, put, map } = await setUp();
    // Storage slow to answer: a read's rows are taken, then held until let go.
    let letGo: () => void = () => undefined;
    let held = new Promise<void>((resolve) => (letGo = resolve));
    const slow = Object.create(table) as typeof table;
    // Only iterated, never paged by hand, by PartitionReads.
    slow.listEntities = ((options?: Parameters<typeof table.listEntities>[0]) => {
      const rows = table.listEntities(options);
      return (async function* () {
        const taken = [];
        for await (const row of rows) taken.push(row);
        await held;
        yield* taken;
      })();
    }) as unknown as typeof table.listEntities;
    const reads = new PartitionReads<Item>(slow, { overlapMs: 60_000, wholeEveryMs: 60_000, maxRows: 100 });
    const read = async () =>
      (await reads.read(partitionKey, map)).map(({ rowKey, n }) => `${rowKey}=${n}`).sort();
    await put('a', 1);
    const early = read();
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The early read took its rows before this write; calls made after the write wait for a later read, and share it.
    await put('b', 2);
    const late = [read(), read()];
    letGo();
    expect(await early).toEqual(['a=1']);
    held = Promise.resolve();
    expect(await Promise.all(late)).toEqual([
      ['a=1', 'b=2'],
      ['a=1', 'b=2'],
    ]);
  });

  it('leaves a deleted row out of the next read, and keeps partitions apart', async () => {
    const { table, partitionKey, put, read, reads, map } = await setUp();
    await put('kept', 1);
    await put('gone', 2);
    expect(await read()).toEqual(['gone=2', 'kept=1']);
    await table.deleteEntity(partitionKey, 'gone');
    expect(await read()).toEqual(['kept=1']);
    expect(await reads.read(`${partitionKey}-other`, map)).toEqual([]);
  });

  it('reads the whole partition again once in a while, and when its keys show a row it missed', async () => {
    const { table, partitionKey, put, read, advance, mapped } = await setUp({ overlapMs: 0 });
    await put('a', 1);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await read()).toEqual(['a=1']);
    expect(await read()).toEqual(['a=1']);
    expect(mapped()).toBe(1);
    advance(60_000);
    expect(await read()).toEqual(['a=1']);
    expect(mapped()).toBe(1);
    // A row stamped before the time this process asks from (as storage's clock far behind would make it): its key
    // shows it, so the partition is read whole.
    await table.upsertEntity({ partitionKey, rowKey: 'b', n: 2 });
    const reads = new PartitionReads<Item>(table, {
      overlapMs: -3_600_000,
      wholeEveryMs: 600_000,
      maxRows: 10,
    });
    const named = async () =>
      (await reads.read(partitionKey, (row) => ({ rowKey: row.rowKey, n: row.n as number }))).length;
    expect(await named()).toBe(2);
    await table.upsertEntity({ partitionKey, rowKey: 'c', n: 3 });
    expect(await named()).toBe(3);
  });

  it('keeps at most its rows in all, reading a partition it let go of whole again', async () => {
    const { table, partitionKey, put, read, reads, map, mapped } = await setUp({ maxRows: 3, overlapMs: 0 });
    for (const rowKey of ['a', 'b', 'c']) await put(rowKey, 1);
    const other = `${partitionKey}-other`;
    for (const rowKey of ['x', 'y', 'z']) await table.upsertEntity({ partitionKey: other, rowKey, n: 2 });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await read()).toHaveLength(3);
    expect(await read()).toHaveLength(3);
    expect(mapped()).toBe(3);
    // Three more rows from another partition push this one out: its next read is whole, and still right.
    expect(await reads.read(other, map)).toHaveLength(3);
    mapped();
    expect(await read()).toEqual(['a=1', 'b=1', 'c=1']);
    expect(mapped()).toBe(3);
  });
});
