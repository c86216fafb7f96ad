import {
  ConnectorError,
  type BotConnector,
  type ConnectorTarget,
  type OutgoingActivity,
} from '../hosting/botConnector.js';
import { RateGate, realTime, type Timekeeper } from './rateGate.js';
import {
  DEFAULT_RETRY_POLICY,
  GONE_STATUS,
  isRetryable,
  retryDelay,
  type RetryPolicy,
} from './retryPolicy.js';

export type ProactiveOperation =
  | { kind: 'send'; activity: OutgoingActivity }
  | { kind: 'update'; activityId: string; activity: OutgoingActivity };

export type DeliveryOutcome =
  | { status: 'delivered'; attempts: number; activityId: string | null }
  | { status: 'gone'; attempts: number; detail: string }
  | { status: 'failed'; attempts: number; detail: string };

export interface ProactiveSenderOptions {
  tenantRatePerSecond: number;
  retry?: Partial<RetryPolicy>;
  time?: Timekeeper;
  random?: () => number;
}

/**
 * The one way the bot speaks on its own (reminders, digests, card edits, posts to a board channel). Every attempt,
 * retries included, takes a slot from the rate gate; throttling and gateway failures are retried with back-off and
 * jitter, never sooner than Retry-After; recipients that are gone (403, 404) are reported, not retried.
 */
export class ProactiveSender {
  private readonly gate: RateGate;
  private readonly policy: RetryPolicy;
  private readonly time: Timekeeper;
  private readonly random: () => number;

  constructor(
    private readonly connector: BotConnector,
    options: ProactiveSenderOptions,
  ) {
    this.time = options.time ?? realTime;
    this.gate = new RateGate(options.tenantRatePerSecond, this.time);
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.random = options.random ?? Math.random;
  }

  async deliver(target: ConnectorTarget, operation: ProactiveOperation): Promise<DeliveryOutcome> {
    let last = 'not attempted';
    let attempts = 0;
    for (let attempt = 1; attempt <= this.policy.maxAttempts; attempt += 1) {
      attempts = attempt;
      await this.gate.acquire(target.tenantId, target.conversationId);
      try {
        if (operation.kind === 'send') {
          const { id } = await this.connector.send(target, operation.activity);
          return { status: 'delivered', attempts: attempt, activityId: id };
        }
        await this.connector.update(target, operation.activityId, operation.activity);
        return { status: 'delivered', attempts: attempt, activityId: operation.activityId };
      } catch (error) {
        if (!(error instanceof ConnectorError)) throw error;
        last = `${error.status}: ${error.message}`;
        if (GONE_STATUS.has(error.status)) return { status: 'gone', attempts: attempt, detail: last };
        if (!isRetryable(error.status) || attempt === this.policy.maxAttempts) break;
        await this.time.sleep(retryDelay(this.policy, attempt, error.retryAfterMs, this.random));
      }
    }
    return { status: 'failed', attempts, detail: last };
  }
}
