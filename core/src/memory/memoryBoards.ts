import type { Board } from '../boards/board.js';
import { StaleVersionError } from '../errors.js';
import type { BoardRepository, Versioned } from '../ports.js';
import { copy, key, roundTrip } from './twin.js';

export class MemoryBoards implements BoardRepository {
  private readonly rows = new Map<string, Board>();
  private readonly versions = new Map<string, number>();

  async find(tenantId: string, boardId: string): Promise<Board | undefined> {
    await roundTrip();
    const board = this.rows.get(key(tenantId, boardId));
    return board && copy(board);
  }

  async list(tenantId: string): Promise<Board[]> {
    await roundTrip();
    return [...this.rows.values()].filter((board) => board.tenantId === tenantId).map(copy);
  }

  async findVersioned(tenantId: string, boardId: string): Promise<Versioned<Board> | undefined> {
    await roundTrip();
    const board = this.rows.get(key(tenantId, boardId));
    return board && { value: copy(board), version: String(this.versions.get(key(tenantId, boardId)) ?? 0) };
  }

  async save(board: Board, version: string): Promise<void> {
    await roundTrip();
    const id = key(board.tenantId, board.id);
    const current = this.versions.get(id) ?? 0;
    if (!this.rows.has(id) || String(current) !== version) throw new StaleVersionError();
    this.rows.set(id, copy(board));
    this.versions.set(id, current + 1);
  }

  async createIfMissing(board: Board): Promise<{ board: Board; created: boolean }> {
    await roundTrip();
    const id = key(board.tenantId, board.id);
    const created = !this.rows.has(id);
    if (created) this.rows.set(id, copy(board));
    return { board: copy(this.rows.get(id) as Board), created };
  }
}
