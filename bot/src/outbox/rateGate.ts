import { randomUUID } from 'node:crypto';
import type { SendSlotRepository } from '@ideabar/core';
import {
  CONVERSATION_WINDOWS,
  JITTER_MS,
  LATE_MS,
  SlotLedger,
  TenantLease,
  type RateWindow,
} from './sendSlots.js';

export { CONVERSATION_WINDOWS } from './sendSlots.js';

/**
 * Added to every spacing. The service counts arrivals, and a request can reach it a little later than the one sent
 * after it; half a millisecond of slack keeps that jitter (and floating-point sums of 1000/rate) from making one send
 * too many in a window, for under 2 % of throughput at 30 per second.
 */
const MARGIN_MS = 0.5;
/** Slack at a one-second window's edge: sends released a second apart can arrive a few milliseconds closer. */
const WINDOW_MARGIN_MS = 25;
/** How far behind its grid a tenant may fall and still catch up; beyond that the grid restarts from now. */
const CATCH_UP_MS = 250;

interface TenantPace {
  queue: Promise<void>;
  /** The next slot on the tenant's grid. */
  next: number;
  /** When its last `rate` sends were released, oldest first. */
  released: number[];
}

export interface Timekeeper {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTime: Timekeeper = {
  now: () => performance.timeOrigin + performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** Where the processes of the bot share their send slots, and where a failure to reach it is told. */
export interface SharedSlots {
  store: SendSlotRepository;
  /** The ledger could not be read or written; the send went on this process's own pacing alone. */
  faults?(error: unknown): void;
}

/** Rounds of slot taking after which a send goes anyway (its 429, should one come, is retried after Retry-After). */
const MAX_ROUNDS = 16;

/**
 * Releases sends one at a time per tenant, at its rate, and per conversation only when every window allows. Limits
 * are checked against when sends were actually released, not when they were planned: a timer that fires late (a
 * busy event loop) is made up by the sends after it, but never so that a one-second window holds more than the rate.
 *
 * That pacing is this process's. With `shared`, every send then also takes a slot in its conversation's ledger and
 * in its tenant's, in storage, which every process of the bot writes (sendSlots.ts): N processes together keep
 * Teams' rates, not N times them. The pacing here stays in front, so a process asks storage for at most one slot of
 * a conversation at a time and never faster than it could send.
 */
export class RateGate {
  private readonly tenants = new Map<string, TenantPace>();
  private readonly conversations = new Map<string, { queue: Promise<void>; log: number[] }>();
  private readonly ledgers = new Map<string, SlotLedger>();
  private readonly leases = new Map<string, TenantLease>();
  /** This process, in the ledgers: its own slots are held for less, since its clock agrees with itself. */
  private readonly by = randomUUID().slice(0, 8);

  constructor(
    private readonly tenantRatePerSecond: number,
    private readonly time: Timekeeper = realTime,
    private readonly windows: readonly RateWindow[] = CONVERSATION_WINDOWS,
    private readonly shared?: SharedSlots,
  ) {
    if (!(tenantRatePerSecond > 0)) throw new Error('The tenant rate must be above zero.');
  }

  /** Resolves, with the moment of release, when this tenant and conversation may send; the caller sends at once. */
  acquire(tenantId: string, conversationId: string): Promise<number> {
    const conversation = this.conversations.get(conversationId) ?? { queue: Promise.resolve(), log: [] };
    const turn = conversation.queue.then(async () => {
      await this.sleepUntil(this.conversationAllows(conversation.log));
      const paced = await this.tenantTurn(tenantId);
      const released = this.shared ? await this.sharedTurn(tenantId, conversationId, paced) : paced;
      conversation.log.push(released);
      return released;
    });
    conversation.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    this.conversations.set(conversationId, conversation);
    void turn.finally(() => this.forget(conversationId, conversation));
    return turn;
  }

  /**
   * The tenant's next send: on an even grid at its rate, never within half an interval of the previous send, and
   * never one more than the rate in the second before it (counted from actual releases). A send released late (a
   * busy event loop) is made up by the next few, at most CATCH_UP_MS of them, without a burst.
   */
  private tenantTurn(tenantId: string): Promise<number> {
    const tenant = this.tenants.get(tenantId) ?? { queue: Promise.resolve(), next: -Infinity, released: [] };
    const rate = Math.max(1, Math.floor(this.tenantRatePerSecond));
    const interval = 1_000 / this.tenantRatePerSecond;
    const turn = tenant.queue.then(async () => {
      const { released } = tenant;
      let at = Math.max(tenant.next, (released.at(-1) ?? -Infinity) + interval / 2);
      const windowStart = released[released.length - rate];
      if (windowStart !== undefined) at = Math.max(at, windowStart + 1_000 + WINDOW_MARGIN_MS);
      await this.sleepUntil(at);
      const now = this.time.now();
      released.push(now);
      if (released.length > rate) released.splice(0, released.length - rate);
      // The grid goes on from where this send was due; a tenant's first send starts it at now.
      const due = Number.isFinite(at) ? at : now;
      tenant.next = Math.max(due, now - CATCH_UP_MS) + interval + MARGIN_MS;
      return now;
    });
    tenant.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    this.tenants.set(tenantId, tenant);
    return turn;
  }

