import { AsyncLocalStorage } from 'node:async_hooks';
import {
  RestError,
  TableClient,
  TableServiceClient,
  type TableServiceClientOptions,
} from '@azure/data-tables';
import type { TokenCredential } from '@azure/identity';
import { StaleVersionError, UnavailableError } from '@ideabar/core';
import { quote } from './keys.js';
import type { Row } from './rowFields.js';

/**
 * How IdeaBar reaches its tables: a connection string (Azurite locally, which knows only its well-known key), or in
 * Azure the table endpoint with an Entra credential (the app's managed identity), so no account key exists in its
 * settings and the account can refuse keys altogether.
 */
export type StorageAccess = string | { tableEndpoint: string; credential: TokenCredential };

/** Plain HTTP is only ever the local emulator's; every client that reaches it says so, from its address. */
export const insecure = (access: StorageAccess): boolean =>
  (typeof access === 'string' ? access : access.tableEndpoint).includes('http://');

function tableClient(access: StorageAccess, table: string, options: TableServiceClientOptions): TableClient {
  return typeof access === 'string'
    ? TableClient.fromConnectionString(access, table, options)
    : new TableClient(access.tableEndpoint, table, access.credential, options);
}

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
  'Due',
  'Events',
  'SavedResponses',
  'SendSlots',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];
export type TableClients = Record<TableName, TableClient>;

/** How long storage may take: each try, and each storage call with all its tries and pages. */
export interface StorageDeadlines {
  /** One HTTP request to storage; a try that takes longer is abandoned and, within the budget, tried again. */
  tryTimeoutMs: number;
  /** One storage call (`storageCall`): every try, back-off and page of it. Past it the call is `unavailable`. */
  budgetMs: number;
}

/** Well inside the Functions host's timeouts (230 s for an HTTP answer), and inside a person's patience. */
export const DEFAULT_STORAGE_DEADLINES: StorageDeadlines = { tryTimeoutMs: 3_000, budgetMs: 8_000 };

type PipelinePolicy = NonNullable<TableServiceClientOptions['additionalPolicies']>[number]['policy'];

/** When the storage call running in this async context began: its requests share one budget. */
const callStartedAt = new AsyncLocalStorage<number>();

/** The budget of a storage call ran out: no further try is made. */
class StorageDeadlineError extends Error {
  override readonly name = 'StorageDeadlineError';
}

/**
 * Holds every try to the per-try timeout and every storage call to its budget. Without it the SDK waits as long as
 * storage does (a server that accepts connections and never answers held requests for 45 s and more). A try that
 * times out with budget left becomes a network timeout, which the SDK's own retry policy retries with back-off; once
 * the budget is spent, the call stops at once, and `storageCall` answers `unavailable`. A request sent outside any
 * `storageCall` gets a budget of its own, from its first try.
 */
function deadlinePolicy({ tryTimeoutMs, budgetMs }: StorageDeadlines): PipelinePolicy {
  const firstTry = new WeakMap<object, number>();
  return {
    name: 'ideabarStorageDeadline',
    async sendRequest(request, next) {
      const now = Date.now();
      let startedAt = callStartedAt.getStore();
      if (startedAt === undefined) {
        startedAt = firstTry.get(request) ?? now;
        firstTry.set(request, startedAt);
      }
      const left = startedAt + budgetMs - now;
      if (left <= 0) throw new StorageDeadlineError(`Storage did not answer within ${budgetMs} ms.`);
      const limit = Math.min(tryTimeoutMs, left);
      const timer = new AbortController();
      const timeout = setTimeout(() => timer.abort(), limit);
      const caller = request.abortSignal;
      request.abortSignal = caller ? AbortSignal.any([caller as AbortSignal, timer.signal]) : timer.signal;
      try {
        return await next(request);
      } catch (error) {
        if (!timer.signal.aborted || caller?.aborted) throw error;
        if (limit < tryTimeoutMs)
          throw new StorageDeadlineError(`Storage did not answer within ${budgetMs} ms.`);
        throw new RestError(`Storage did not answer within ${limit} ms.`, { code: 'ETIMEDOUT', request });
      } finally {
        clearTimeout(timeout);
        request.abortSignal = caller;
      }
    },
  };
}

/**
 * The SDK retries throttling, timeouts and dropped connections itself, with exponential back-off and jitter,
 * inside the deadlines; what is still failing after that becomes `unavailable` (see `storageCall`).
 */
const clientOptions = (access: StorageAccess, deadlines: StorageDeadlines): TableServiceClientOptions => ({
  allowInsecureConnection: insecure(access),
  retryOptions: { maxRetries: 3, retryDelayInMs: 100, maxRetryDelayInMs: 2_000 },
  additionalPolicies: [{ policy: deadlinePolicy(deadlines), position: 'perRetry' }],
});

