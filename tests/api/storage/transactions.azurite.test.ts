/**
 * The API's entity-group transactions (api/src/storage/transactions.ts) against the SDK's own, on Azurite: every
 * action and value type the SDK writes, written the same way, answered with the same ETags, and refused with the
 * same status and failed index, nothing written.
 */
import {
  AzureNamedKeyCredential,
  generateAccountSas,
  TableClient,
  type TransactionAction,
} from '@azure/data-tables';
import { describe, expect, it } from 'vitest';
import type { Row } from '../../../api/src/storage/rowFields.js';
import { ensureTables, statusOf } from '../../../api/src/storage/tables.js';
import { MAX_TRANSACTION_ACTIONS, submitTransaction } from '../../../api/src/storage/transactions.js';
import { tablesOf, testConfig } from '../../support/testHost.js';

type Submit = (
  actions: TransactionAction[],
) => Promise<{ subResponses: { status: number; etag?: string }[] }>;

async function setUp() {
  const config = testConfig();
  const tables = tablesOf(config);
  await ensureTables(tables);
  const table = tables.Votes;
  const run = Math.random().toString(36).slice(2);
  const ways: Record<'sdk' | 'ours', { partitionKey: string; submit: Submit }> = {
    sdk: { partitionKey: `sdk-${run}`, submit: (actions) => table.submitTransaction(actions) },
    ours: { partitionKey: `ours-${run}`, submit: (actions) => submitTransaction(table, actions) },
  };
  return { table, ways, connectionString: config.storage.connectionString };
}

/** A row without what storage stamps on it, and without its partition (the two ways write to two). */
const unstamped = (row: object): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(row).filter(([name]) => !['etag', 'timestamp', 'partitionKey'].includes(name)),
  );

/** A partition's rows as storage holds them, without what storage stamps on them. */
async function rowsOf(table: TableClient, partitionKey: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for await (const row of table.listEntities<Row>({
    queryOptions: { filter: `PartitionKey eq '${partitionKey}'` },
  })) {
    rows.push(unstamped(row));
  }
  return rows;
}

/** Storage's refusal: its status and the index its message names. */
async function refusalOf(attempt: Promise<unknown>): Promise<{ status: number | undefined; index: string }> {
  const error = await attempt.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, 'the transaction should have been refused').toBeInstanceOf(Error);
  return { status: statusOf(error), index: /^(\d+):/.exec((error as Error).message)?.[1] ?? 'none' };
}

/** Keys with what a URL and OData both escape; `/ \ # ?` are not allowed in keys at all. */
const ODD_KEY = "it's 50% é+&=(x),[y] 😀";

