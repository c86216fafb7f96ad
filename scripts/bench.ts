import { availableParallelism } from 'node:os';
import { TableClient } from '@azure/data-tables';
import { MAX_VOTE_CHANGES } from '@ideabar/core';
import { loadConfig } from '../api/src/config.js';
import { startAzurite } from '../api/src/host/azurite.js';
import { startLocalHost } from '../api/src/host/localHost.js';
import { tableClients } from '../api/src/storage/tables.js';
import { BenchApi } from './bench/benchApi.js';
import { measureBoardListing, type BoardListing } from './bench/board.js';
import {
  measureCrossingDecisions,
  measureHungStorage,
  measureNudgeTimer,
  type CrossingOutcomes,
  type HungStorageAnswer,
  type NudgeTimerRun,
} from './bench/decisions.js';
import { median, percentile } from './bench/latency.js';
import { allOf, costMeter, loadMeter, loadText, type Cost, type Loaded } from './bench/hostCost.js';
import { ask } from './bench/benchHostProtocol.js';
import { spawnHost } from './bench/spawnHost.js';
import { callCounts, measureVoteTrace, summarise, traceMeter, type VoteTrace } from './bench/voteTrace.js';
import { atMost, check, megabytes, ms, printSection, ratio, type ReportLine } from './bench/report.js';
import {
  measureBurstFloor,
  measureSequentialVotes,
  measureVoteBurst,
  type MeasuredSpan,
  type SequentialVotes,
  type VoteBurst,
} from './bench/votes.js';
import {
  measureKillRecovery,
  measureReadsPerVote,
  type KillRecovery,
  type ReadsPerVote,
} from './bench/voteScale.js';

/**
 * `npm run bench`: how the API's hot paths compare with the storage work they cannot avoid, measured against an
 * in-memory Azurite and the local host in one run, so every ratio divides figures taken on the same machine at the
 * same moment. Timings are printed, never enforced: only wrong answers fail the run.
 */
const VOTE_SAMPLES = 300;
/**
 * Enough rounds (vote, insert, transaction, round trip) for V8 to have compiled every path measured, as in a host
 * that has served for a while: after 50, the first 30 measured votes still took 3.4–4.0 ms and the last 30 2.1–2.9;
 * after 500 both take the same. Inserts and transactions warm up alike, so the ratios divide steady states.
 */
const VOTE_WARM_UPS = 500;
const BURST_VOTERS = 500;
const TRACED_VOTES = 100;
const BOARD_IDEAS = 5_000;
const LISTING_RUNS = 7;
const LISTING_WARM_UPS = 2;

/** The benches measure speed, as hundreds of people at once would see it: the write limits stay out of it. */
const UNLIMITED = Object.fromEntries(
  ['IDEAS', 'COMMENTS', 'VOTES', 'APPEALS', 'BOT_COMMANDS', 'TENANT_WRITES'].map((k) => [
    `LIMIT_${k}`,
    '1000000/1s',
  ]),
);

const GOALS = {
  voteOverInsert: 2,
  burstP95Ms: 1_000,
  firstPageOverScan: 1.3,
  walkOverScan: 2,
  nudgeCallsAtScale: 2,
  readsAtScale: 1.2,
};

