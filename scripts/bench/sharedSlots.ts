/**
 * The shared send-slot ledgers measured (`npm run bench:bot`): what they cost and what they do, with one, two and
 * three bot processes (each a process of its own, scripts/bench/slotSender.ts) sending through one Azurite to the
 * strict fake Bot Connector, which allows the tenant exactly the rate the bot is told. Each figure stands beside a
 * baseline measured in the same run: a raw conditional replace on the same Azurite, the rates Teams allows, and
 * three processes without the ledgers. Each process sends its own share of the messages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import type { ConversationRecord } from '@ideabar/core';
import type { Config } from '../../api/src/config.js';
import { tableNotifications } from '../../api/src/storage/tableRepositories.js';
import { ensureTables, tableClients } from '../../api/src/storage/tables.js';
import { CONVERSATION_WINDOWS, nextSlot } from '../../bot/src/outbox/sendSlots.js';
import { FakeBotConnector } from '../../tests/bot/support/fakeBotConnector.js';
import { channelBurst, personalChats } from '../../tests/bot/support/proactiveFixture.js';
import { median, percentile } from './latency.js';
import { ms, ratio } from './report.js';
import type { SlotCosts, SlotSenderMessage, SlotSenderOrders } from './slotSender.js';

const CHATS = 150;
const CHANNEL_SENDS = 30;
const CHANNEL = '19:bench-burst@thread.tacv2';
const RAW_WRITES = 200;

interface Run {
  processes: number;
  ledgers: boolean;
  sent: number;
  /** What each process reported sent. */
  sentEach: number[];
  lost: number;
  duplicated: number;
  throttled: number;
  costs: SlotCosts;
  elapsedMs: number;
  /** Sends per second from the first delivery to the last, as the fake Bot Connector saw them arrive. */
  sendRate: number;
}

export async function sharedSlotsSection(config: Config): Promise<void> {
  const rate = config.bot.settings.tenantRatePerSecond;
  const tables = tableClients(config.storage.connectionString, config.storage.tablePrefix);
  await ensureTables(tables);
  const loadBefore = loadavg();
  const raw = await rawConditionalReplaces(config);

  const chats = async (url: string, tenantId: string) =>
    personalChats(tableNotifications(tables), url, CHATS, [tenantId]);
  const burst = async (url: string, tenantId: string) => channelBurst(url, tenantId, CHANNEL, CHANNEL_SENDS);
  const chatRuns: Run[] = [];
  const burstRuns: Run[] = [];
  for (const processes of [1, 2, 3]) {
    chatRuns.push(await run(config, `chats-${processes}`, processes, true, chats));
    burstRuns.push(await run(config, `channel-${processes}`, processes, true, burst));
  }
  const alone = await run(config, 'chats-alone', 3, false, chats);
  const loadAfter = loadavg();

  // The fastest one conversation may take 30 sends: its windows with no margin at all.
  const channelSlots: { at: number; by: string }[] = [];
  for (let n = 0; n < CHANNEL_SENDS; n += 1)
    channelSlots.push({ at: nextSlot(channelSlots, CONVERSATION_WINDOWS, 0, 'ideal', 0), by: 'ideal' });
  const channelRate = (CHANNEL_SENDS - 1) / ((channelSlots.at(-1)?.at ?? 0) / 1_000);

  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ');
  const rawWrite = `${ms(median(raw))} / ${ms(percentile(raw, 95))}`;
  console.log(
    `\nShared send slots: 1–3 bot processes (each its own OS process) on one Azurite, strict fake Bot Connector` +
      ` allowing the tenant ${rate}/s, the rate the bot is told; no random failures`,
  );
  console.log(`  load average (1, 5, 15 min): before ${load(loadBefore)}, after ${load(loadAfter)}`);
  console.log(
    `  baseline: one conditional replace of a ledger row on Azurite, p50 / p95 of ${RAW_WRITES}: ${rawWrite}`,
  );
  printTable(
    [
      'processes: sent each',
      'writes a send (refused, reads)',
      'ledger write p50 / p95',
      'elapsed a send',
      'sends/s ÷ allowed',
      '429s',
      'lost, dup., own pacing',
      '',
    ],
    [
      [`${CHATS} personal chats: ideal a send ${ms(1_000 / rate)}, allowed ${rate}/s (the tenant's rate)`],
      ...chatRuns.map((result) => runRow(result, rate)),
      [`${CHANNEL_SENDS} to one channel: allowed ${channelRate.toFixed(2)}/s (its windows, no margin)`],
      ...burstRuns.map((result) => runRow(result, channelRate)),
      [`baseline: without the ledgers, each process on its own pacing (${CHATS} personal chats)`],
      runRow(alone, rate),
    ],
  );
}

/** One run as a row: its costs beside the baselines, its 429s and messages checked. */
function runRow(result: Run, allowed: number): string[] {
  const perSend = (count: number) => (count / Math.max(1, result.sent)).toFixed(2);
  const { costs } = result;
  const writes = costs.writeMs.length > 0 ? costs.writeMs : [0];
  const messagesRight = result.lost + result.duplicated + costs.faults === 0;
  return [
    `  ${result.processes}: ${result.sentEach.join(' + ')}`,
    result.ledgers ? `${perSend(costs.writes)} (${perSend(costs.refused)}, ${perSend(costs.reads)})` : '–',
    result.ledgers ? `${ms(median(writes))} / ${ms(percentile(writes, 95))}` : '–',
    ms(result.elapsedMs / Math.max(1, result.sent)),
    `${ratio(result.sendRate / allowed)} (${result.sendRate.toFixed(1)}/s)`,
    String(result.throttled),
    `${result.lost}, ${result.duplicated}, ${result.ledgers ? costs.faults : '–'}`,
    result.ledgers ? (result.throttled === 0 && messagesRight ? 'PASS' : 'FAIL') : '',
  ];
}

