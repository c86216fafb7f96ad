import type { TransactionAction } from '@azure/data-tables';

/**
 * A guard row stands for a set of rows in its partition (a board's cycles, a tenant's IT members): a change to the
 * set is one transaction with an update of the guard made against the ETag read with the set, so two changes
 * checked against the same set cannot both be written. Guard row keys start with `~`, which no id may contain and
 * which sorts after every id, so `RowKey lt '~'` leaves them out of listings.
 */
export const GUARD_PREFIX = '~';

/** The version of a set whose guard row has not been written yet: the first change creates it. */
export const NO_GUARD = 'none';

export function guardWrite(
  row: { partitionKey: string; rowKey: string },
  version: string,
): TransactionAction {
  const guard = { ...row, kind: 'guard' };
  return version === NO_GUARD ? ['create', guard] : ['update', guard, 'Replace', { etag: version }];
}
