import {
  castVote,
  createIdeaBar,
  StaleVersionError,
  untriaged,
  type IdeaRecord,
  type IdeaTally,
  type Repositories,
  type VoteChange,
} from '@ideabar/core';
import { keys } from '../../api/src/storage/keys.js';
import { TALLY_ROW_KEY } from '../../api/src/storage/tableVotes.js';
import { tableRepositories } from '../../api/src/storage/tableRepositories.js';
import { ensureTables, tableClients } from '../../api/src/storage/tables.js';
import { countingRepositories } from './countingRepositories.js';
import { callHost, hostTokenFor, spawnHost, type HostProcess } from './spawnHost.js';

/** What reads storage: every repository method that asks rather than writes. */
const READS = /\.(find|findTally|findVersioned|has|voters|tally|votedIdeaIds|listBoard|list|count|pending)$/;

export interface ReadsPerVote {
  votes: number;
  /** Storage reads of one first vote by a fresh process, then the average of the next ones (follow-ups included). */
  coldReads: number;
  warmReads: number;
  /** Every storage call per vote, reads and writes, averaged over the cold and warm votes. */
  callsPerVote: number;
  readsPerVote: number;
}

/**
 * Storage calls per vote on an idea that already has `existing` votes, counted at the repositories of a fresh
 * process on Azurite: the cost must not grow with the idea's success.
 */
export async function measureReadsPerVote(connectionString: string, existing: number): Promise<ReadsPerVote> {
  const tables = tableClients(connectionString, `benchScale${existing}`);
  await ensureTables(tables);
  const repos = tableRepositories(tables);
  const now = new Date();
  const idea: IdeaRecord = {
    tenantId: 'bench-scale',
    id: `scale-${existing}`,
    boardId: 'default',
    title: `An idea with ${existing} votes`,
    description: 'Votes counted at the repositories.',
    category: null,
    tags: [],
    status: 'new',
    author: { id: 'author', name: 'Author' },
    createdAt: now,
    updatedAt: now,
    votes: existing,
    commentCount: 0,
    heat: 0,
    heatAt: now,
    triage: untriaged(),
    cycleId: null,
    lastChange: null,
  };
  await repos.ideas.create(idea);
  let tally: IdeaTally = {
    tenantId: idea.tenantId,
    ideaId: idea.id,
    boardId: idea.boardId,
    count: 0,
    heat: 0,
    heatAt: now,
    closed: null,
    seq: now.getTime(),
    unlisted: [],
  };
  let version: string | null = null;
  for (let start = 0; start < existing; start += 99) {
    const changes = Array.from({ length: Math.min(99, existing - start) }, (_, n) => ({
      userId: `voter-${start + n}`,
      cast: true,
      at: now,
    }));
    tally = { ...tally, count: tally.count + changes.length, seq: tally.seq + 1 };
    version = await commitSeeding(repos, tally, version, changes);
  }
  const counted = countingRepositories(repos);
  const ctx = createIdeaBar({ repos: counted.repos });
  const vote = async (userId: string) => {
    await castVote(ctx, { tenantId: idea.tenantId, userId, name: userId }, idea.id);
    await ctx.votes.settled(idea.tenantId, idea.id);
    return counted.take();
  };
  const reads = (calls: Record<string, number>) =>
    Object.entries(calls).reduce((sum, [name, n]) => sum + (READS.test(name) ? n : 0), 0);
  const total = (calls: Record<string, number>) => Object.values(calls).reduce((sum, n) => sum + n, 0);
  const cold = await vote('cold');
  const warm = [];
  for (let n = 0; n < 20; n += 1) warm.push(await vote(`warm-${n}`));
  const all = [cold, ...warm];
  return {
    votes: existing,
    coldReads: reads(cold),
    warmReads: warm.reduce((sum, calls) => sum + reads(calls), 0) / warm.length,
    callsPerVote: all.reduce((sum, calls) => sum + total(calls), 0) / all.length,
    readsPerVote: all.reduce((sum, calls) => sum + reads(calls), 0) / all.length,
  };
}