  /**
   * A send's slot in its conversation's ledger and in its tenant's, for one moment. The conversation's first: its
   * slots are the scarce ones, and may lie seconds ahead. The tenant's only once that moment is near, so the tenant's
   * ledger only ever holds slots about now (leased a few at a time, so mostly taken from memory) and one busy
   * conversation never holds up the tenant's other conversations. A tenant slot well after the conversation's leaves
   * that one unused and starts again from there. The send goes within LATE_MS of both, or starts again. Should
   * storage fail, the send goes on this process's pacing, and the failure is told.
   */
  private async sharedTurn(tenantId: string, conversationId: string, from: number): Promise<number> {
    const shared = this.shared as SharedSlots;
    const lease = this.lease(tenantId);
    const conversation = this.ledger(tenantId, `conversation:${conversationId}`);
    // A tenant slot found well after the conversation's is kept for the next round, which starts from it.
    let held: number | undefined;
    try {
      let earliest = from;
      for (let round = 1; round <= MAX_ROUNDS; round += 1) {
        const [conversationSlot] = await conversation.take(earliest);
        const slot = conversationSlot as number;
        await this.sleepUntil(slot - LATE_MS / 2);
        let tenantSlot = held;
        held = undefined;
        if (tenantSlot === undefined || tenantSlot + LATE_MS < slot) {
          if (tenantSlot !== undefined) lease.giveBack(tenantSlot);
          tenantSlot = await lease.take(slot);
        }
        const at = Math.max(slot, tenantSlot);
        const deadline = Math.min(slot, tenantSlot) + LATE_MS;
        if (at > deadline) {
          if (tenantSlot > slot) held = tenantSlot;
          earliest = at;
          continue;
        }
        await this.sleepUntil(at);
        const now = this.time.now();
        if (now <= deadline) return now;
        earliest = now;
      }
    } catch (error) {
      shared.faults?.(error);
    } finally {
      this.forgetIdleLedgers();
    }
    return this.time.now();
  }

  private ledger(tenantId: string, name: string, spacing = 0): SlotLedger {
    const key = JSON.stringify([tenantId, name]);
    let ledger = this.ledgers.get(key);
    if (!ledger) {
      const windows = name === 'tenant' ? this.tenantWindows() : this.windows;
      const store = (this.shared as SharedSlots).store;
      const ownMargin = name === 'tenant' ? LATE_MS : LATE_MS + JITTER_MS;
      const now = (): number => this.time.now();
      ledger = new SlotLedger(store, tenantId, name, windows, this.by, now, ownMargin, spacing);
      this.ledgers.set(key, ledger);
    }
    return ledger;
  }

  private lease(tenantId: string): TenantLease {
    let lease = this.leases.get(tenantId);
    if (!lease) {
      const spacing = Math.ceil(1_000 / this.tenantRatePerSecond);
      const ledger = this.ledger(tenantId, 'tenant', spacing);
      lease = new TenantLease(ledger, this.tenantRatePerSecond, () => this.time.now());
      this.leases.set(tenantId, lease);
    }
    return lease;
  }

  /** The app's rate in one tenant, as Teams counts it: per second. */
  private tenantWindows(): RateWindow[] {
    return [{ limit: Math.max(1, Math.floor(this.tenantRatePerSecond)), ms: 1_000 }];
  }

  /** A ledger kept in memory saves a read on its next send; past 10,000 the idle ones go. */
  private forgetIdleLedgers(): void {
    if (this.ledgers.size <= 10_000) return;
    for (const [key, ledger] of this.ledgers) {
      const [tenantId, name] = JSON.parse(key) as [string, string];
      if (name !== 'tenant' && ledger.idle) this.ledgers.delete(key);
      else if (name === 'tenant' && this.leases.get(tenantId)?.idle) {
        this.ledgers.delete(key);
        this.leases.delete(tenantId);
      }
    }
  }

  /** The earliest moment one more send keeps the conversation within all of its windows. */
  private conversationAllows(log: number[]): number {
    const now = this.time.now();
    const longest = this.windows.at(-1)?.ms ?? 0;
    while (log.length > 0 && (log[0] as number) <= now - longest) log.shift();
    let at = now;
    for (const { limit, ms } of this.windows) {
      const earliest = log[log.length - limit];
      if (earliest !== undefined) at = Math.max(at, earliest + ms + MARGIN_MS);
    }
    return at;
  }

  /** Timers can fire a fraction of a millisecond early; sleep again until the moment has truly come. */
  private async sleepUntil(at: number): Promise<void> {
    for (let wait = at - this.time.now(); wait > 0; wait = at - this.time.now()) await this.time.sleep(wait);
  }

  /** Drops a conversation's state once it has no sends queued and no window still holds one of its sends. */
  private forget(conversationId: string, conversation: { log: number[] }): void {
    const longest = this.windows.at(-1)?.ms ?? 0;
    const last = conversation.log.at(-1);
    if (this.conversations.size > 10_000 && (last === undefined || last <= this.time.now() - longest)) {
      this.conversations.delete(conversationId);
    }
  }
}
