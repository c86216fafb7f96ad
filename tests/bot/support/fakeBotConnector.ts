import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeEntra } from './fakeEntra.js';
import { CONVERSATION_WINDOWS } from '../../../bot/src/outbox/rateGate.js';

export interface FakeConnectorOptions {
  /** Accepted operations per tenant in any one-second window. */
  tenantLimitPerSecond: number;
  /** The chance that a request fails with a gateway error (502 or 504) before it is delivered. */
  failureRate?: number;
  /** Seconds in the Retry-After of a 429. */
  retryAfterSeconds?: number;
  /**
   * The tenant's one-second window is already full when its first request arrives (others sent just before), so
   * every request of its first second meets a 429, however slowly this machine sends.
   */
  fullWindowAtFirstRequest?: boolean;
  /** Conversations whose bot was removed (403) or that no longer exist (404). */
  gone?: Map<string, 403 | 404>;
  random?: () => number;
  /** When given, every request must carry a token this Entra issued for the Bot Connector, not expired (else 401). */
  entra?: FakeEntra;
}

export interface Delivery {
  conversationId: string;
  tenantId: string;
  activityId: string;
  summary: string | null;
  /** The first attachment's content: the card, for messages that carry one. */
  card: unknown;
  at: number;
}

const MAX_ACTIVITY_BYTES = 100 * 1024;
const MAX_CARD_BYTES = 28 * 1024;

/**
 * A strict stand-in for the Bot Connector's proactive API on loopback. It enforces Teams' per-conversation limits
 * and a per-tenant limit (429 with Retry-After), fails a share of requests at random with 502/504, answers 403/404
 * for gone conversations, refuses malformed or oversized activities, and records every delivery. It gives messages
 * ids as Teams does (a channel's or group chat's a number, a personal chat's `1:…`), and edits only messages it
 * posted and nobody deleted: anything else is 404, as in Teams.
 */
export class FakeBotConnector {
  readonly deliveries: Delivery[] = [];
  readonly edits: Delivery[] = [];
  readonly counts = { requests: 0, throttled: 0, failed: 0, gone: 0, refused: 0 };
  /** When each 429 was answered and when that conversation's next request came, for Retry-After checks. */
  readonly throttledAt = new Map<string, number[]>();
  readonly requestsAt = new Map<string, number[]>();
  private readonly accepted = new Map<string, number[]>();
  private readonly tenantAccepted = new Map<string, number[]>();
  private readonly tenantFirstRequest = new Map<string, number>();
  private server: Server | undefined;
  private nextId = 1;
  /** Messages that exist, by channel (a thread's id names its channel) and activity id. */
  private readonly messages = new Set<string>();

  constructor(private readonly options: FakeConnectorOptions) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        response.writeHead(500);
        response.end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Someone deletes a message in Teams: from now on, edits of it answer 404. */
  deleteMessage(conversationId: string, activityId: string): void {
    this.messages.delete(messageKey(conversationId, activityId));
  }

  /** Edits of one message, in order. */
  editsOf(activityId: string): Delivery[] {
    return this.edits.filter((edit) => edit.activityId === activityId);
  }

