import { LRUCache } from 'lru-cache';
import type { IdeaRecord } from '../ideas/idea.js';

/**
 * The ordered result of a listing, kept for a few minutes so that walking its pages reads storage once instead of
 * once per page, and so that a person paging through "top" sees each idea exactly once even while votes move the
 * order. A snapshot belongs to one scope (tenant, caller, board, filters, sort); a cursor from another scope, or
 * one whose snapshot has expired or lives on another instance, continues from a fresh read instead.
 */
export interface ListingSnapshot {
  scope: string;
  ideas: IdeaRecord[];
}

export interface ListingSnapshotOptions {
  /** How many ideas all snapshots together may hold. */
  maxIdeas?: number;
  ttlMs?: number;
}

export class ListingSnapshots {
  private readonly cache: LRUCache<string, ListingSnapshot>;

  constructor({ maxIdeas = 100_000, ttlMs = 5 * 60_000 }: ListingSnapshotOptions = {}) {
    this.cache = new LRUCache({
      maxSize: maxIdeas,
      sizeCalculation: (snapshot) => Math.max(1, snapshot.ideas.length),
      ttl: ttlMs,
    });
  }

  keep(id: string, snapshot: ListingSnapshot): void {
    this.cache.set(id, snapshot);
  }

  find(id: string, scope: string): IdeaRecord[] | undefined {
    const snapshot = this.cache.get(id);
    return snapshot?.scope === scope ? snapshot.ideas : undefined;
  }
}
