import type { Comment } from '../comments/comment.js';
import type { CommentRepository, Page } from '../ports.js';
import { copy, roundTrip } from './twin.js';

export class MemoryComments implements CommentRepository {
  private readonly rows: Comment[] = [];

  async add(comment: Comment): Promise<void> {
    await roundTrip();
    this.rows.push(copy(comment));
  }

  async find(tenantId: string, ideaId: string, commentId: string): Promise<Comment | undefined> {
    await roundTrip();
    const found = this.ofIdea(tenantId, ideaId).find((comment) => comment.id === commentId);
    return found && copy(found);
  }

  async list(
    tenantId: string,
    ideaId: string,
    { after, limit }: { after: string | null; limit: number },
  ): Promise<Page<Comment>> {
    await roundTrip();
    const all = this.ofIdea(tenantId, ideaId).filter((c) => after === null || c.id > after);
    const items = all.slice(0, limit).map(copy);
    return { items, next: all.length > limit ? (items.at(-1)?.id ?? null) : null };
  }

  async count(tenantId: string, ideaId: string): Promise<number> {
    await roundTrip();
    return this.ofIdea(tenantId, ideaId).length;
  }

  private ofIdea(tenantId: string, ideaId: string): Comment[] {
    return this.rows
      .filter((c) => c.tenantId === tenantId && c.ideaId === ideaId)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
