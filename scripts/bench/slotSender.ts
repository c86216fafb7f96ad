/**
 * One process of the bot as `npm run bench:bot` runs several of them side by side: its own event loop, sender and
 * rate gate, on the bench's Azurite and strict fake Bot Connector, as Functions runs instances. Told what to send
 * over the IPC channel, it gets ready, sends when told to go, and answers what it sent and what its send-slot
 * ledgers cost it: each read and each conditional write, counted and timed where it was made.
 */
import type { ConversationRecord, SendSlotRepository } from '@ideabar/core';
import { tableNotifications } from '../../api/src/storage/tableRepositories.js';
import { tableClients } from '../../api/src/storage/tables.js';
import type { DeliveryReport } from '../../bot/src/outbox/outboxDelivery.js';
import { runReminder } from '../../bot/src/reminders/reminder.js';
import { proactiveRuntime, votingDeadlineReminder } from '../../tests/bot/support/proactiveFixture.js';

export interface SlotSenderOrders {
  connectionString: string;
  tablePrefix: string;
  tenantRatePerSecond: number;
  recipients: ConversationRecord[];
  occurrence: string;
  /** False: the baseline without shared ledgers, each process on its own pacing alone. */
  ledgers: boolean;
}

export interface SlotCosts {
  reads: number;
  writes: number;
  /** Writes refused because another process wrote first (or created the ledger first). */
  refused: number;
  /** How long each conditional write took, in ms. */
  writeMs: number[];
  /** Time spent in the ledgers' reads and writes, in ms. */
  storageMs: number;
  /** Sends that went on this process's own pacing because a ledger could not be written. */
  faults: number;
}

export type SlotSenderMessage =
  | { kind: 'ready' }
  | { kind: 'done'; report: DeliveryReport; costs: SlotCosts }
  | { kind: 'failed'; error: string };

/** The ledgers as they are, each call counted and timed. */
function counted(store: SendSlotRepository, costs: SlotCosts): SendSlotRepository {
  const timed = async <T>(call: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await call();
    } finally {
      costs.storageMs += performance.now() - started;
    }
  };
  return {
    read: (tenantId, ledger) => {
      costs.reads += 1;
      return timed(() => store.read(tenantId, ledger));
    },
    write: (tenantId, ledger, slots, version) =>
      timed(async () => {
        const started = performance.now();
        const written = await store.write(tenantId, ledger, slots, version);
        costs.writeMs.push(performance.now() - started);
        costs.writes += 1;
        if (written === null) costs.refused += 1;
        return written;
      }),
  };
}

/** No shared ledgers: every send finds storage "failing" and goes on this process's own pacing, as before them. */
const noLedgers: SendSlotRepository = {
  read: () => Promise.reject(new Error('No shared ledgers in this baseline.')),
  write: () => Promise.reject(new Error('No shared ledgers in this baseline.')),
};

const reply = (message: SlotSenderMessage): void => void process.send?.(message);

const orders = await new Promise<SlotSenderOrders>((resolve) => process.once('message', resolve));
try {
  const costs: SlotCosts = { reads: 0, writes: 0, refused: 0, writeMs: [], storageMs: 0, faults: 0 };
  const faults: unknown[] = [];
  const store = tableNotifications(tableClients(orders.connectionString, orders.tablePrefix));
  const runtime = proactiveRuntime({
    store: { ...store, sendSlots: orders.ledgers ? counted(store.sendSlots, costs) : noLedgers },
    tenantRatePerSecond: orders.tenantRatePerSecond,
    faults,
  });
  const reminder = votingDeadlineReminder(orders.recipients, orders.occurrence);
  reply({ kind: 'ready' });
  await new Promise((resolve) => process.once('message', resolve));
  const report = await runReminder(reminder, runtime.services);
  reply({ kind: 'done', report, costs: { ...costs, faults: faults.length } });
} catch (error) {
  reply({ kind: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
process.disconnect();
