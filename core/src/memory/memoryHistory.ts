import type { StatusChange } from '../ideas/idea.js';
import type { StatusHistoryRepository } from '../ports.js';
import { copy, roundTrip } from './twin.js';

export class MemoryHistory implements StatusHistoryRepository {
  private readonly rows: StatusChange[] = [];

  async append(change: StatusChange): Promise<void> {
    await roundTrip();
    const there = this.rows.some(
      (c) => c.tenantId === change.tenantId && c.ideaId === change.ideaId && c.id === change.id,
    );
    if (!there) this.rows.push(copy(change));
  }

  async list(tenantId: string, ideaId: string): Promise<StatusChange[]> {
    await roundTrip();
    return this.rows
      .filter((c) => c.tenantId === tenantId && c.ideaId === ideaId)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map(copy);
  }
}
