import type { CardAttachment } from '../cards/adaptiveCard.js';

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
    const token = await this.options.token();
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