function voteLines(
  { votes, inserts, transactions, sdkTransactions, hops, load }: SequentialVotes & Loaded,
  own: OwnProcessRun,
): ReportLine[] {
  const tenth = Math.floor(votes.length / 10);
  const { sequential } = own;
  return [
    { label: 'load average (1 min) from first to last vote', value: loadText(load) },
    { label: `raw Azurite insert p50 (${inserts.length} samples)`, value: ms(median(inserts)) },
    { label: 'raw Azurite insert p95', value: ms(percentile(inserts, 95)) },
    {
      label: "raw transaction p50 (a vote's own write: vote row + tally If-Match)",
      value: ms(median(transactions)),
    },
    { label: `vote PUT p50 (${votes.length} distinct voters, one idea)`, value: ms(median(votes)) },
    { label: 'vote PUT p95', value: ms(percentile(votes, 95)) },
    { label: `vote p50 of the first ${tenth} votes on the idea`, value: ms(median(votes.slice(0, tenth))) },
    { label: `vote p50 of the last ${tenth} votes on the idea`, value: ms(median(votes.slice(-tenth))) },
    atMost('vote p50 ÷ insert p50', median(votes) / median(inserts), GOALS.voteOverInsert, ratio),
    {
      label: '  raw transaction p50 ÷ insert p50 (no vote can go under this)',
      value: ratio(median(transactions) / median(inserts)),
    },
    {
      label: "  the same through the SDK's submitTransaction p50 ÷ insert p50 (transactions.ts is not it)",
      value: ratio(median(sdkTransactions) / median(inserts)),
    },
    {
      label: '  vote p50 ÷ raw transaction p50 (what the API adds)',
      value: ratio(median(votes) / median(transactions)),
    },
    ...floorLines({ votes, inserts, transactions, hops }),
    { label: 'host in its own process: load average', value: loadText(own.costs.sequential.load) },
    { label: '  raw insert p50', value: ms(median(sequential.inserts)) },
    { label: '  raw transaction p50', value: ms(median(sequential.transactions)) },
    { label: '  vote PUT p50', value: ms(median(sequential.votes)) },
    atMost(
      '  vote p50 ÷ insert p50',
      median(sequential.votes) / median(sequential.inserts),
      GOALS.voteOverInsert,
      ratio,
    ),
    {
      label: '  raw transaction p50 ÷ insert p50',
      value: ratio(median(sequential.transactions) / median(sequential.inserts)),
    },
    {
      label: "  the same through the SDK's submitTransaction p50 ÷ insert p50",
      value: ratio(median(sequential.sdkTransactions) / median(sequential.inserts)),
    },
    {
      label: '  vote p50 ÷ raw transaction p50',
      value: ratio(median(sequential.votes) / median(sequential.transactions)),
    },
    ...floorLines(sequential).map((line) => ({ ...line, label: `  ${line.label}` })),
    {
      label: '  host CPU per vote, its follow-ups included (load-independent)',
      value: ms(own.costs.sequential.hostCpuMs / sequential.votes.length),
    },
    ...insideLines(sequential, own.sequentialTrace),
  ];
}

/**
 * The floor of a vote over HTTP, measured beside it: any request from the tab crosses to the host and back (an
 * empty round trip), and a vote must then make its transaction. What the vote spends beyond the two is what the
 * API adds, and is all that code here can cut.
 */
function floorLines({
  votes,
  inserts,
  transactions,
  hops,
}: Pick<SequentialVotes, 'votes' | 'inserts' | 'transactions' | 'hops'>): ReportLine[] {
  const floors = hops.map((hop, index) => hop + (transactions[index] ?? 0));
  return [
    { label: 'empty HTTP round trip to the host p50 (a 404, interleaved)', value: ms(median(hops)) },
    {
      label: '  floor: round trip + raw transaction p50 ÷ insert p50 (no vote over HTTP goes under this)',
      value: ratio(median(floors) / median(inserts)),
    },
    {
      label: '  vote p50 − floor p50 (what the API adds to storage and HTTP)',
      value: ms(median(votes) - median(floors)),
    },
  ];
}

/**
 * Where section 1's votes spent their time inside the host, traced in the same run: whether the vote's own
 * transaction costs more than the raw one (more entities, larger rows, a wait before it goes, a first read), and
 * what else the host does while the voter waits.
 */
