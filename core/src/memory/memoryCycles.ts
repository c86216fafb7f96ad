import type { Cycle } from '../cycles/cycle.js';
import { StaleVersionError } from '../errors.js';
import type { CycleRepository, Versioned } from '../ports.js';
import { copy, key, roundTrip } from './twin.js';

export class MemoryCycles implements CycleRepository {
  private readonly rows = new Map<string, Cycle>();
  private readonly boardVersions = new Map<string, number>();

  async listBoard(tenantId: string, boardId: string): Promise<Versioned<Cycle[]>> {
    await roundTrip();
    const cycles = [...this.rows.values()].filter((c) => c.tenantId === tenantId && c.boardId === boardId);
    return { value: cycles.map(copy), version: String(this.boardVersions.get(key(tenantId, boardId)) ?? 0) };
  }

  async create(cycle: Cycle, boardVersion: string): Promise<void> {
    await roundTrip();
    const id = key(cycle.tenantId, cycle.id);
    const board = key(cycle.tenantId, cycle.boardId);
    const current = this.boardVersions.get(board) ?? 0;
    if (String(current) !== boardVersion) throw new StaleVersionError();
    if (this.rows.has(id)) throw new Error(`Cycle ${cycle.id} exists already.`);
    this.rows.set(id, copy(cycle));
    this.boardVersions.set(board, current + 1);
  }

  async find(tenantId: string, cycleId: string): Promise<Cycle | undefined> {
    await roundTrip();
    const cycle = this.rows.get(key(tenantId, cycleId));
    return cycle && copy(cycle);
  }

  async list(tenantId: string): Promise<Cycle[]> {
    await roundTrip();
    return [...this.rows.values()].filter((cycle) => cycle.tenantId === tenantId).map(copy);
  }

  async listClosingSince(since: Date): Promise<Cycle[]> {
    await roundTrip();
    return [...this.rows.values()].filter((cycle) => cycle.votingClosesAt >= since).map(copy);
  }
}
