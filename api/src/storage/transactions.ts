import { randomUUID } from 'node:crypto';
import {
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineRequest,
  RestError,
  type HttpClient,
  type PipelineResponse,
} from '@azure/core-rest-pipeline';
import type {
  TableClient,
  TableTransactionEntityResponse,
  TableTransactionResponse,
  TransactionAction,
} from '@azure/data-tables';
import { insecure } from './tables.js';

/**
 * Entity-group transactions, every one in the API: a vote with its tally, a merge's two ideas, a set's change with
 * its guard row. They go to storage as one `$batch` request through the table client's own pipeline, so
 * authentication, retries, the storage deadlines (tables.ts) and the client's settings apply to them as to every
 * other call; only the batch body is written here, as the Table service's "Performing entity group transactions"
 * describes it (a multipart/mixed batch holding one changeset of HTTP sub-requests).
 *
 * Why not the SDK's `TableClient.submitTransaction`: it builds a whole new `TableClient` (pipeline, policies,
 * generated client) for every transaction and runs each action through a pipeline of its own to capture it, which
 * made a transaction cost about 1.0–1.1 ms of CPU against 0.6 for an insert, most of the difference between a vote
 * and the raw insert it is measured against. Written here it costs what an insert does (`npm run bench:api`).
 * Sub-requests and answers are those of the SDK's own transactions, action for action (tests/api/storage/
 * transactions.azurite.test.ts holds the two to the same rows and the same refusals). Written for Azure Storage's
 * Table service, where IdeaBar keeps its data (deploy/), and Azurite: Cosmos DB's Table API would want a Merge
 * sent as POST with `X-HTTP-Method: MERGE`, as the SDK does for it.
 */

/** The service refuses a changeset of more than 100 operations, all of one partition. */
export const MAX_TRANSACTION_ACTIONS = 100;

/** One HTTP client for every transaction, with the keep-alive agent Node's default client keeps. */
let httpClient: HttpClient | undefined;

/**
 * Runs the actions as one all-or-nothing transaction. Answers as the SDK does: the sub-responses in order, each with
 * its ETag; a refused action throws a `RestError` with its status (404, 409, 412…) and storage's message, which
 * begins with the failed action's index ("1:The specified entity already exists.").
 */
export async function submitTransaction(
  table: TableClient,
  actions: readonly TransactionAction[],
): Promise<TableTransactionResponse> {
  const partitionKey = actions[0]?.[1].partitionKey;
  if (partitionKey === undefined) throw new Error('A transaction needs at least one action.');
  if (actions.length > MAX_TRANSACTION_ACTIONS) {
    throw new Error(`A transaction holds at most ${MAX_TRANSACTION_ACTIONS} actions, not ${actions.length}.`);
  }
  if (actions.some(([, entity]) => entity.partitionKey !== partitionKey)) {
    throw new Error('All operations in a transaction must target the same partitionKey.');
  }
  const batch = `batch_${randomUUID()}`;
  const changeset = `changeset_${randomUUID()}`;
  // A SAS (a connection string's SharedAccessSignature) rides on the batch's own URL; sub-requests name the entities.
  const [account = table.url, sas] = table.url.split('?');
  const tableUrl = `${account}/${table.tableName}`;
  const parts = actions.map(
    (action) => `--${changeset}\r\n${SUB_REQUEST_HEADERS}${subRequest(tableUrl, action)}`,
  );
  const body =
    `--${batch}\r\nContent-Type: multipart/mixed; boundary=${changeset}\r\n\r\n` +
    `${parts.join('\r\n')}\r\n--${changeset}--\r\n--${batch}--\r\n`;
  const request = createPipelineRequest({
    url: `${account}/$batch${sas === undefined ? '' : `?${sas}`}`,
    method: 'POST',
    body,
    headers: createHttpHeaders({ ...BATCH_HEADERS, 'Content-Type': `multipart/mixed; boundary=${batch}` }),
    allowInsecureConnection: insecure(table.url),
  });
  httpClient ??= createDefaultHttpClient();
  return answerOf(await table.pipeline.sendRequest(httpClient, request));
}

const BATCH_HEADERS = {
  Accept: 'application/json',
  'x-ms-version': '2019-02-02',
  DataServiceVersion: '3.0;',
  MaxDataServiceVersion: '3.0;NetFx',
};

const SUB_REQUEST_HEADERS = 'Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n';