export function tableClients(
  access: StorageAccess,
  prefix: string,
  deadlines: StorageDeadlines = DEFAULT_STORAGE_DEADLINES,
): TableClients {
  const options = clientOptions(access, deadlines);
  const entries = TABLE_NAMES.map((name) => [name, tableClient(access, prefix + name, options)] as const);
  return Object.fromEntries(entries) as TableClients;
}

/** Creates any missing table; safe to run on every start. */
export async function ensureTables(clients: TableClients): Promise<void> {
  await storageCall(() => Promise.all(Object.values(clients).map((client) => client.createTable())));
}

/** How long the health probe waits for storage: the health route answers within two seconds whatever storage does. */
export const HEALTH_PROBE_TIMEOUT_MS = 1_000;

/** A client that fails fast, for health checks that must answer while storage is down or hanging. */
export function healthProbe(access: StorageAccess): () => Promise<void> {
  const options = { allowInsecureConnection: insecure(access), retryOptions: { maxRetries: 0 } };
  const client =
    typeof access === 'string'
      ? TableServiceClient.fromConnectionString(access, options)
      : new TableServiceClient(access.tableEndpoint, access.credential, options);
  return async () => {
    const signal = AbortSignal.timeout(HEALTH_PROBE_TIMEOUT_MS);
    const tables = client.listTables({ abortSignal: signal }).byPage({ maxPageSize: 1 });
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
  if (error.name === 'AbortError' || error instanceof StorageDeadlineError) return true;
  if (error.name !== 'RestError') return false;
  const status = statusOf(error);
  return status === undefined || TRANSIENT_STATUS.has(status);
}

/**
 * Runs one storage operation within its budget (see deadlinePolicy): every request it makes, every try and every
 * page, counts against the time since it began; a call nested in another keeps the outer one's start. Expected
 * answers (404, 409, 412) are the caller's to interpret; a storage service that is unreachable, failing or too slow,
 * after the SDK's own retries, becomes `unavailable` so the request answers 503 with Retry-After instead of a stack
 * trace or a hang.
 */
export async function storageCall<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await callStartedAt.run(callStartedAt.getStore() ?? Date.now(), operation);
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

/**
 * A conditional write of a row with a fresh key (an idea, a comment, a cycle), whose answer may be lost after storage
 * carried it out: the storage client then tries again within the budget, and that try is refused (409, or 412 from a
 * guard written in the same transaction) because the first one landed. On such a refusal the row is read back, and
 * when it holds exactly what was written the write is taken as made: nobody else writes a key this process just
 * made up. Any other refusal goes on to the caller as before.
 */
export function writeOnce(
  row: Row,
  write: () => Promise<unknown>,
  readBack: () => Promise<Row | undefined>,
): Promise<void> {
  return writeOr(write, async (status, error) => {
    if ((status === 409 || status === 412) && holdsRow(await readBack(), row)) return;
    throw error;
  });
}

/** Runs a write; a refusal goes to `refused` with storage's status, to be taken as done or thrown on. */
function writeOr(
  write: () => Promise<unknown>,
  refused: (status: number | undefined, error: unknown) => Promise<void>,
): Promise<void> {
  return storageCall(async () => {
    try {
      await write();
    } catch (error) {
      await refused(statusOf(error), error);
    }
  });
}

/**
 * Whether `stored` holds every property of `written`, as storage gives it back: dates as instants, typed values
 * (`{ value, type: 'Double' }`) by their text; what storage adds (ETag, timestamp) is not compared.
 */
function holdsRow(stored: Row | undefined, written: Row): boolean {
  if (!stored) return false;
  return Object.entries(written).every(
    ([name, value]) => value === undefined || plainValue(stored[name]) === plainValue(value),
  );
}

function plainValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value !== null && 'value' in value && 'type' in value) {
    return String(value.value);
  }
  return typeof value === 'number' ? String(value) : value;
}

/** A query's rows, each mapped as it arrives; the SDK's iterator follows continuation tokens, empty pages' too. */
export function listRows<T>(
  table: TableClient,
  queryOptions: { filter?: string; select?: string[] },
  map: (row: Row) => T,
): Promise<T[]> {
  return storageCall(async () => {
    const items: T[] = [];
    for await (const row of table.listEntities<Row>({ queryOptions })) items.push(map(row));
    return items;
  });
}

/** Every row of one partition. */
export const inPartition = (partitionKey: string): string => `PartitionKey eq ${quote(partitionKey)}`;

/** A point read of one row with its ETag; a missing row reads as `undefined`. */
export const readRow = (table: TableClient, partitionKey: string, rowKey: string) =>
  unlessMissing(() => table.getEntity<Row>(partitionKey, rowKey));

/** A write conditional on a version: refused by storage with one of `refusals`, the caller's version is stale. */
export function writeIfCurrent(
  write: () => Promise<unknown>,
  refusals: readonly number[] = [404, 412],
): Promise<void> {
  return writeOr(write, async (status, error) => {
    if (status !== undefined && refusals.includes(status)) throw new StaleVersionError();
    throw error;
  });
}
