import type { SendSlot, SendSlotRepository, Versioned } from '@ideabar/core';

/** A rate as Teams counts it: at most `limit` operations in any `ms`. */
export interface RateWindow {
  limit: number;
  ms: number;
}

/**
 * Teams' limits on a bot's operations in one conversation: 7 per second, 8 per 2 s, 60 per 30 s and 1,800 per
 * hour (PLATFORM.md). They apply to every send and edit, retries included, from every process of the bot together.
 */
export const CONVERSATION_WINDOWS: readonly RateWindow[] = [
  { limit: 7, ms: 1_000 },
  { limit: 8, ms: 2_000 },
  { limit: 60, ms: 30_000 },
  { limit: 1_800, ms: 3_600_000 },
];

/**
 * How long after its slot a process may still send on it; a send that wakes later takes a new slot. It covers the
 * storage write that takes the slot (slots are taken as far ahead as writes have lately taken, up to half of it) and
 * a busy event loop.
 */
export const LATE_MS = 100;

/**
 * How far apart two processes' clocks may be. Slots are written in each process's own wall-clock time; Azure's
 * hosts keep their machines' clocks to their host's within milliseconds, so 50 ms is generous.
 */
export const SKEW_MS = 50;

/**
 * How much closer two sends can arrive at Teams than they were sent: one waits in a network queue or a busy event
 * loop, the next does not. Teams counts arrivals.
 */
export const JITTER_MS = 100;

/**
 * How long after its window another process's slot still counts: its send may come LATE_MS after its slot and
 * arrive JITTER_MS later still, and its clock may be behind where ours is ahead. A process's own slots count for less
 * (see SlotLedger's `ownMargin`).
 */
export const OTHERS_MARGIN_MS = LATE_MS + 2 * SKEW_MS + JITTER_MS;

/**
 * The earliest whole millisecond at or after `from`, and not before any slot already taken (a ledger only grows at
 * its end), at which one more slot for `by` keeps every window: each slot counts in a window until `ms` after it,
 * and a margin more: `ownMargin` for the slots of `by`, OTHERS_MARGIN_MS for another process's.
 */
export function nextSlot(
  slots: readonly SendSlot[],
  windows: readonly RateWindow[],
  from: number,
  by: string,
  ownMargin: number,
): number {
  let at = Math.max(Math.ceil(from), slots.at(-1)?.at ?? -Infinity);
  for (let moved = true; moved;) {
    moved = false;
    for (const { limit, ms } of windows) {
      const ends: number[] = [];
      for (const slot of slots) {
        const end = slot.at + ms + (slot.by === by ? ownMargin : OTHERS_MARGIN_MS);
        if (end > at) ends.push(end);
      }
      if (ends.length < limit) continue;
      // The window holds too many: wait until enough of them have left it.
      ends.sort((a, b) => a - b);
      at = ends[ends.length - limit] as number;
      moved = true;
    }
  }
  return at;
}

/** The slots that can still count in a window at `now`: no older than the longest window, no more than its limit. */
export function liveSlots(
  slots: readonly SendSlot[],
  windows: readonly RateWindow[],
  now: number,
): SendSlot[] {
  const longest = windows.reduce((most, { ms }) => Math.max(most, ms), 0);
  const most = windows.reduce((limit, window) => Math.max(limit, window.limit), 0);
  return slots.filter(({ at }) => at + longest + OTHERS_MARGIN_MS > now).slice(-most);
}

interface Request {
  from: number;
  count: number;
  resolve(slots: number[]): void;
  reject(error: unknown): void;
}

/** Slots are taken no further ahead than this for the write that takes them, however slow storage is. */
const MAX_LEAD_MS = 2_000;

/** Contention this heavy means something is wrong; the sender then goes on its own pacing (see rateGate.ts). */
const MAX_WRITES = 20;

/**
 * One ledger (a conversation's or a tenant's) as this process sees it: slots are taken by a conditional write of
 * the whole ledger. The ledger and its version stay in memory, so taking a slot is one write while no other process
 * writes it; a write refused because one did is followed by a read and a new try. Takes that arrive while a write is
 * in flight go together in the next one.
 */
export class SlotLedger {
  /**
   * The ledger as last written or read here; null while it is taken to be empty, so a ledger's first slot (a
   * conversation new to this process, as in a fan-out to personal chats) is an insert without a read before it.
   * Undefined once a write was refused: read it again.
   */
  private known: Versioned<SendSlot[]> | null | undefined = null;
  private readonly waiting: Request[] = [];
  private writing = false;
  /** How long writes take here lately: slots are taken that far ahead, so a send is not late for its own slot. */
  private lead = 0;