function insideLines(sequential: SequentialVotes, trace: VoteTrace): ReportLine[] {
  const call = (name: string) => trace.calls.find((c) => c.name === name)?.ms ?? 0;
  const commit = call('votes.commitVotes');
  const { vote, raw } = sequential.tallyRows;
  const rows = (size: { properties: number; bytes: number }) =>
    `${size.properties} properties, ${size.bytes} B`;
  return [
    {
      label: '  inside the host, same run: vote served p50 (first header read to last byte sent)',
      value: ms(trace.hostMs),
    },
    {
      label: "    the vote's transaction (votes.commitVotes) p50, ÷ raw transaction p50",
      value: `${ms(commit)}, ${ratio(commit / median(sequential.transactions))}`,
    },
    {
      label: '    raw transaction made inside the host, through a client made as its own, p50',
      value: ms(median(sequential.hostTransactions)),
    },
    {
      label:
        "    the vote's transaction ÷ that (1.00×: a vote's write costs what the floor's does, sent from there)",
      value: ratio(commit / median(sequential.hostTransactions)),
    },
    { label: '    token check p50 (a new token per voter)', value: ms(call('token check')) },
    { label: '    the rest: routing, pipeline, zod, batching, JSON, log line', value: ms(trace.restMs) },
    {
      label: "    storage calls while a vote is served (its own, and earlier votes' follow-ups)",
      value: trace.storageCallsPerVote.toFixed(2),
    },
    { label: "    tally row the vote writes / the raw transaction's", value: `${rows(vote)} / ${rows(raw)}` },
  ];
}

/** Where one vote's time goes, traced inside the host (benchHost.ts), with what the machine needs for nothing. */
function traceLines({ trace }: OwnProcessRun): ReportLine[] {
  const shown = trace.calls.filter(({ share }) => share >= 0.01);
  return [
    { label: 'vote PUT as the client sees it', value: ms(trace.clientMs) },
    { label: '  of which an empty HTTP round trip (a 404 that does nothing)', value: ms(trace.emptyHopMs) },
    { label: 'served by the host, first header read to last byte sent', value: ms(trace.hostMs) },
    ...shown.map(({ name, ms: time, share }) => ({
      label: `  ${name}${share < 1 ? ` (made by ${(share * 100).toFixed(0)}% of votes)` : ''}`,
      value: ms(time),
    })),
    { label: '  the rest: routing, pipeline, zod, batching, JSON, log line', value: ms(trace.restMs) },
  ];
}

function burstLines(burst: VoteBurst & Loaded, floorMs?: number): ReportLine[] {
  const statuses = [...burst.statuses].map(([status, count]) => `${count}×${status}`).join(' ');
  const clicks = 2 * burst.voters;
  return [
    { label: 'load average (1 min) from first click to last answer', value: loadText(burst.load) },
    { label: 'p50', value: ms(median(burst.latencies)) },
    atMost('p95', percentile(burst.latencies, 95), GOALS.burstP95Ms, ms),
    { label: 'max', value: ms(Math.max(...burst.latencies)) },
    { label: 'wall time, first request to last answer', value: ms(burst.wallMs) },
    ...(floorMs === undefined
      ? []
      : [
          {
            label: `  floor: ${Math.ceil(burst.voters / MAX_VOTE_CHANGES)} raw transactions of ${MAX_VOTE_CHANGES + 1} rows, one after another`,
            value: ms(floorMs),
          },
        ]),
    check('answers', statuses, burst.statuses.get(200) === clicks, `${clicks}×200`),
    check(
      "idea's votes afterwards (its author's and one per voter)",
      String(burst.finalVotes),
      burst.finalVotes === burst.voters + 1,
      `${burst.voters + 1}`,
    ),
  ];
}

function burstCostLines({ burst, costs, burstCalls }: OwnProcessRun): ReportLine[] {
  const clicks = 2 * burst.voters;
  const { hostCpuMs, azuriteCpuMs } = costs.burst;
  const made = (name: string) => burstCalls.get(name) ?? 0;
  return [
    { label: `  host CPU per click (${clicks} clicks, load-independent)`, value: ms(hostCpuMs / clicks) },
    {
      label: `  vote transactions until the last answer (${Math.ceil(burst.voters / MAX_VOTE_CHANGES)} if every one were full)`,
      value: String(made('votes.commitVotes')),
    },
    {
      label: "  voters' list writes and tally reads made meanwhile (follow-ups competing with the answers)",
      value: `${made('votes.setOnVoterList')} / ${made('votes.findTally')}`,
    },
    {
      label: '  Azurite CPU over the burst (its 1/100 s ticks)',
      value: azuriteCpuMs === null ? 'not on Linux' : ms(azuriteCpuMs),
    },
  ];
}