  /** How many messages each conversation got. */
  deliveredPerConversation(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const delivery of this.deliveries)
      counts.set(delivery.conversationId, (counts.get(delivery.conversationId) ?? 0) + 1);
    return counts;
  }

  /** The most operations accepted for one tenant in any one-second window. */
  peakTenantRate(tenantId: string): number {
    const times = this.tenantAccepted.get(tenantId) ?? [];
    let peak = 0;
    let start = 0;
    for (let end = 0; end < times.length; end += 1) {
      while ((times[end] as number) - (times[start] as number) >= 1_000) start += 1;
      peak = Math.max(peak, end - start + 1);
    }
    return peak;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const arrivedAt = performance.timeOrigin + performance.now();
    this.counts.requests += 1;
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(request.url ?? '');
    const isEdit = request.method === 'PUT';
    if (!match || (request.method !== 'POST' && !isEdit) || (isEdit && !match[2]))
      return this.refuse(response, 404, 'no such API');
    const tokenProblem = this.options.entra?.problemWith(request.headers.authorization);
    if (tokenProblem) return this.refuse(response, 401, tokenProblem);
    const conversationId = decodeURIComponent(match[1] as string);
    this.requestsAt.set(conversationId, [...(this.requestsAt.get(conversationId) ?? []), arrivedAt]);
    const body = await readBody(request);
    if (body.length > MAX_ACTIVITY_BYTES) return this.refuse(response, 413, 'activity too large');
    let activity: {
      type?: string;
      conversation?: { id?: string; tenantId?: string };
      channelData?: { tenant?: { id?: string } };
      attachments?: { contentType?: string; content?: unknown }[];
      summary?: string;
    };
    try {
      activity = JSON.parse(body.toString()) as typeof activity;
    } catch {
      return this.refuse(response, 400, 'not JSON');
    }
    // Teams reads the tenant from the conversation or from channelData; one of them must name it.
    const tenantId = activity.conversation?.tenantId ?? activity.channelData?.tenant?.id;
    if (activity.type !== 'message' || activity.conversation?.id !== conversationId || !tenantId) {
      return this.refuse(response, 400, 'malformed activity');
    }
    for (const attachment of activity.attachments ?? []) {
      if (Buffer.byteLength(JSON.stringify(attachment.content)) > MAX_CARD_BYTES) {
        return this.refuse(response, 400, 'card over 28 KB');
      }
    }
    const gone = this.options.gone?.get(conversationId);
    if (gone) {
      this.counts.gone += 1;
      response.writeHead(gone, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          error: { code: gone === 403 ? 'BotNotInConversationRoster' : 'ConversationNotFound' },
        }),
      );
      return;
    }
    // Limits count what Teams accepted by the time it decides, after reading the body: a time taken on arrival would
    // let a request that waited on its body land behind a later one, out of order, and the windows below (which
    // read their times in order) would then miscount under load.
    const decidedAt = performance.timeOrigin + performance.now();
    const editedId = isEdit ? decodeURIComponent(match[2] as string) : null;
    if (editedId !== null && !this.messages.has(messageKey(conversationId, editedId))) {
      this.counts.gone += 1;
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { code: 'NotFound', message: 'Message not found' } }));
      return;
    }
    if (this.overLimit(conversationId, tenantId, decidedAt)) {
      this.counts.throttled += 1;
      this.throttledAt.set(conversationId, [...(this.throttledAt.get(conversationId) ?? []), decidedAt]);
      response.writeHead(429, { 'retry-after': String(this.options.retryAfterSeconds ?? 1) });
      response.end(JSON.stringify({ error: { code: 'Throttled' } }));
      return;
    }
    const random = this.options.random ?? Math.random;
    if (random() < (this.options.failureRate ?? 0)) {
      this.counts.failed += 1;
      response.writeHead(random() < 0.5 ? 502 : 504);
      response.end();
      return;
    }
    this.accepted.set(conversationId, [...(this.accepted.get(conversationId) ?? []), decidedAt]);
    const tenantTimes = this.tenantAccepted.get(tenantId) ?? [];
    tenantTimes.push(decidedAt);
    this.tenantAccepted.set(tenantId, tenantTimes);
    const activityId = editedId ?? this.newActivityId(conversationId);
    this.messages.add(messageKey(conversationId, activityId));
    const delivery = {
      conversationId,
      tenantId,
      activityId,
      summary: activity.summary ?? null,
      card: activity.attachments?.[0]?.content ?? null,
      at: decidedAt,
    };
    (isEdit ? this.edits : this.deliveries).push(delivery);
    response.writeHead(isEdit ? 200 : 201, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ id: activityId }));
  }

  /** A channel's or group chat's messages are numbered by time; a personal chat's carry `1:` and letters. */
  private newActivityId(conversationId: string): string {
    const n = this.nextId++;
    return conversationId.startsWith('19:')
      ? String(1_732_000_000_000 + n)
      : `1:1${n.toString(36).padStart(6, '0')}vKq-Bz`;
  }

  private overLimit(conversationId: string, tenantId: string, now: number): boolean {
    const times = this.accepted.get(conversationId) ?? [];
    for (const { limit, ms } of CONVERSATION_WINDOWS) {
      if (times.filter((at) => now - at < ms).length >= limit) return true;
    }
    if (this.options.fullWindowAtFirstRequest) {
      const first = this.tenantFirstRequest.get(tenantId) ?? now;
      this.tenantFirstRequest.set(tenantId, first);
      if (now - first < 1_000) return true;
    }
    const tenantTimes = this.tenantAccepted.get(tenantId) ?? [];
    let inLastSecond = 0;
    for (let i = tenantTimes.length - 1; i >= 0 && now - (tenantTimes[i] as number) < 1_000; i -= 1)
      inLastSecond += 1;
    return inLastSecond >= this.options.tenantLimitPerSecond;
  }

  private refuse(response: ServerResponse, status: number, why: string): void {
    this.counts.refused += 1;
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: { code: 'BadRequest', message: why } }));
  }
}

const messageKey = (conversationId: string, activityId: string): string =>
  `${conversationId.split(';')[0]}|${activityId}`;

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