  constructor(
    private readonly store: SendSlotRepository,
    private readonly tenantId: string,
    private readonly name: string,
    private readonly windows: readonly RateWindow[],
    private readonly by: string,
    private readonly now: () => number,
    /**
     * How long after its window this process's own slot still counts. No clock skew: it is one clock. In a
     * conversation's ledger LATE_MS and JITTER_MS, as for another's. In a tenant's LATE_MS alone: its limit is
     * "about 50 a second" and IdeaBar is set below it, and the sends of one process leave far closer to their slots
     * than LATE_MS, so a whole JITTER_MS more would cost a sixth of the tenant's rate for nothing.
     */
    private readonly ownMargin: number,
    /** The least distance between slots taken together. */
    private readonly spacing = 0,
  ) {}

  /** Takes `count` slots at or after `from`, at least `spacing` apart; answers them once they are written. */
  take(from: number, count = 1): Promise<number[]> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ from, count, resolve, reject });
      void this.writeWaiting();
    });
  }

  /** Whether nothing waits or is being written. */
  get idle(): boolean {
    return !this.writing && this.waiting.length === 0;
  }

  private async writeWaiting(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0);
        try {
          const taken = await this.write(batch);
          batch.forEach((request, n) => request.resolve(taken[n] as number[]));
        } catch (error) {
          for (const request of batch) request.reject(error);
        }
      }
    } finally {
      this.writing = false;
    }
  }

  private async write(batch: Request[]): Promise<number[][]> {
    for (let attempt = 1; ; attempt += 1) {
      if (this.known === undefined) this.known = (await this.store.read(this.tenantId, this.name)) ?? null;
      const started = this.now();
      const slots = liveSlots(this.known?.value ?? [], this.windows, started);
      const taken = batch.map(({ from, count }) => {
        const mine: number[] = [];
        let earliest = Math.max(from, started + this.lead);
        for (let n = 0; n < count; n += 1) {
          const at = nextSlot(slots, this.windows, earliest, this.by, this.ownMargin);
          slots.push({ at, by: this.by });
          mine.push(at);
          earliest = at + this.spacing;
        }
        return mine;
      });
      const version = await this.store.write(this.tenantId, this.name, slots, this.known?.version ?? null);
      this.lead = Math.min(MAX_LEAD_MS, Math.round((this.lead + (this.now() - started)) / 2));
      if (version !== null) {
        this.known = { value: slots, version };
        return taken;
      }
      this.known = undefined;
      if (attempt === MAX_WRITES) {
        throw new Error(`The send slots of ${this.name} changed under ${MAX_WRITES} writes in a row.`);
      }
    }
  }
}

/** At most this share of a second of the tenant's rate is leased at once, so an idle process holds little. */
const LEASE_SHARE = 4;
/** Demand is the tenant sends this process made in this long before. */
const DEMAND_MS = 250;

/**
 * The tenant's slots as this process leases them: a few at a time from the tenant's ledger, one lease at a time,
 * for as many sends as wait for it or were made in the last quarter second (at most a quarter of the rate), so a
 * steady stream of sends costs one tenant write per several sends. A leased slot nobody used simply passes; it held
 * the tenant's rate back by one send, no more.
 */
export class TenantLease {
  private pool: number[] = [];
  private readonly used: number[] = [];
  private leasing: Promise<void> | undefined;
  private waiting = 0;

  constructor(
    private readonly ledger: SlotLedger,
    private readonly ratePerSecond: number,
    private readonly now: () => number,
  ) {}

  /**
   * The earliest leased slot a send ready at `from` can still use (it may be later than `from`: the send waits for
   * it); when none is left, leases more first.
   */
  async take(from: number): Promise<number> {
    this.waiting += 1;
    try {
      for (let leases = 0; ; leases += 1) {
        const now = this.now();
        const usable = this.pool.findIndex((at) => at + LATE_MS >= Math.max(from, now));
        if (usable >= 0) return this.use(usable);
        // A lease whose write took so long that its slots passed: the latest, and the send starts again after it.
        if (leases > 0 && this.pool.length > 0) return this.use(this.pool.length - 1);
        this.pool.splice(0);
        this.leasing ??= this.lease(from).finally(() => (this.leasing = undefined));
        await this.leasing;
      }
    } finally {
      this.waiting -= 1;
    }
  }

  /** Puts back a slot its taker could not use; another send of this process may. */
  giveBack(at: number): void {
    if (at + LATE_MS < this.now()) return;
    this.pool.push(at);
    this.pool.sort((a, b) => a - b);
  }

  get idle(): boolean {
    return this.ledger.idle && this.pool.every((at) => at + LATE_MS < this.now());
  }

  private async lease(from: number): Promise<void> {
    const now = this.now();
    const recent = this.used.filter((at) => at > now - DEMAND_MS).length;
    const count = Math.max(
      1,
      Math.min(Math.max(this.waiting, recent + 1), Math.ceil(this.ratePerSecond / LEASE_SHARE)),
    );
    const leased = await this.ledger.take(from, count);
    this.pool.push(...leased);
    this.pool.sort((a, b) => a - b);
  }

  private use(index: number): number {
    const [at] = this.pool.splice(index, 1);
    const now = this.now();
    this.used.push(now);
    while ((this.used[0] as number) <= now - DEMAND_MS) this.used.shift();
    return at as number;
  }
}