describe('entity-group transactions (Azurite)', () => {
  it('writes every action and value type as the SDK does, with the ETags storage gave the rows', async () => {
    const { table, ways } = await setUp();
    for (const { partitionKey, submit } of Object.values(ways)) {
      const first = await submit([
        [
          'create',
          {
            partitionKey,
            rowKey: ODD_KEY,
            text: 'quotes \' " and \r\n lines',
            whole: 7,
            fraction: 2.5,
            flag: true,
            at: new Date('2026-12-04T10:11:12.345Z'),
            heat: { value: '3', type: 'Double' },
            big: 9_007_199_254_740_993n,
            bytes: new Uint8Array([0, 1, 254, 255]),
            absent: undefined,
          },
        ],
        ['create', { partitionKey, rowKey: 'merged', a: 1, b: 'kept' }],
        ['create', { partitionKey, rowKey: 'gone', a: 1 }],
        ['create', { partitionKey, rowKey: 'replaced', a: 1, b: 'dropped' }],
      ]);
      expect(first.subResponses.map((sub) => sub.status)).toEqual([204, 204, 204, 204]);
      const odd = await table.getEntity(partitionKey, ODD_KEY);
      expect(first.subResponses[0]?.etag).toBe(odd.etag);

      const second = await submit([
        ['update', { partitionKey, rowKey: ODD_KEY, text: 'replaced whole' }, 'Replace', { etag: odd.etag }],
        ['update', { partitionKey, rowKey: 'merged', a: 2 }, 'Merge'],
        ['upsert', { partitionKey, rowKey: 'replaced', a: 3 }, 'Replace'],
        ['upsert', { partitionKey, rowKey: 'new', a: 4 }, 'Merge'],
        ['delete', { partitionKey, rowKey: 'gone' }],
      ]);
      expect(second.subResponses.map((sub) => sub.status)).toEqual([204, 204, 204, 204, 204]);
      const etags = await Promise.all(
        [ODD_KEY, 'merged', 'replaced', 'new'].map(
          async (rowKey) => (await table.getEntity(partitionKey, rowKey)).etag,
        ),
      );
      expect(second.subResponses.slice(0, 4).map((sub) => sub.etag)).toEqual(etags);
    }
    const written = await rowsOf(table, ways.ours.partitionKey);
    expect(written).toEqual(await rowsOf(table, ways.sdk.partitionKey));
    expect(written).toContainEqual({ rowKey: 'merged', a: 2, b: 'kept' });
    expect(written).toContainEqual({ rowKey: 'replaced', a: 3 });
    expect(written).toContainEqual({ rowKey: ODD_KEY, text: 'replaced whole' });
    expect(written.map((row) => row.rowKey)).not.toContain('gone');
  });

  it('keeps every value type as the SDK writes it', async () => {
    const { table, ways } = await setUp();
    const entity = {
      text: 'é\u0000 "',
      whole: -3,
      fraction: 0.1,
      flag: false,
      at: new Date(0),
      heat: { value: '1', type: 'Double' as const },
      big: -5n,
      bytes: new Uint8Array([7]),
      guid: { value: '5f0e7a3c-38c4-4d8c-9b1e-2f3c9d1a7b10', type: 'Guid' as const },
      int64: { value: '12', type: 'Int64' as const },
    };
    for (const { partitionKey, submit } of Object.values(ways)) {
      await submit([['create', { partitionKey, rowKey: 'typed', ...entity }]]);
    }
    const read = (partitionKey: string) =>
      table.getEntity(partitionKey, 'typed', { disableTypeConversion: true }).then(unstamped);
    expect(await read(ways.ours.partitionKey)).toEqual(await read(ways.sdk.partitionKey));
  });

  it('is refused whole, with the status and failed index the SDK gets, and writes nothing', async () => {
    const { table, ways } = await setUp();
    const refusals: Record<string, { status: number | undefined; index: string }[]> = {};
    for (const [way, { partitionKey, submit }] of Object.entries(ways)) {
      const { subResponses } = await submit([['create', { partitionKey, rowKey: 'there', n: 1 }]]);
      const etag = subResponses[0]?.etag as string;
      await table.updateEntity({ partitionKey, rowKey: 'there', n: 2 }, 'Replace');
      refusals[way] = [
        // A repeat insert (a vote cast twice)…
        await refusalOf(
          submit([
            ['create', { partitionKey, rowKey: 'a', n: 1 }],
            ['create', { partitionKey, rowKey: 'there' }],
          ]),
        ),
        // …a version that moved (a tally, a guard row)…
        await refusalOf(
          submit([
            ['create', { partitionKey, rowKey: 'b', n: 1 }],
            ['upsert', { partitionKey, rowKey: 'c', n: 1 }, 'Replace'],
            ['update', { partitionKey, rowKey: 'there', n: 3 }, 'Replace', { etag }],
          ]),
        ),
        // …and a row to delete that is not there (a vote withdrawn twice).
        await refusalOf(submit([['delete', { partitionKey, rowKey: 'never' }]])),
      ];
      expect((await rowsOf(table, partitionKey)).map((row) => row.rowKey)).toEqual(['there']);
    }
    expect(refusals.ours).toEqual([
      { status: 409, index: '1' },
      { status: 412, index: '2' },
      { status: 404, index: '0' },
    ]);
    expect(refusals.ours).toEqual(refusals.sdk);
  });

  it('sends a SAS on the batch alone, as a connection string with a SharedAccessSignature gives it', async () => {
    const { table, connectionString } = await setUp();
    const part = (name: string) => new RegExp(`${name}=([^;]+)`).exec(connectionString)?.[1] ?? '';
    const sas = generateAccountSas(new AzureNamedKeyCredential(part('AccountName'), part('AccountKey')), {
      permissions: { add: true, update: true, query: true },
      resourceTypes: 'o',
    });
    const throughSas = new TableClient(`${part('TableEndpoint')}?${sas}`, table.tableName, {
      allowInsecureConnection: true,
    });
    const { subResponses } = await submitTransaction(throughSas, [
      ['create', { partitionKey: 'sas', rowKey: 'a' }],
      ['upsert', { partitionKey: 'sas', rowKey: 'b', n: 1 }, 'Merge'],
    ]);
    expect(subResponses.map((sub) => sub.status)).toEqual([204, 204]);
    expect((await rowsOf(table, 'sas')).map((row) => row.rowKey)).toEqual(['a', 'b']);
  });

  it('refuses, before asking storage, what storage would refuse whole', async () => {
    const { table } = await setUp();
    const rows = (count: number, partitionKey = 'limits'): TransactionAction[] =>
      Array.from({ length: count }, (_, index) => ['create', { partitionKey, rowKey: `r${index}` }]);
    await expect(submitTransaction(table, [])).rejects.toThrow(/at least one action/);
    await expect(submitTransaction(table, rows(MAX_TRANSACTION_ACTIONS + 1))).rejects.toThrow(
      /at most 100 actions/,
    );
    await expect(submitTransaction(table, [...rows(1), ...rows(1, 'other')])).rejects.toThrow(
      /same partitionKey/,
    );
    await expect(
      submitTransaction(table, [['create', { partitionKey: 'limits', rowKey: 'x', list: [1, 2] }]]),
    ).rejects.toThrow(/Property list/);
    expect(await rowsOf(table, 'limits')).toEqual([]);
    const full = await submitTransaction(table, rows(MAX_TRANSACTION_ACTIONS));
    expect(full.subResponses).toHaveLength(MAX_TRANSACTION_ACTIONS);
  });
});
