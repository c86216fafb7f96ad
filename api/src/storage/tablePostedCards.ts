import type { TableClient } from '@azure/data-tables';
import {
  newestFirst,
  POSTED_CARDS_KEPT,
  type PostedCard,
  type PostedCardKey,
  type PostedCardRepository,
} from '@ideabar/core';
import { notificationKeys, quote } from './keys.js';
import { date, text, type Row } from './rowFields.js';
import { storageCall, unlessMissing } from './tables.js';

/**
 * One partition per idea, one row per message (its key a hash of conversation and activity id, so recording a
 * message again replaces it). A partition holds a few more rows than are kept only while two records race; each
 * record lets the oldest beyond the limit go, and reads answer the newest only.
 */
export class TablePostedCards implements PostedCardRepository {
  constructor(private readonly table: TableClient) {}

  async record(card: PostedCard): Promise<void> {
    await storageCall(() => this.table.upsertEntity(postedCardRow(card), 'Replace'));
    const all = await this.all(card.tenantId, card.ideaId);
    await Promise.all(all.slice(POSTED_CARDS_KEPT).map((old) => this.remove(old)));
  }

  async list(tenantId: string, ideaId: string): Promise<PostedCard[]> {
    return (await this.all(tenantId, ideaId)).slice(0, POSTED_CARDS_KEPT);
  }

  async remove(key: PostedCardKey): Promise<void> {
    await unlessMissing(() =>
      this.table.deleteEntity(
        notificationKeys.postedCards(key.tenantId, key.ideaId),
        notificationKeys.postedCard(key),
      ),
    );
  }

  private all(tenantId: string, ideaId: string): Promise<PostedCard[]> {
    return storageCall(async () => {
      const filter = `PartitionKey eq ${quote(notificationKeys.postedCards(tenantId, ideaId))}`;
      const cards: PostedCard[] = [];
      for await (const row of this.table.listEntities<Row>({ queryOptions: { filter } })) {
        cards.push(postedCardOf(tenantId, ideaId, row));
      }
      return cards.sort(newestFirst);
    });
  }
}

const postedCardRow = (card: PostedCard): Row => ({
  partitionKey: notificationKeys.postedCards(card.tenantId, card.ideaId),
  rowKey: notificationKeys.postedCard(card),
  conversationId: card.conversationId,
  activityId: card.activityId,
  reference: card.reference,
  postedAt: card.postedAt,
});

const postedCardOf = (tenantId: string, ideaId: string, row: Row): PostedCard => ({
  tenantId,
  ideaId,
  conversationId: text(row, 'conversationId'),
  activityId: text(row, 'activityId'),
  reference: text(row, 'reference'),
  postedAt: date(row, 'postedAt'),
});