function boardLines(board: BoardListing): ReportLine[] {
  const scan = median(board.scans);
  const firstPage = median(board.firstPages);
  const walk = median(board.walks);
  const outcomes = board.walkOutcomes;
  const wholeBoard = outcomes.every((o) => o.distinctIds === board.ideas && o.items === board.ideas);
  const worst = outcomes.find((o) => o.distinctIds !== board.ideas || o.items !== board.ideas) ?? outcomes[0];
  return [
    { label: `seeding ${board.ideas} ideas (transactions of 100)`, value: ms(board.seedMs) },
    { label: `raw partition scan, median of ${board.scans.length}`, value: ms(scan) },
    {
      label: "GET /api/ideas?sort=top first page (50), the host's first listing of the board (read whole)",
      value: ms(board.firstListingMs),
    },
    { label: '  ÷ raw scan', value: ratio(board.firstListingMs / scan) },
    { label: '… later listings (its keys and the rows changed since), median', value: ms(firstPage) },
    atMost('  ÷ raw scan', firstPage / scan, GOALS.firstPageOverScan, ratio),
    { label: `walk every page (limit=100, ${worst?.pages ?? 0} pages), median`, value: ms(walk) },
    atMost('  ÷ raw scan', walk / scan, GOALS.walkOverScan, ratio),
    check('raw scan rows', String(board.scanRows), board.scanRows === board.ideas, String(board.ideas)),
    check(
      `distinct ids / items per walk (all ${outcomes.length} walks)`,
      `${worst?.distinctIds ?? 0} / ${worst?.items ?? 0}`,
      wholeBoard,
      `${board.ideas} / ${board.ideas}`,
    ),
    check(
      'walks in top order (votes never rise)',
      String(outcomes.every((o) => o.inTopOrder)),
      outcomes.every((o) => o.inTopOrder),
      'true',
    ),
  ];
}

function scaleLines(small: ReadsPerVote, large: ReadsPerVote): ReportLine[] {
  const line = (r: ReadsPerVote) =>
    `${r.readsPerVote.toFixed(2)} (first vote ${r.coldReads}, then ${r.warmReads.toFixed(2)}); all calls ${r.callsPerVote.toFixed(2)}`;
  return [
    { label: `storage reads per vote, idea with ${small.votes} votes`, value: line(small) },
    { label: `… idea with ${large.votes} votes`, value: line(large) },
    atMost(
      '  reads per vote ÷ those at 10 votes',
      large.readsPerVote / small.readsPerVote,
      GOALS.readsAtScale,
      ratio,
    ),
  ];
}

function killLines(kill: KillRecovery): ReportLine[] {
  return [
    {
      label: `host killed (SIGKILL) ${ms(kill.killedAfterMs)} into ${kill.voters} voters`,
      value: `${kill.answeredBeforeKill} answered before the kill`,
    },
    { label: 'vote rows written', value: String(kill.voteRows) },
    check(
      'tally after restart',
      String(kill.tallyCount),
      kill.tallyCount === kill.voteRows,
      String(kill.voteRows),
    ),
    check(
      'count shown by the restarted host, no further vote',
      String(kill.shownAfterRestart),
      kill.shownAfterRestart === kill.voteRows,
      String(kill.voteRows),
    ),
    check('voters whose "my vote" is wrong', String(kill.wrongMyVotes), kill.wrongMyVotes === 0, '0'),
    { label: 'restart to first answer (after its start-up drain)', value: ms(kill.restartToAnswerMs) },
  ];
}

const NUDGE_IDEAS = 100_000;
const NUDGE_DUE = 10;
const DECISION_ROUNDS = 10;

function decisionLines({ merges, cycles, rounds }: CrossingOutcomes): ReportLine[] {
  const shown = (outcomes: Map<string, number>) =>
    [...outcomes].map(([statuses, count]) => `${count}×[${statuses}]`).join(' ');
  const exactCycles = '201 409 409 409 409 409 409 409';
  return [
    check(
      `crossing merges (X into Y and Y into X at once), ${rounds} rounds`,
      shown(merges),
      merges.get('200 409') === rounds,
      `${rounds}×[200 409]`,
    ),
    check(
      `8 overlapping cycles opened at once, ${rounds} rounds`,
      shown(cycles),
      cycles.get(exactCycles) === rounds,
      `${rounds}×[${exactCycles}]`,
    ),
  ];
}

