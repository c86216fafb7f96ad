import type { TableClient, TransactionAction } from '@azure/data-tables';
import { MAX_VOTE_CHANGES } from '@ideabar/core';
import { keys } from '../../api/src/storage/keys.js';
import type { Row } from '../../api/src/storage/rowFields.js';
import { TALLY_ROW_KEY, tallyRow, voteRow } from '../../api/src/storage/tableVotes.js';
import { submitTransaction } from '../../api/src/storage/transactions.js';
import { inParallel } from './latency.js';
import type { BenchApi, BenchPerson } from './benchApi.js';

interface IdeaAnswer {
  id: string;
  votes: number;
}

export const people = (tenantId: string, prefix: string, count: number): BenchPerson[] =>
  Array.from({ length: count }, (_, index) => ({
    tenantId,
    userId: `${prefix}-${index}`,
    name: `${prefix} ${index}`,
  }));

/** Tokens are signed before anything is timed, a few at a time so minting does not become a burst of its own. */
export const tokensFor = (api: BenchApi, voters: BenchPerson[]): Promise<string[]> =>
  inParallel(voters, 16, (voter) => api.tokenFor(voter));

export async function submitIdea(api: BenchApi, token: string, title: string): Promise<string> {
  const body = { title, description: 'An idea the bench votes on.', category: 'Bench' };
  const answer = await api.expect<IdeaAnswer>(201, 'POST', '/api/ideas', { token, body });
  return answer.body.id;
}

/** Told right before the first measured vote and right after the last (to sample the host's CPU time). */
export interface MeasuredSpan {
  started(): Promise<void>;
  ended(): Promise<void>;
}

const NOTHING_TOLD: MeasuredSpan = { started: () => Promise.resolve(), ended: () => Promise.resolve() };

export interface SequentialVotes {
  /** One vote per distinct person on one idea, in the order cast: the idea's tally grows by one each time. */
  votes: number[];
  /** One small row written straight to Azurite, interleaved with the votes so both see the same machine. */
  inserts: number[];
  /**
   * The storage write a vote is, sent straight to Azurite beside them: one transaction inserting a vote row and
   * replacing its idea's tally row If-Match the tally's ETag. No vote can cost less than this.
   */
  transactions: number[];
  /** The same transaction through the SDK's own `submitTransaction`, which the API does not use (transactions.ts). */
  sdkTransactions: number[];
  /** The same transaction made from inside a host process of its own, through its storage client; else empty. */
  hostTransactions: number[];
  /** An HTTP round trip to the host that does nothing (a 404), interleaved too: what any request over HTTP costs. */
  hops: number[];
  /** The tally row as the last measured vote left it, beside the one the raw transactions write. */
  tallyRows: { vote: RowSize; raw: RowSize };
}

/** A row's size as storage holds it: its properties (keys and system ones excluded) and their JSON. */
export interface RowSize {
  properties: number;
  bytes: number;
}

export function rowSize(row: Record<string, unknown>): RowSize {
  const own = Object.entries(row).filter(
    ([name, value]) =>
      value !== undefined &&
      !['partitionKey', 'rowKey', 'etag', 'timestamp', 'odata.metadata'].includes(name),
  );
  return { properties: own.length, bytes: Buffer.byteLength(JSON.stringify(Object.fromEntries(own))) };
}

export async function measureSequentialVotes(
  api: BenchApi,
  scratch: TableClient,
  tenantId: string,
  samples: number,
  warmUps: number,
  /** The host's Votes table, where the measured idea's tally row is read once the votes are done. */
  tallies: TableClient,
  measured: MeasuredSpan = NOTHING_TOLD,
  /** The same raw transaction made inside the host (see benchHost.ts), where it can be asked. */
  inHost?: (userId: string) => Promise<number>,
): Promise<SequentialVotes> {
  const author = await api.tokenFor({ tenantId, userId: 'author', name: 'Author' });
  const warmUpIdea = await submitIdea(api, author, 'Warm-up idea for the vote bench');
  const measuredIdea = await submitIdea(api, author, 'Idea the sequential voters vote on');
  const warmUpTokens = await tokensFor(api, people(tenantId, 'warm', warmUps));
  const voterTokens = await tokensFor(api, people(tenantId, 'voter', samples));
  await scratch.createTable();

  const insert = async (rowKey: string): Promise<number> => {
    const started = performance.now();
    await scratch.createEntity({
      partitionKey: 'scratch|idea',
      rowKey,
      boardId: 'default',
      castAt: new Date(),
    });
    return performance.now() - started;
  };
  const raw = await rawVoteTransactions(scratch, 'idea');
  const rawSdk = await rawVoteTransactions(scratch, 'idea-sdk', 'sdk');
  const vote = async (ideaId: string, token: string): Promise<number> => {
    const answer = await api.expect<IdeaAnswer>(200, 'PUT', `/api/ideas/${ideaId}/vote`, { token });
    return answer.ms;
  };

  const hop = async (): Promise<number> => (await api.send('GET', '/api/none')).ms;

  for (const [index, token] of warmUpTokens.entries()) {
    await insert(`warm-${index}`);
    await raw.transaction(`warm-${index}`);
    await rawSdk.transaction(`warm-${index}`);
    await inHost?.(`warm-${index}`);
    await hop();
    await vote(warmUpIdea, token);
  }
  const votes: number[] = [];
  const inserts: number[] = [];
  const transactions: number[] = [];
  const sdkTransactions: number[] = [];
  const hops: number[] = [];
  const hostTransactions: number[] = [];
  await measured.started();
  for (const [index, token] of voterTokens.entries()) {
    inserts.push(await insert(`sample-${index}`));
    transactions.push(await raw.transaction(`voter-${index}`));
    sdkTransactions.push(await rawSdk.transaction(`voter-${index}`));
    if (inHost) hostTransactions.push(await inHost(`voter-${index}`));
    hops.push(await hop());
    votes.push(await vote(measuredIdea, token));
  }
  await measured.ended();
  const voteTally = await tallies.getEntity<Record<string, unknown>>(
    keys.idea(tenantId, measuredIdea),
    TALLY_ROW_KEY,
  );
  return {
    votes,
    inserts,
    transactions,
    sdkTransactions,
    hostTransactions,
    hops,
    tallyRows: { vote: rowSize(voteTally), raw: rowSize(raw.tallyRow()) },
  };
}

