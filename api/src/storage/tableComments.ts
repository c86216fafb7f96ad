import type { TableClient } from '@azure/data-tables';
import type { Comment, CommentRepository, Page } from '@ideabar/core';
import { keys, quote } from './keys.js';
import { date, text, type Row } from './rowFields.js';
import { storageCall, unlessMissing, writeOnce } from './tables.js';

/** Comments sit in their idea's partition under time-ordered ids, so storage returns them oldest first. */
export class TableComments implements CommentRepository {
  constructor(private readonly table: TableClient) {}

  async add(comment: Comment): Promise<void> {
    const row = commentRow(comment);
    await writeOnce(
      row,
      () => this.table.createEntity(row),
      () => unlessMissing(() => this.table.getEntity<Row>(row.partitionKey, row.rowKey)),
    );
  }

  async find(tenantId: string, ideaId: string, commentId: string): Promise<Comment | undefined> {
    const row = await unlessMissing(() =>
      this.table.getEntity<Row>(keys.idea(tenantId, ideaId), keys.rowKey(commentId)),
    );
    return row && commentOf(tenantId, ideaId, row);
  }

  list(
    tenantId: string,
    ideaId: string,
    { after, limit }: { after: string | null; limit: number },
  ): Promise<Page<Comment>> {
    return storageCall(async () => {
      let filter = `PartitionKey eq ${quote(keys.idea(tenantId, ideaId))}`;
      if (after !== null) filter += ` and RowKey gt ${quote(keys.rowKey(after))}`;
      // One more than asked for tells whether another page exists. Storage may return short or even empty pages
      // with a continuation token, so keep reading until there are enough rows or no token.
      const wanted = limit + 1;
      const rows: Row[] = [];
      const pages = this.table
        .listEntities<Row>({ queryOptions: { filter } })
        .byPage({ maxPageSize: wanted });
      for await (const page of pages) {
        rows.push(...page);
        if (rows.length >= wanted) break;
      }
      const items = rows.slice(0, limit).map((row) => commentOf(tenantId, ideaId, row));
      return { items, next: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
    });
  }

  count(tenantId: string, ideaId: string): Promise<number> {
    return storageCall(async () => {
      const filter = `PartitionKey eq ${quote(keys.idea(tenantId, ideaId))}`;
      let count = 0;
      for await (const page of this.table
        .listEntities<Row>({ queryOptions: { filter, select: ['RowKey'] } })
        .byPage({ maxPageSize: 1_000 })) {
        count += page.length;
      }
      return count;
    });
  }
}

const commentRow = (comment: Comment): Row => ({
  partitionKey: keys.idea(comment.tenantId, comment.ideaId),
  rowKey: keys.rowKey(comment.id),
  authorId: comment.author.id,
  authorName: comment.author.name,
  text: comment.text,
  createdAt: comment.createdAt,
});

const commentOf = (tenantId: string, ideaId: string, row: Row): Comment => ({
  tenantId,
  ideaId,
  id: row.rowKey,
  author: { id: text(row, 'authorId'), name: text(row, 'authorName') },
  text: text(row, 'text'),
  createdAt: date(row, 'createdAt'),
});