export interface KillRecovery {
  voters: number;
  answeredBeforeKill: number;
  killedAfterMs: number;
  voteRows: number;
  tallyCount: number;
  /** The idea's count in the board listing of the restarted host, before anyone votes again. */
  shownAfterRestart: number;
  /** Voters (the author included) whose "my votes" row disagrees with their vote row. */
  wrongMyVotes: number;
  /** From starting the second host to its first answer, which waits for its start-up drain. */
  restartToAnswerMs: number;
}

/**
 * The local host in a process of its own, killed (SIGKILL) 0.8 s into a burst of voters (or once a tenth have their
 * answer, if sooner), then started again on the same Azurite: what it shows before anyone votes again.
 */
export async function measureKillRecovery(connectionString: string, voters: number): Promise<KillRecovery> {
  const env = {
    NODE_ENV: 'test',
    AUTH_MODE: 'dev',
    STORAGE_CONNECTION_STRING: connectionString,
    TABLE_PREFIX: 'benchKill',
    PORT: '0',
    ...Object.fromEntries(
      ['IDEAS', 'COMMENTS', 'VOTES', 'APPEALS', 'BOT_COMMANDS', 'TENANT_WRITES'].map((k) => [
        `LIMIT_${k}`,
        '1000000/1s',
      ]),
    ),
  };
  const first = await spawnHost(env);
  const author = await tokenFor(first, 'author');
  const { body: idea } = await callHost<{ id: string }>(first, 'POST', '/api/ideas', author, {
    title: 'Killed mid-burst',
    description: 'The bench kills the host while people vote.',
  });
  const people = Array.from({ length: voters }, (_, n) => `kill-${n}`);
  const tokens = await Promise.all(people.map((userId) => tokenFor(first, userId)));
  let answered = 0;
  const started = performance.now();
  const burst = tokens.map((token) =>
    callHost(first, 'PUT', `/api/ideas/${idea.id}/vote`, token).then(
      () => (answered += 1),
      () => undefined,
    ),
  );
  while (answered < voters / 10 && performance.now() - started < 800) {
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const killedAfterMs = performance.now() - started;
  const answeredBeforeKill = answered;
  first.child.kill('SIGKILL');
  await Promise.all(burst);

  const restarted = performance.now();
  const second = await spawnHost(env);
  try {
    const { body: listed } = await callHost<{ items: { votes: number }[] }>(
      second,
      'GET',
      '/api/ideas',
      await tokenFor(second, 'author'),
    );
    const restartToAnswerMs = performance.now() - restarted;
    const tables = tableClients(connectionString, env.TABLE_PREFIX);
    const repos = tableRepositories(tables);
    const voted = new Set<string>();
    const filter = `PartitionKey eq '${keys.idea('bench-kill', idea.id)}'`;
    for await (const row of tables.Votes.listEntities({ queryOptions: { filter } })) {
      if (row.rowKey && row.rowKey !== TALLY_ROW_KEY) voted.add(row.rowKey);
    }
    let wrongMyVotes = 0;
    for (const userId of ['author', ...people]) {
      const mine = await repos.votes.votedIdeaIds('bench-kill', userId, 'default');
      if (mine.has(idea.id) !== voted.has(userId)) wrongMyVotes += 1;
    }
    return {
      voters,
      answeredBeforeKill,
      killedAfterMs,
      voteRows: voted.size,
      tallyCount: (await repos.votes.findTally('bench-kill', idea.id))?.value.count ?? -1,
      shownAfterRestart: listed.items[0]?.votes ?? -1,
      wrongMyVotes,
      restartToAnswerMs,
    };
  } finally {
    second.child.kill('SIGKILL');
  }
}

const tokenFor = (host: HostProcess, userId: string): Promise<string> =>
  hostTokenFor(host, 'bench-kill', userId);

/**
 * One seeding transaction. On a loaded machine storage may answer after the per-try timeout, and the client's retry
 * is then refused as stale by the very write it repeats: a tally found at this seq is that write, taken as made.
 */
async function commitSeeding(
  repos: Repositories,
  tally: IdeaTally,
  version: string | null,
  changes: VoteChange[],
): Promise<string> {
  try {
    return await repos.votes.commitVotes(tally, version, changes);
  } catch (error) {
    if (!(error instanceof StaleVersionError)) throw error;
    const found = await repos.votes.findTally(tally.tenantId, tally.ideaId);
    if (found?.value.seq !== tally.seq) throw error;
    return found.version;
  }
}