function dueWorkLines(small: NudgeTimerRun, large: NudgeTimerRun): ReportLine[] {
  return [
    {
      label: `storage calls of one nudge-timer run, ${small.ideas} ideas waiting, ${small.due} due`,
      value: String(small.calls),
    },
    {
      label: `… ${large.ideas} ideas waiting, ${large.due} due (set up in ${(large.setupMs / 1000).toFixed(1)} s)`,
      value: String(large.calls),
    },
    atMost('  ÷ those with 10 ideas', large.calls / small.calls, GOALS.nudgeCallsAtScale, ratio),
    check(
      '"after" nudges composed (both runs)',
      `${small.nudges} / ${large.nudges}`,
      small.nudges === small.due && large.nudges === large.due,
      `${small.due} / ${large.due}`,
    ),
  ];
}

function hungLines(hung: HungStorageAnswer): ReportLine[] {
  return [
    { label: 'storage budget per call (STORAGE_BUDGET_MS default)', value: ms(hung.budgetMs) },
    check(
      'GET /api/ideas answers',
      `${hung.requestStatus}, Retry-After ${hung.retryAfter ?? 'none'}`,
      hung.requestStatus === 503 && hung.retryAfter !== null,
      '503 with Retry-After',
    ),
    { label: '  after', value: ms(hung.requestMs) },
    check('GET /api/health answers', String(hung.healthStatus), hung.healthStatus === 503, '503'),
    atMost('  after', hung.healthMs, 2_000, ms),
  ];
}

interface Results {
  sequential: SequentialVotes & Loaded;
  burst: VoteBurst & Loaded;
  /** The burst's vote rows written in full transactions one after another, straight to Azurite: its floor. */
  burstFloorMs: number;
  /** The same two measures against a host in a process of its own, as the tab and the Functions host are apart. */
  own: OwnProcessRun;
  /** The sections after the votes (2a to 6), left out by `--votes`. */
  beyond?: {
    scale: [ReadsPerVote, ReadsPerVote];
    kill: KillRecovery;
    board: BoardListing;
    decisions: CrossingOutcomes;
    dueWork: [NudgeTimerRun, NudgeTimerRun];
    hung: HungStorageAnswer;
  };
  memory: { before: NodeJS.MemoryUsage; afterVotes: NodeJS.MemoryUsage; after: NodeJS.MemoryUsage };
}

/** `npm run bench:api -- --votes`: sections 1 and 2 only, for a quick look at a vote's cost. */
const VOTES_ONLY = process.argv.includes('--votes');

const step = (text: string): void => console.log(`… ${text}`);

/** Section 1's votes, told to `span` (see MeasuredSpan). */
const sequentialVotes = (
  api: BenchApi,
  scratch: TableClient,
  tallies: TableClient,
  span: MeasuredSpan,
  inHost?: (userId: string) => Promise<number>,
): Promise<SequentialVotes> =>
  measureSequentialVotes(api, scratch, 'bench-votes', VOTE_SAMPLES, VOTE_WARM_UPS, tallies, span, inHost);

interface OwnProcessRun {
  sequential: SequentialVotes;
  burst: VoteBurst;
  /** What the sequential votes and the burst cost the host and Azurite in CPU time (see hostCost.ts). */
  costs: { sequential: Cost; burst: Cost };
  trace: VoteTrace;
  /** Section 1's sequential votes as the host saw them, traced in the same run as their ratios. */
  sequentialTrace: VoteTrace;
  /** How many times the host called each repository method (and the token check) from first click to last answer. */
  burstCalls: Map<string, number>;
}

/**
 * Sections 1 and 2 against the local host in a process of its own (started as `npm start` starts it), so the
 * client's work no longer shares the host's event loop: in Teams the tab runs elsewhere, as storage does. The host
 * answers the bench over IPC (benchHost.ts): its CPU time, and a trace of where one vote's time goes.
 */
