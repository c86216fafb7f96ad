import type { ConversationRecord } from '../notifications/conversation.js';
import { claimable, type OutboxClaim, type OutboxEntry, type OutboxKey } from '../notifications/outbox.js';
import {
  newestFirst,
  POSTED_CARDS_KEPT,
  type PostedCard,
  type PostedCardKey,
} from '../notifications/postedCard.js';
import type {
  ConversationRepository,
  FollowerRepository,
  NotificationRepositories,
  OutboxRepository,
  PostedCardRepository,
} from '../ports.js';

/** The in-memory twin of the bot's Table Storage repositories; it passes the same contract tests. */
export function memoryNotifications(): NotificationRepositories {
  return {
    conversations: new MemoryConversations(),
    followers: new MemoryFollowers(),
    outbox: new MemoryOutbox(),
    postedCards: new MemoryPostedCards(),
  };
}

const copy = <T>(value: T): T => structuredClone(value);
const key = (...parts: string[]): string => JSON.stringify(parts);
const roundTrip = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

class MemoryConversations implements ConversationRepository {
  private readonly rows = new Map<string, ConversationRecord>();

  async save(record: ConversationRecord): Promise<'created' | 'updated'> {
    await roundTrip();
    const id = key(record.tenantId, record.key);
    const existed = this.rows.has(id);
    this.rows.set(id, copy(record));
    return existed ? 'updated' : 'created';
  }

  async find(tenantId: string, conversationKey: string): Promise<ConversationRecord | undefined> {
    await roundTrip();
    const row = this.rows.get(key(tenantId, conversationKey));
    return row && copy(row);
  }

  async remove(tenantId: string, conversationKey: string): Promise<void> {
    await roundTrip();
    this.rows.delete(key(tenantId, conversationKey));
  }

  async listForBoard(tenantId: string, boardId: string): Promise<ConversationRecord[]> {
    await roundTrip();
    return [...this.rows.values()]
      .filter((row) => row.tenantId === tenantId && row.boardId === boardId)
      .map(copy);
  }

  async listBoardChannels(): Promise<ConversationRecord[]> {
    await roundTrip();
    return [...this.rows.values()].filter((row) => row.kind === 'board').map(copy);
  }
}

class MemoryFollowers implements FollowerRepository {
  private readonly rows = new Set<string>();

  async set(tenantId: string, ideaId: string, userId: string, following: boolean): Promise<void> {
    await roundTrip();
    if (following) this.rows.add(key(tenantId, ideaId, userId));
    else this.rows.delete(key(tenantId, ideaId, userId));
  }

  async has(tenantId: string, ideaId: string, userId: string): Promise<boolean> {
    await roundTrip();
    return this.rows.has(key(tenantId, ideaId, userId));
  }

  async list(tenantId: string, ideaId: string): Promise<string[]> {
    await roundTrip();
    return [...this.rows]
      .map((row) => JSON.parse(row) as [string, string, string])
      .filter(([t, i]) => t === tenantId && i === ideaId)
      .map(([, , userId]) => userId)
      .sort();
  }
}

class MemoryOutbox implements OutboxRepository {
  private readonly rows = new Map<string, OutboxEntry>();

  private id(k: OutboxKey): string {
    return key(k.tenantId, k.reminder, k.occurrence, k.recipient);
  }

  async claim(k: OutboxKey, runId: string, now: Date, leaseUntil: Date): Promise<OutboxClaim> {
    await roundTrip();
    const existing = this.rows.get(this.id(k));
    if (existing && !claimable(existing, now)) return { claimed: false, state: existing.state };
    const entry: OutboxEntry = {
      tenantId: k.tenantId,
      reminder: k.reminder,
      occurrence: k.occurrence,
      recipient: k.recipient,
      state: 'sending',
      runId,
      leaseUntil,
      attempts: existing?.attempts ?? 0,
      detail: existing?.detail ?? null,
      updatedAt: now,
    };
    this.rows.set(this.id(k), entry);
    return { claimed: true, entry: copy(entry) };
  }

  async settle(
    k: OutboxKey,
    runId: string,
    outcome: { state: 'sent' | 'gone' | 'failed'; attempts: number; detail: string | null; at: Date },
  ): Promise<boolean> {
    await roundTrip();
    const existing = this.rows.get(this.id(k));
    if (!existing || existing.state !== 'sending' || existing.runId !== runId) return false;
    this.rows.set(this.id(k), {
      ...existing,
      state: outcome.state,
      attempts: outcome.attempts,
      detail: outcome.detail,
      updatedAt: outcome.at,
    });
    return true;
  }

  async find(k: OutboxKey): Promise<OutboxEntry | undefined> {
    await roundTrip();
    const row = this.rows.get(this.id(k));
    return row && copy(row);
  }
}

class MemoryPostedCards implements PostedCardRepository {
  /** Per idea, by message. */
  private readonly ideas = new Map<string, Map<string, PostedCard>>();

  async record(card: PostedCard): Promise<void> {
    await roundTrip();
    const idea = this.ideas.get(key(card.tenantId, card.ideaId)) ?? new Map<string, PostedCard>();
    idea.set(key(card.conversationId, card.activityId), copy(card));
    const dropped = [...idea.values()].sort(newestFirst).slice(POSTED_CARDS_KEPT);
    for (const old of dropped) idea.delete(key(old.conversationId, old.activityId));
    this.ideas.set(key(card.tenantId, card.ideaId), idea);
  }

  async list(tenantId: string, ideaId: string): Promise<PostedCard[]> {
    await roundTrip();
    const idea = this.ideas.get(key(tenantId, ideaId));
    return [...(idea?.values() ?? [])].sort(newestFirst).slice(0, POSTED_CARDS_KEPT).map(copy);
  }

  async remove(k: PostedCardKey): Promise<void> {
    await roundTrip();
    this.ideas.get(key(k.tenantId, k.ideaId))?.delete(key(k.conversationId, k.activityId));
  }
}
