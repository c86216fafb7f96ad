import { TableClient, TableServiceClient, type TableServiceClientOptions } from '@azure/data-tables';
import { UnavailableError } from '@ideabar/core';

export const TABLE_NAMES = [
  'Boards',
  'Ideas',
  'Votes',
  'Comments',
  'History',
  'Members',
  'Cycles',
  'Settings',
  'Audit',
  'Conversations',
  'Followers',
  'Outbox',
  'PostedCards',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];
export type TableClients = Record<TableName, TableClient>;

/**
 * The SDK retries throttling, timeouts and dropped connections itself, with exponential back-off and jitter;
 * what is still failing after that becomes `unavailable` (see `storageCall`).
 */
const clientOptions = (connectionString: string): TableServiceClientOptions => ({
  allowInsecureConnection: connectionString.includes('http://'),
  retryOptions: { maxRetries: 3, retryDelayInMs: 100, maxRetryDelayInMs: 2_000 },
});

export function tableClients(connectionString: string, prefix: string): TableClients {
  const options = clientOptions(connectionString);
  const entries = TABLE_NAMES.map(
    (name) => [name, TableClient.fromConnectionString(connectionString, prefix + name, options)] as const,
  );
  return Object.fromEntries(entries) as TableClients;
}

/** Creates any missing table; safe to run on every start. */
export async function ensureTables(clients: TableClients): Promise<void> {
  await storageCall(() => Promise.all(Object.values(clients).map((client) => client.createTable())));
}

/** A client that fails fast, for health checks that must answer while storage is down. */
export function healthProbe(connectionString: string): () => Promise<void> {
  const client = TableServiceClient.fromConnectionString(connectionString, {
    ...clientOptions(connectionString),
    retryOptions: { maxRetries: 0 },
  });
  return async () => {
    const tables = client.listTables({ abortSignal: AbortSignal.timeout(2_000) }).byPage({ maxPageSize: 1 });
    await tables.next();
  };
}

export const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'statusCode' in error && typeof error.statusCode === 'number'
    ? error.statusCode
    : undefined;

const TRANSIENT_STATUS = new Set([408, 429, 500, 502, 503, 504]);

/** A request that never got an answer (refused, reset, timed out) or got a transient one. Bugs are not outages. */
function isOutage(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'AbortError') return true;
  if (error.name !== 'RestError') return false;
  const status = statusOf(error);
  return status === undefined || TRANSIENT_STATUS.has(status);
}

/**
 * Runs one storage operation. Expected answers (404, 409, 412) are the caller's to interpret; a storage service
 * that is unreachable or failing, after the SDK's own retries, becomes `unavailable` so the request answers 503
 * with Retry-After instead of a stack trace.
 */
export async function storageCall<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (isOutage(error)) throw new UnavailableError(undefined, 5, { cause: error });
    throw error;
  }
}

/** A point read or delete whose row may not be there: 404 answers `undefined` rather than throwing. */
export function unlessMissing<T>(operation: () => Promise<T>): Promise<T | undefined> {
  return storageCall(async () => {
    try {
      return await operation();
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  });
}

/** An insert that may find its row there already: answers whether it wrote, 409 meaning it did not. */
export function insertUnlessPresent(operation: () => Promise<unknown>): Promise<boolean> {
  return storageCall(async () => {
    try {
      await operation();
      return true;
    } catch (error) {
      if (statusOf(error) === 409) return false;
      throw error;
    }
  });
}