async function measureOwnProcessHost(
  connectionString: string,
  azuritePid: number | undefined,
): Promise<OwnProcessRun> {
  const host = await spawnHost(
    {
      NODE_ENV: 'test',
      AUTH_MODE: 'dev',
      STORAGE_CONNECTION_STRING: connectionString,
      TABLE_PREFIX: 'benchOwn',
      PORT: '0',
      ...UNLIMITED,
    },
    { entry: 'bench' },
  );
  const api = new BenchApi(host.url);
  try {
    const scratch = TableClient.fromConnectionString(connectionString, 'benchOwnScratch', {
      allowInsecureConnection: true,
    });
    const tallies = TableClient.fromConnectionString(connectionString, 'benchOwnVotes', {
      allowInsecureConnection: true,
    });
    const sequentialCost = costMeter(host.child, azuritePid);
    const sequentialTrace = traceMeter(host.child);
    const inHost = async (userId: string) => (await ask(host.child, { kind: 'transaction', userId })).ms;
    const span = allOf(sequentialCost, sequentialTrace);
    const sequential = await sequentialVotes(api, scratch, tallies, span, inHost);
    const burstCost = costMeter(host.child, azuritePid);
    const burstTrace = traceMeter(host.child);
    const burst = await measureVoteBurst(api, 'bench-burst', BURST_VOTERS, allOf(burstCost, burstTrace));
    step(`${TRACED_VOTES} votes one at a time, traced inside the host`);
    const trace = await measureVoteTrace(api, host.child, 'bench-trace', TRACED_VOTES);
    return {
      sequential,
      burst,
      costs: { sequential: sequentialCost.cost(), burst: burstCost.cost() },
      trace,
      sequentialTrace: summarise(sequentialTrace.trace(), sequential.votes, sequential.hops),
      burstCalls: callCounts(burstTrace.trace()),
    };
  } finally {
    api.close();
    host.child.kill('SIGKILL');
  }
}

async function measure(): Promise<Results> {
  const before = process.memoryUsage();
  step('starting Azurite (in memory) and the local host');
  const azurite = await startAzurite();
  try {
    const config = loadConfig({
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      TABLE_PREFIX: 'bench',
      PORT: '0',
      NODE_ENV: 'test',
      AUTH_MODE: 'dev',
      ...UNLIMITED,
    });
    const host = await startLocalHost({ config });
    const api = new BenchApi(host.url);
    try {
      const scratch = TableClient.fromConnectionString(azurite.connectionString, 'benchScratch', {
        allowInsecureConnection: true,
      });
      step(`${VOTE_SAMPLES} sequential votes, interleaved with as many raw inserts`);
      const sequentialLoad = loadMeter();
      const { Votes } = tableClients(config.storage.connectionString, config.storage.tablePrefix);
      const sequential = await sequentialVotes(api, scratch, Votes, sequentialLoad);
      const afterVotes = process.memoryUsage();
      step(`${BURST_VOTERS} voters at once on one idea`);
      const burstLoad = loadMeter();
      const burst = await measureVoteBurst(api, 'bench-burst', BURST_VOTERS, burstLoad);
      step(
        `the burst's storage floor: its ${BURST_VOTERS} vote rows in full transactions, straight to Azurite`,
      );
      const burstFloorMs = await measureBurstFloor(scratch, BURST_VOTERS);
      step('the same sequential votes and burst against a host in a process of its own');
      const own = await measureOwnProcessHost(azurite.connectionString, azurite.pid);
      const votes = {
        sequential: { ...sequential, load: sequentialLoad.load() },
        burst: { ...burst, load: burstLoad.load() },
        burstFloorMs,
        own,
      };
      if (VOTES_ONLY) return { ...votes, memory: { before, afterVotes, after: process.memoryUsage() } };
      step('storage reads per vote on an idea with 10 and with 20,000 votes (counted at the repositories)');
      const scale: [ReadsPerVote, ReadsPerVote] = [
        await measureReadsPerVote(azurite.connectionString, 10),
        await measureReadsPerVote(azurite.connectionString, 20_000),
      ];
      step('a host process killed (SIGKILL) in the middle of a 300-voter burst, then restarted');
      const kill = await measureKillRecovery(azurite.connectionString, 300);
      step(`seeding a ${BOARD_IDEAS}-idea board and listing it ${LISTING_WARM_UPS} + ${LISTING_RUNS} times`);
      const { Ideas } = tableClients(config.storage.connectionString, config.storage.tablePrefix);
      const board = await measureBoardListing(
        api,
        Ideas,
        'bench-board',
        BOARD_IDEAS,
        LISTING_RUNS,
        LISTING_WARM_UPS,
      );
      const memory = { before, afterVotes, after: process.memoryUsage() };
      step(`${DECISION_ROUNDS} rounds of crossing merges and of 8 overlapping cycles opened at once`);
      const decisions = await measureCrossingDecisions(api, DECISION_ROUNDS);
      step(`one nudge-timer run over 10 and over ${NUDGE_IDEAS} waiting ideas (in-memory twin)`);
      const dueWork: [NudgeTimerRun, NudgeTimerRun] = [
        await measureNudgeTimer(NUDGE_DUE, NUDGE_DUE),
        await measureNudgeTimer(NUDGE_IDEAS, NUDGE_DUE),
      ];
      step('a host whose storage accepts connections and never answers');
      const hung = await measureHungStorage();
      return { ...votes, beyond: { scale, kill, board, decisions, dueWork, hung }, memory };
    } finally {
      api.close();
      await host.close();
    }
  } finally {
    await azurite.stop();
  }
}

