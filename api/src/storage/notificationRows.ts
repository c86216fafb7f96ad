import { createHash } from 'node:crypto';
import {
  type ConversationKind,
  type ConversationRecord,
  type OutboxEntry,
  type OutboxKey,
  type OutboxState,
  type PostedCard,
  type PostedCardKey,
} from '@ideabar/core';
import { keys } from './keys.js';
import { date, optionalText, text, type Row } from './rowFields.js';

/**
 * Rows of the bot's tables and back. Conversation ids, activity ids and recipients can be long and hold characters
 * Table Storage forbids in keys (`;messageid=`, `/`), so they are hashed into row keys and kept whole as properties.
 */
const part = (value: string): string => keys.rowKey(value);
export const hashKey = (value: string): string => createHash('sha256').update(value).digest('hex');

export const notificationKeys = {
  conversations: (tenantId: string) => `${part(tenantId)}|conversations`,
  conversation: (key: string) => hashKey(key),
  followers: (tenantId: string, ideaId: string) => keys.idea(tenantId, ideaId),
  outbox: (k: Pick<OutboxKey, 'tenantId' | 'reminder' | 'occurrence'>) =>
    `${part(k.tenantId)}|outbox|${part(k.reminder)}|${part(k.occurrence)}`,
  outboxRecipient: (recipient: string) => hashKey(recipient),
  /** One partition per idea: its cards are read together, and one idea's cards never load another's. */
  postedCards: (tenantId: string, ideaId: string) => keys.idea(tenantId, ideaId),
  postedCard: (k: Pick<PostedCardKey, 'conversationId' | 'activityId'>) =>
    hashKey(JSON.stringify([k.conversationId, k.activityId])),
};

const KINDS: readonly ConversationKind[] = ['personal', 'groupChat', 'channel', 'board'];
const OUTBOX_STATES: readonly OutboxState[] = ['sending', 'sent', 'gone', 'failed'];

export const conversationRow = (record: ConversationRecord): Row => ({
  partitionKey: notificationKeys.conversations(record.tenantId),
  rowKey: notificationKeys.conversation(record.key),
  key: record.key,
  kind: record.kind,
  conversationId: record.conversationId,
  userId: record.userId ?? undefined,
  boardId: record.boardId ?? undefined,
  reference: record.reference,
  name: record.name ?? undefined,
  locale: record.locale,
  updatedAt: record.updatedAt,
});

/**
 * Rows kept before names were have none. Rows a board channel's `digest` command wrote still carry a `digest`
 * property, which nothing reads any more (a board's digest schedule is a board setting) and the next save drops.
 */
export function conversationOf(tenantId: string, row: Row): ConversationRecord {
  const kind = text(row, 'kind') as ConversationKind;
  if (!KINDS.includes(kind)) throw new Error(`Row ${row.rowKey} has an unknown kind.`);
  return {
    tenantId,
    key: text(row, 'key'),
    kind,
    conversationId: text(row, 'conversationId'),
    userId: optionalText(row, 'userId'),
    boardId: optionalText(row, 'boardId'),
    reference: text(row, 'reference'),
    name: optionalText(row, 'name'),
    ...withLocale(optionalText(row, 'locale')),
    updatedAt: date(row, 'updatedAt'),
  };
}

const withLocale = (locale: string | null): { locale?: string } => (locale ? { locale } : {});

/** The tenant is the first part of a conversations partition key. */
export const tenantOfConversationRow = (row: Row): string => row.partitionKey.split('|')[0] ?? '';

export const outboxRow = (entry: OutboxEntry): Row => ({
  partitionKey: notificationKeys.outbox(entry),
  rowKey: notificationKeys.outboxRecipient(entry.recipient),
  recipient: entry.recipient,
  state: entry.state,
  runId: entry.runId,
  leaseUntil: entry.leaseUntil,
  attempts: entry.attempts,
  detail: entry.detail ?? undefined,
  updatedAt: entry.updatedAt,
});

export function outboxOf(k: OutboxKey, row: Row): OutboxEntry {
  const state = text(row, 'state') as OutboxState;
  if (!OUTBOX_STATES.includes(state)) throw new Error(`Row ${row.rowKey} has an unknown state.`);
  const attempts = row.attempts;
  return {
    ...k,
    state,
    runId: text(row, 'runId'),
    leaseUntil: date(row, 'leaseUntil'),
    attempts: typeof attempts === 'number' ? attempts : 0,
    detail: optionalText(row, 'detail'),
    updatedAt: date(row, 'updatedAt'),
  };
}

export const postedCardRow = (card: PostedCard): Row => ({
  partitionKey: notificationKeys.postedCards(card.tenantId, card.ideaId),
  rowKey: notificationKeys.postedCard(card),
  conversationId: card.conversationId,
  activityId: card.activityId,
  reference: card.reference,
  postedAt: card.postedAt,
});

export const postedCardOf = (tenantId: string, ideaId: string, row: Row): PostedCard => ({
  tenantId,
  ideaId,
  conversationId: text(row, 'conversationId'),
  activityId: text(row, 'activityId'),
  reference: text(row, 'reference'),
  postedAt: date(row, 'postedAt'),
});
