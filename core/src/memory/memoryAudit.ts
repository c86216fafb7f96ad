import type { AuditRepository } from '../ports.js';
import type { AuditEntry } from '../settings/tenantSettings.js';
import { copy, roundTrip } from './twin.js';

export class MemoryAudit implements AuditRepository {
  private readonly rows: AuditEntry[] = [];

  async append(entry: AuditEntry): Promise<void> {
    await roundTrip();
    this.rows.push(copy(entry));
  }

  async list(tenantId: string, limit: number): Promise<AuditEntry[]> {
    await roundTrip();
    return this.rows
      .filter((entry) => entry.tenantId === tenantId)
      .sort((a, b) => (a.id < b.id ? 1 : -1))
      .slice(0, limit)
      .map(copy);
  }
}