/** Columns padded to their widest cell; a row of one cell is a heading across the table. */
function printTable(headings: string[], rows: string[][]): void {
  const widths = headings.map((heading, column) =>
    Math.max(heading.length, ...rows.filter((row) => row.length > 1).map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    `  ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('   ')}`.trimEnd();
  console.log(line(headings));
  for (const row of rows) console.log(row.length === 1 ? `  ${row[0]}` : line(row));
}

/** A ledger row replaced If-Match its ETag, one write after another: what one conditional write costs here. */
async function rawConditionalReplaces(config: Config): Promise<number[]> {
  const { SendSlots: table } = tableClients(config.storage.connectionString, config.storage.tablePrefix);
  const row = {
    partitionKey: 'bench|send-slots',
    rowKey: 'raw',
    ledger: 'raw',
    owners: 'a1b2c3d4',
    slots: '',
  };
  let etag = (await table.upsertEntity(row, 'Replace')).etag;
  const samples: number[] = [];
  for (let n = 0; n < RAW_WRITES; n += 1) {
    const slots = Array.from({ length: 8 }, (_, k) => `${(n * 8 + k).toString(36)}.0`).join(',');
    const started = performance.now();
    etag = (await table.updateEntity({ ...row, slots }, 'Replace', { etag })).etag;
    samples.push(performance.now() - started);
  }
  return samples;
}

/** One run: `processes` bot processes, started and ready, told to go at once, each sending what it claims first. */
async function run(
  config: Config,
  name: string,
  processes: number,
  ledgers: boolean,
  recipientsAt: (url: string, tenantId: string) => Promise<ConversationRecord[]>,
): Promise<Run> {
  const rate = config.bot.settings.tenantRatePerSecond;
  const connector = new FakeBotConnector({ tenantLimitPerSecond: rate });
  const url = await connector.start();
  const children: ChildProcess[] = [];
  try {
    const tenantId = `bench-${name}`;
    const recipients = await recipientsAt(url, tenantId);
    // Each process sends its own share, as instances each follow the changes they recorded: were they all to run
    // one reminder, the first to claim could take a channel's every message and leave the others nothing to send.
    const orders = (share: number): SlotSenderOrders => ({
      connectionString: config.storage.connectionString,
      tablePrefix: config.storage.tablePrefix,
      tenantRatePerSecond: rate,
      recipients: recipients.filter((_, n) => n % processes === share),
      occurrence: name,
      ledgers,
    });
    for (let n = 0; n < processes; n += 1) {
      children.push(
        spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/slotSender.ts'], {
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
          serialization: 'advanced',
        }),
      );
    }
    const answers = children.map((child) => messages(child));
    children.forEach((child, n) => child.send(orders(n)));
    await Promise.all(answers.map((next) => next('ready')));
    const started = performance.now();
    children.forEach((child) => child.send('go'));
    const done = await Promise.all(answers.map((next) => next('done')));
    const elapsedMs = performance.now() - started;

    const counts = new Map<string, number>();
    for (const { summary } of connector.deliveries)
      counts.set(String(summary), (counts.get(String(summary)) ?? 0) + 1);
    const times = connector.deliveries.map(({ at }) => at).sort((a, b) => a - b);
    const span = ((times.at(-1) ?? 0) - (times[0] ?? 0)) / 1_000;
    const costs = done.reduce<SlotCosts>(
      (sum, { costs: one }) => ({
        reads: sum.reads + one.reads,
        writes: sum.writes + one.writes,
        refused: sum.refused + one.refused,
        writeMs: [...sum.writeMs, ...one.writeMs],
        storageMs: sum.storageMs + one.storageMs,
        faults: sum.faults + one.faults,
      }),
      { reads: 0, writes: 0, refused: 0, writeMs: [], storageMs: 0, faults: 0 },
    );
    return {
      processes,
      ledgers,
      sent: connector.deliveries.length,
      sentEach: done.map(({ report }) => report.sent),
      lost: recipients.length - counts.size,
      duplicated: [...counts.values()].reduce((sum, count) => sum + count - 1, 0),
      throttled: connector.counts.throttled,
      costs,
      elapsedMs,
      sendRate: span > 0 ? (times.length - 1) / span : 0,
    };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
    await connector.stop();
  }
}

/** Waits for a child's messages in order: `next('ready')` answers its next message, which must be of that kind. */
function messages(child: ChildProcess) {
  const queue: SlotSenderMessage[] = [];
  const waiting: ((message: SlotSenderMessage) => void)[] = [];
  child.on('message', (message: SlotSenderMessage) => {
    const taker = waiting.shift();
    if (taker) taker(message);
    else queue.push(message);
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`A bench bot process exited (${code}) early.`))),
  );
  exited.catch(() => undefined);
  return async <K extends SlotSenderMessage['kind']>(kind: K) => {
    const message = await Promise.race([
      queue.length > 0
        ? Promise.resolve(queue.shift() as SlotSenderMessage)
        : new Promise<SlotSenderMessage>((resolve) => waiting.push(resolve)),
      exited,
    ]);
    if (message.kind === 'failed') throw new Error(`A bench bot process failed: ${message.error}`);
    if (message.kind !== kind) throw new Error(`A bench bot process said ${message.kind}, not ${kind}.`);
    return message as Extract<SlotSenderMessage, { kind: K }>;
  };
}
