import type { CardAttachment } from '../cards/adaptiveCard.js';
import { RateGate, realTime, type SharedSlots, type Timekeeper } from './rateGate.js';
import {
  DEFAULT_RETRY_POLICY,
  GONE_STATUS,
  isRetryable,
  retryDelay,
  type RetryPolicy,
} from './retryPolicy.js';

/** Where a proactive message goes: a stored conversation, on the Bot Connector service that serves it. */
export interface ConnectorTarget {
  serviceUrl: string;
  conversationId: string;
  tenantId: string;
}

export interface OutgoingActivity {
  type: 'message';
  text?: string;
  attachments?: CardAttachment[];
  summary?: string;
}

export interface BotConnector {
  /** Posts a new message; answers the id the service gave it. */
  send(target: ConnectorTarget, activity: OutgoingActivity): Promise<{ id: string | null }>;
  /** Replaces a message the bot posted earlier. */
  update(target: ConnectorTarget, activityId: string, activity: OutgoingActivity): Promise<void>;
}

/** An answer from the Bot Connector that was not a success, or no answer at all (`status` 0). */
export class ConnectorError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'ConnectorError';
  }
}

/** Signs requests to the Bot Connector; answers null where no token is used (locally, with no app id). */
export type ConnectorToken = () => Promise<string | null>;

export interface HttpBotConnectorOptions {
  token: ConnectorToken;
  /** The bot's own id, sent as the activity's `from`. */
  botId: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * The Bot Connector REST API for proactive messages, called directly rather than through the SDK's client, which
 * retries throttled requests on its own schedule: here one sender decides when to try again, within the rate limits
 * it keeps (see proactiveSender.ts).
 */
export class HttpBotConnector implements BotConnector {
  private readonly fetch: typeof fetch;

  constructor(private readonly options: HttpBotConnectorOptions) {
    this.fetch = options.fetch ?? fetch;
  }

  async send(target: ConnectorTarget, activity: OutgoingActivity): Promise<{ id: string | null }> {
    const body = await this.call('POST', this.activitiesUrl(target), target, activity);
    const id =
      body && typeof body === 'object' && 'id' in body && typeof body.id === 'string' ? body.id : null;
    return { id };
  }

  async update(target: ConnectorTarget, activityId: string, activity: OutgoingActivity): Promise<void> {
    await this.call('PUT', `${this.activitiesUrl(target)}/${encodeURIComponent(activityId)}`, target, {
      ...activity,
      id: activityId,
    });
  }

  private activitiesUrl(target: ConnectorTarget): string {
    const base = target.serviceUrl.endsWith('/') ? target.serviceUrl : `${target.serviceUrl}/`;
    return `${base}v3/conversations/${encodeURIComponent(target.conversationId)}/activities`;
  }

  private async call(
    method: 'POST' | 'PUT',
    url: string,
    target: ConnectorTarget,
    activity: OutgoingActivity & { id?: string },
  ): Promise<unknown> {
    let token: string | null;
    try {
      token = await this.options.token();
    } catch (error) {
      // No token is no answer: tried again later, like a connector out of reach.
      throw new ConnectorError(0, null, `No token for the Bot Connector: ${(error as Error).message}`);
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const payload = {
      ...activity,
      from: { id: this.options.botId },
      conversation: { id: target.conversationId, tenantId: target.tenantId },
      channelData: { tenant: { id: target.tenantId } },
    };
    let response: Response;
    try {
      response = await this.fetch(url, {
        method,
        headers,
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      });
    } catch (error) {
      throw new ConnectorError(0, null, `No answer from the Bot Connector: ${(error as Error).message}`);
    }
    const text = await response.text();
    if (!response.ok) {
      throw new ConnectorError(
        response.status,
        retryAfterMs(response.headers.get('retry-after')),
        `The Bot Connector answered ${response.status}.`,
      );
    }
    if (!text) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  }
}

/** Retry-After as seconds or an HTTP date, in milliseconds; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1_000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export type ProactiveOperation =
  | { kind: 'send'; activity: OutgoingActivity }
  | { kind: 'update'; activityId: string; activity: OutgoingActivity };

export type DeliveryOutcome =
  | { status: 'delivered'; attempts: number; activityId: string | null }
  | { status: 'gone'; attempts: number; detail: string }
  | { status: 'failed'; attempts: number; detail: string };

export interface ProactiveSenderOptions {
  tenantRatePerSecond: number;
  /**
   * The send slots every process of the bot shares, so Teams' rates hold however many run; without them the rates
   * are kept by this process alone (a single process, or a test of the pacing itself).
   */
  shared?: SharedSlots;
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
    this.gate = new RateGate(options.tenantRatePerSecond, this.time, undefined, options.shared);
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