/** About as many voters as a sequential vote's tally lists as unlisted: those of the last 50 ms (FOLLOW_GATHER_MS). */
const UNLISTED_AT_A_TIME = 4;

/**
 * The storage write a vote is, made raw: one transaction inserting a voter's row and replacing the tally row of a
 * scratch idea If-Match its ETag, with rows like a vote's (the tally noting its last few voters as unlisted), sent
 * as the API sends it (transactions.ts) or through the SDK's `submitTransaction`. Answers each transaction's time.
 */
export async function rawVoteTransactions(
  table: TableClient,
  ideaId: string,
  via: 'api' | 'sdk' = 'api',
): Promise<{ transaction(userId: string): Promise<number>; tallyRow(): Row }> {
  let count = 0;
  const recent: string[] = [];
  const rawTally = () =>
    tallyRow({ ...scratchTally(count), ideaId, unlisted: recent.slice(-UNLISTED_AT_A_TIME) });
  await table.createTable();
  let etag = (await table.upsertEntity(rawTally(), 'Replace')).etag;
  return {
    async transaction(userId) {
      const started = performance.now();
      count += 1;
      recent.push(userId);
      const actions: TransactionAction[] = [
        ['update', rawTally(), 'Replace', { etag }],
        ['create', voteRow({ tenantId: 'scratch', ideaId, userId, castAt: new Date() })],
      ];
      const answer = await (via === 'api'
        ? submitTransaction(table, actions)
        : table.submitTransaction(actions));
      etag = answer.subResponses[0]?.etag;
      return performance.now() - started;
    },
    tallyRow: rawTally,
  };
}

/** A tally row like a voted idea's, in a scratch partition of the scratch table. */
const scratchTally = (count: number) => ({
  tenantId: 'scratch',
  ideaId: 'idea',
  boardId: 'default',
  count,
  // A heat with decimals, as a vote's decays between votes.
  heat: count * 0.987654321,
  heatAt: new Date(),
  closed: null,
  seq: count + 1,
  unlisted: [],
});

export interface VoteBurst {
  voters: number;
  latencies: number[];
  wallMs: number;
  /** How many answers came back with each status. */
  statuses: Map<number, number>;
  /** The idea's `votes` as read once the burst is over. */
  finalVotes: number;
}

export async function measureVoteBurst(
  api: BenchApi,
  tenantId: string,
  voters: number,
  measured: MeasuredSpan = NOTHING_TOLD,
): Promise<VoteBurst> {
  const author = await api.tokenFor({ tenantId, userId: 'author', name: 'Author' });
  const ideaId = await submitIdea(api, author, 'Idea the whole tenant votes on at once');
  const tokens = await tokensFor(api, people(tenantId, 'crowd', voters));

  await measured.started();
  const started = performance.now();
  // Every voter clicks twice at the same moment: the repeat must change nothing.
  const answers = await Promise.all(
    [...tokens, ...tokens].map((token) =>
      api.send<IdeaAnswer>('PUT', `/api/ideas/${ideaId}/vote`, { token }),
    ),
  );
  const wallMs = performance.now() - started;
  await measured.ended();

  const statuses = new Map<number, number>();
  for (const { status } of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const idea = await api.expect<IdeaAnswer>(200, 'GET', `/api/ideas/${ideaId}`, { token: author });
  return { voters, latencies: answers.map(({ ms }) => ms), wallMs, statuses, finalVotes: idea.body.votes };
}

/**
 * The storage floor of a burst: its distinct voters' rows written as one process's group commit writes them at
 * best, in full transactions of MAX_VOTE_CHANGES vote rows plus the tally, one after another, straight to Azurite.
 * Answers the time from the first to the end of the last, as a burst's last voter would wait at the very least.
 */
export async function measureBurstFloor(scratch: TableClient, voters: number): Promise<number> {
  await scratch.createTable();
  const ideaId = `floor-${voters}`;
  const tally = (count: number) => tallyRow({ ...scratchTally(count), ideaId });
  let etag = (await scratch.upsertEntity(tally(0), 'Replace')).etag;
  const started = performance.now();
  for (let done = 0; done < voters; done += MAX_VOTE_CHANGES) {
    const userIds = Array.from(
      { length: Math.min(MAX_VOTE_CHANGES, voters - done) },
      (_, i) => `v${done + i}`,
    );
    const answer = await submitTransaction(scratch, [
      ['update', tally(done + userIds.length), 'Replace', { etag }],
      ...userIds.map((userId): TransactionAction => [
        'create',
        voteRow({ tenantId: 'scratch', ideaId, userId, castAt: new Date() }),
      ]),
    ]);
    etag = answer.subResponses[0]?.etag;
  }
  return performance.now() - started;
}