/** One action as an HTTP request inside the changeset: request line, headers, a blank line, the entity. */
function subRequest(tableUrl: string, [kind, entity, mode, options]: TransactionAction): string {
  const at = `${tableUrl}(PartitionKey='${keyInUrl(entity.partitionKey)}',RowKey='${keyInUrl(entity.rowKey)}')`;
  switch (kind) {
    case 'create':
      return (
        `POST ${tableUrl} HTTP/1.1\r\nContent-Type: application/json;odata=nometadata\r\n` +
        `Accept: application/json;odata=minimalmetadata\r\nDataServiceVersion: 3.0\r\n` +
        `Prefer: return-no-content\r\n\r\n${entityJson(entity)}`
      );
    case 'delete':
      return `DELETE ${at} HTTP/1.1\r\nAccept: application/json;odata=minimalmetadata\r\nDataServiceVersion: 3.0\r\nIf-Match: *\r\n\r\n`;
    case 'update':
    case 'upsert': {
      // Replace puts the whole row; Merge patches the properties given. An update holds to a version (any, `*`,
      // unless one is given); an upsert writes whatever is there.
      const method = mode === 'Replace' ? 'PUT' : 'PATCH';
      const ifMatch = kind === 'update' ? `If-Match: ${options?.etag ?? '*'}\r\n` : '';
      return (
        `${method} ${at} HTTP/1.1\r\nContent-Type: application/json\r\nDataServiceVersion: 3.0\r\n` +
        `Accept: application/json\r\n${ifMatch}\r\n${entityJson(entity)}`
      );
    }
  }
}

/** A key inside the sub-request's URL: OData doubles its quotes, the URL escapes the rest. */
const keyInUrl = (key: string | undefined): string => encodeURIComponent((key ?? '').replaceAll("'", "''"));

/**
 * An entity as the service's JSON: strings, whole and fractional numbers and booleans as they are (the service
 * types them), dates as Edm.DateTime, 64-bit integers (bigint) as Edm.Int64 text, bytes as Edm.Binary, and typed
 * values (`{ value, type: 'Double' }`) with their type; an undefined or null property is not written.
 */
function entityJson(entity: Readonly<Record<string, unknown>>): string {
  const json: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(entity)) {
    if (value === undefined || value === null) continue;
    const property = name === 'partitionKey' ? 'PartitionKey' : name === 'rowKey' ? 'RowKey' : name;
    const [stored, type] = storedValue(property, value);
    json[property] = stored;
    if (type) json[`${property}@odata.type`] = `Edm.${type}`;
  }
  return JSON.stringify(json);
}

const EDM_TYPES = new Set(['Binary', 'Boolean', 'DateTime', 'Double', 'Guid', 'Int32', 'Int64', 'String']);

function storedValue(property: string, value: unknown): [unknown, string?] {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return [value];
    case 'bigint':
      return [value.toString(), 'Int64'];
  }
  if (value instanceof Date) return [value.toISOString(), 'DateTime'];
  if (value instanceof Uint8Array) return [Buffer.from(value).toString('base64'), 'Binary'];
  if (typeof value === 'object' && value !== null && 'value' in value && 'type' in value) {
    if (typeof value.type === 'string' && EDM_TYPES.has(value.type)) return [value.value, value.type];
  }
  throw new Error(`Property ${property} has a value Table Storage cannot hold.`);
}

/**
 * The batch's answer: 202 with one sub-response per action, or, when the changeset was refused, the one that
 * failed. Anything but 202 is the whole batch refused (a malformed request, a lost key) and is thrown likewise.
 */
function answerOf(response: PipelineResponse): TableTransactionResponse {
  const text = response.bodyAsText ?? '';
  if (response.status !== 202) throw refusal(response, response.status, text);
  const subResponses: TableTransactionEntityResponse[] = [];
  for (const part of text.split(/^--changesetresponse_.*$/m)) {
    const status = /^HTTP\/1\.1 (\d{3})/m.exec(part);
    if (!status) continue;
    const code = Number(status[1]);
    if (code >= 300) throw refusal(response, code, part.slice(Math.max(0, part.indexOf('{'))));
    const etag = /^ETag: *(.+?)\r?$/im.exec(part)?.[1];
    const rowKey = /RowKey='(.*?)'\)/.exec(part)?.[1];
    subResponses.push({
      status: code,
      ...(etag !== undefined && { etag }),
      ...(rowKey !== undefined && { rowKey: decodeURIComponent(rowKey).replaceAll("''", "'") }),
    });
  }
  return {
    status: response.status,
    subResponses,
    getResponseForEntity: (rowKey) => subResponses.find((sub) => sub.rowKey === rowKey),
  };
}

/** Storage's refusal as the SDK's error: its status, its code and its message ("1:The specified entity…"). */
function refusal(response: PipelineResponse, statusCode: number, body: string): RestError {
  let error: { code?: string; message?: { value?: string } } | undefined;
  try {
    error = (JSON.parse(body) as { 'odata.error'?: typeof error })['odata.error'];
  } catch {
    error = undefined;
  }
  return new RestError(error?.message?.value ?? `The transaction was refused with ${statusCode}.`, {
    code: error?.code,
    statusCode,
    request: response.request,
    response,
  });
}
