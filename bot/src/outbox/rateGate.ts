/**
 * Teams' limits on a bot's operations in one conversation: 7 per second, 8 per 2 s, 60 per 30 s and 1,800 per
 * hour. They apply to every send and edit, retries included.
 */
export const CONVERSATION_WINDOWS: readonly { limit: number; ms: number }[] = [
  { limit: 7, ms: 1_000 },
  { limit: 8, ms: 2_000 },
  { limit: 60, ms: 30_000 },
  { limit: 1_800, ms: 3_600_000 },
];

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

/**
 * Releases sends one at a time per tenant, at its rate, and per conversation only when every window allows. Limits
 * are checked against when sends were actually released, not when they were planned: a timer that fires late (a
 * busy event loop) is made up by the sends after it, but never so that a one-second window holds more than the rate.
 */
export class RateGate {
  private readonly tenants = new Map<string, TenantPace>();
  private readonly conversations = new Map<string, { queue: Promise<void>; log: number[] }>();

  constructor(
    private readonly tenantRatePerSecond: number,
    private readonly time: Timekeeper = realTime,
    private readonly windows = CONVERSATION_WINDOWS,
  ) {
    if (!(tenantRatePerSecond > 0)) throw new Error('The tenant rate must be above zero.');
  }

  /** Resolves, with the moment of release, when this tenant and conversation may send; the caller sends at once. */
  acquire(tenantId: string, conversationId: string): Promise<number> {
    const conversation = this.conversations.get(conversationId) ?? { queue: Promise.resolve(), log: [] };
    const turn = conversation.queue.then(async () => {
      await this.sleepUntil(this.conversationAllows(conversation.log));
      const released = await this.tenantTurn(tenantId);
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