/** Prints every section and answers whether all correctness checks passed. */
function beyondSections(beyond: NonNullable<Results['beyond']>): [string, ReportLine[]][] {
  return [
    ['2a. Storage reads per vote as the idea grows (Azurite, a fresh process)', scaleLines(...beyond.scale)],
    ['2b. The host process killed mid-burst and restarted (Azurite)', killLines(beyond.kill)],
    [`3. A ${beyond.board.ideas}-idea board`, boardLines(beyond.board)],
    ['4. Decisions that cannot cross (local host, Azurite)', decisionLines(beyond.decisions)],
    [
      '5. The response-nudge timer follows what is due (calls counted at the repositories)',
      dueWorkLines(...beyond.dueWork),
    ],
    ['6. Storage that accepts connections and never answers (default deadlines)', hungLines(beyond.hung)],
  ];
}

function report(results: Results): boolean {
  const { sequential, burst, own, beyond, memory } = results;
  const sections: [string, ReportLine[]][] = [
    ['1. One vote vs one raw Azurite insert (sequential, after warm-up)', voteLines(sequential, own)],
    [
      `1′. Where one vote's time goes: host in its own process, ${own.trace.samples} votes one at a time, each after the last one's follow-ups (medians)`,
      traceLines(own),
    ],
    [
      `2. ${burst.voters} voters and ${burst.voters} repeat clicks at once on one idea (tokens minted beforehand)`,
      burstLines(burst, results.burstFloorMs),
    ],
    [
      '2′. The same burst, the host in a process of its own',
      [...burstLines({ ...own.burst, load: own.costs.burst.load }), ...burstCostLines(own)],
    ],
    ...(beyond ? beyondSections(beyond) : []),
    [
      'Memory of this process (host + client; Azurite not included)',
      [
        { label: 'rss before', value: megabytes(memory.before.rss) },
        { label: 'rss after the sequential votes', value: megabytes(memory.afterVotes.rss) },
        { label: 'rss after the board listings', value: megabytes(memory.after.rss) },
        { label: 'heap used before', value: megabytes(memory.before.heapUsed) },
        { label: 'heap used after', value: megabytes(memory.after.heapUsed) },
      ],
    ],
  ];
  console.log(
    `\nIdeaBar bench: Node ${process.version}, ${availableParallelism()} CPUs. The host and this client`,
  );
  console.log(
    'share one process (but for the lines that say otherwise); Azurite runs in another. Goals are printed,',
  );
  console.log('not enforced.');
  for (const [title, lines] of sections) printSection(title, lines);
  return sections.every(([, lines]) => lines.every(({ verdict }) => verdict !== 'FAIL'));
}

try {
  const passed = report(await measure());
  console.log(passed ? '\nAll correctness checks passed.' : '\nA correctness check FAILED.');
  process.exitCode = passed ? 0 : 1;
} catch (error) {
  console.error('The bench could not finish:', error);
  process.exitCode = 1;
}
