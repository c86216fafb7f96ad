import { LRUCache } from 'lru-cache';
import type { IdeaRecord } from '../ideas/idea.js';

/**
 * What a listing keeps between its pages, so that walking a board reads storage once rather than once per page,
 * and so that someone paging through "top" sees each idea exactly once even while votes move the order.
 *
 * Two parts, to keep memory flat however many people page at once:
 * - per board, the ideas of its latest read, shared by every listing of that board;
 * - per listing, only the order: the ids as they ranked on its first page, for one scope (tenant, caller, board,
 *   filters, sort).
 * A cursor whose order is gone (expired, evicted, or on another instance) continues from a fresh read instead.
 */
export interface ListingSnapshotOptions {
  /** Roughly how many bytes of ideas all boards together may hold. */
  maxBoardBytes?: number;
  /** How many ids all orders together may hold. */
  maxOrderIds?: number;
  ttlMs?: number;
}

interface Order {
  scope: string;
  board: string;
  ids: string[];
  /** The caller's votes as the first page read them (the tab shows later votes of its own at once). */
  voted: Set<string>;
}

/** A kept listing: its ideas in order, and the caller's votes among them. */
export interface KeptListing {
  ideas: IdeaRecord[];
  voted: Set<string>;
}

export class ListingSnapshots {
  private readonly boards: LRUCache<string, Map<string, IdeaRecord>>;
  private readonly orders: LRUCache<string, Order>;

  constructor({
    maxBoardBytes = 64 * 1024 * 1024,
    maxOrderIds = 1_000_000,
    ttlMs = 5 * 60_000,
  }: ListingSnapshotOptions = {}) {
    this.boards = new LRUCache({ maxSize: maxBoardBytes, sizeCalculation: boardBytes, ttl: ttlMs });
    this.orders = new LRUCache({
      maxSize: maxOrderIds,
      sizeCalculation: (order) => Math.max(1, order.ids.length),
      ttl: ttlMs,
    });
  }

  /** Keeps the board as just read, and the order of one listing over it. */
  keep(
    id: string,
    snapshot: { scope: string; board: string; read: IdeaRecord[]; ordered: IdeaRecord[]; voted: Set<string> },
  ): void {
    this.boards.set(snapshot.board, new Map(snapshot.read.map((idea) => [idea.id, idea])));
    this.orders.set(id, {
      scope: snapshot.scope,
      board: snapshot.board,
      ids: snapshot.ordered.map((idea) => idea.id),
      voted: snapshot.voted,
    });
  }

  /**
   * The ideas of a kept listing, in its order, each as of the board's latest read; undefined when the listing or its
   * board is no longer kept, or belongs to another scope.
   */
  find(id: string, scope: string): KeptListing | undefined {
    const order = this.orders.get(id);
    if (order?.scope !== scope) return undefined;
    const board = this.boards.get(order.board);
    if (!board) return undefined;
    const ideas: IdeaRecord[] = [];
    for (const ideaId of order.ids) {
      const idea = board.get(ideaId);
      if (!idea) return undefined;
      ideas.push(idea);
    }
    return { ideas, voted: order.voted };
  }
}

/** An estimate, good enough to bound memory: UTF-16 text plus a fixed allowance for the rest of a record. */
function boardBytes(board: Map<string, IdeaRecord>): number {
  let bytes = 1;
  for (const idea of board.values()) {
    bytes += 400 + 2 * (idea.title.length + idea.description.length + (idea.category?.length ?? 0));
    for (const tag of idea.tags) bytes += 2 * tag.length + 40;
  }
  return bytes;
}
