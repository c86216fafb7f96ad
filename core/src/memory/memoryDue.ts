import type { DueEntry, DueKind, DueRepository } from '../ports.js';
import { copy, key, roundTrip } from './twin.js';

export class MemoryDue implements DueRepository {
  /** Position → entry, as the index's rows; subject → position, as its look-up rows. */
  private readonly positions = new Map<string, DueEntry>();
  private readonly subjects = new Map<string, string>();

  async set(entry: DueEntry, replacing?: DueEntry): Promise<void> {
    await roundTrip();
    const subject = key(entry.kind, entry.tenantId, entry.subjectId);
    const position = key(
      entry.kind,
      String(entry.dueAt.getTime()).padStart(15, '0'),
      entry.tenantId,
      entry.subjectId,
    );
    this.positions.set(position, copy({ ...entry, position }));
    const old = this.subjects.get(subject);
    this.subjects.set(subject, position);
    if (old !== undefined && old !== position) this.positions.delete(old);
    if (replacing?.position !== undefined && replacing.position !== position)
      this.positions.delete(replacing.position);
  }

  async clear(kind: DueKind, tenantId: string, subjectId: string, replacing?: DueEntry): Promise<void> {
    await roundTrip();
    const subject = key(kind, tenantId, subjectId);
    const old = this.subjects.get(subject);
    if (old !== undefined) this.positions.delete(old);
    this.subjects.delete(subject);
    if (replacing?.position !== undefined) this.positions.delete(replacing.position);
  }

  async listDue(kind: DueKind, at: Date, limit: number): Promise<DueEntry[]> {
    await roundTrip();
    return [...this.positions.values()]
      .filter((entry) => entry.kind === kind && entry.dueAt.getTime() <= at.getTime())
      .sort(
        (a, b) => a.dueAt.getTime() - b.dueAt.getTime() || ((a.position ?? '') < (b.position ?? '') ? -1 : 1),
      )
      .slice(0, limit)
      .map(copy);
  }

  async listTenant(kind: DueKind, tenantId: string): Promise<DueEntry[]> {
    await roundTrip();
    return [...this.subjects.values()]
      .map((position) => this.positions.get(position))
      .filter((entry): entry is DueEntry => entry?.kind === kind && entry.tenantId === tenantId)
      .map(copy);
  }
}
