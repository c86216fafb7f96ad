import { createHash } from 'node:crypto';
import { ID_PATTERN, type OutboxKey, type PostedCardKey } from '@ideabar/core';

/**
 * Every partition key starts with the tenant id, and every part of a key is held to ID_PATTERN, which excludes the
 * characters Table Storage forbids and the `|` that joins parts. A key can therefore never be made to reach into
 * another tenant's partition, whatever a request carries.
 */
const SEP = '|';

function join(parts: string[]): string {
  for (const part of parts) {
    if (!ID_PATTERN.test(part))
      throw new Error(`Refusing to build a storage key from ${JSON.stringify(part)}.`);
  }
  return parts.join(SEP);
}

export const keys = {
  boards: (tenantId: string) => join([tenantId, 'boards']),
  boardIdeas: (tenantId: string, boardId: string) => join([tenantId, 'board', boardId]),
  ideaRefs: (tenantId: string) => join([tenantId, 'idea-refs']),
  /** One partition per idea for its votes, comments and history: a hot idea only loads itself. */
  idea: (tenantId: string, ideaId: string) => join([tenantId, 'idea', ideaId]),
  voter: (tenantId: string, userId: string) => join([tenantId, 'voter', userId]),
  votedIdea: (boardId: string, ideaId: string) => join([boardId, ideaId]),
  itMembers: (tenantId: string) => join([tenantId, 'it-members']),
  /** The people IdeaBar has met in a tenant, one row each, beside the IT members in the Members table. */
  people: (tenantId: string) => join([tenantId, 'people']),
  cycles: (tenantId: string) => join([tenantId, 'cycles']),
  settings: (tenantId: string) => join([tenantId, 'settings']),
  audit: (tenantId: string) => join([tenantId, 'audit']),
  /** The index of what comes due, one partition per kind across tenants: read only by timers (see TableDue). */
  due: (kind: string) => join(['due', kind]),
  /** A tenant's look-up of where each of its subjects sits in that index. */
  dueOf: (tenantId: string, kind: string) => join([tenantId, 'due', kind]),
  events: (tenantId: string) => join([tenantId, 'events']),
  savedResponses: (tenantId: string, boardId: string) => join([tenantId, 'saved-responses', boardId]),
  rowKey: (id: string) => join([id]),
};

/**
 * The bot's tables' keys. Conversation ids, activity ids and recipients can be long and hold characters Table
 * Storage forbids in keys (`;messageid=`, `/`), so they are hashed into row keys and kept whole as properties.
 */
export const notificationKeys = {
  conversations: (tenantId: string) => join([tenantId, 'conversations']),
  conversation: (key: string) => hashKey(key),
  followers: (tenantId: string, ideaId: string) => keys.idea(tenantId, ideaId),
  outbox: (k: Pick<OutboxKey, 'tenantId' | 'reminder' | 'occurrence'>) =>
    join([k.tenantId, 'outbox', k.reminder, k.occurrence]),
  outboxRecipient: (recipient: string) => hashKey(recipient),
  /** One partition per idea: its cards are read together, and one idea's cards never load another's. */
  postedCards: (tenantId: string, ideaId: string) => keys.idea(tenantId, ideaId),
  postedCard: (k: Pick<PostedCardKey, 'conversationId' | 'activityId'>) =>
    hashKey(JSON.stringify([k.conversationId, k.activityId])),
  /** One partition per tenant for its send-slot ledgers: a conversation's, named by its id, and the tenant's. */
  sendSlots: (tenantId: string) => join([tenantId, 'send-slots']),
  sendSlotLedger: (ledger: string) => hashKey(ledger),
};

const hashKey = (value: string): string => createHash('sha256').update(value).digest('hex');

/** OData filter for the row keys that start with `prefix|`: `|` is followed by `}` in code-point order. */
export const rowKeyPrefixFilter = (partitionKey: string, prefix: string): string =>
  `PartitionKey eq ${quote(partitionKey)} and RowKey gt ${quote(prefix + SEP)} and RowKey lt ${quote(prefix + '}')}`;

export const quote = (value: string): string => `'${value.replace(/'/g, "''")}'`;
