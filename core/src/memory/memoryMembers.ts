import { StaleVersionError } from '../errors.js';
import type { ItMember, MemberRepository, Versioned } from '../ports.js';
import { copy, key, roundTrip } from './twin.js';

export class MemoryMembers implements MemberRepository {
  private readonly rows = new Map<string, ItMember>();
  private readonly versions = new Map<string, number>();

  async isItMember(tenantId: string, userId: string): Promise<boolean> {
    await roundTrip();
    return this.rows.has(key(tenantId, userId));
  }

  async addItMember(member: ItMember): Promise<'added' | 'unchanged'> {
    await roundTrip();
    const id = key(member.tenantId, member.userId);
    if (this.rows.has(id)) return 'unchanged';
    this.rows.set(id, copy(member));
    return 'added';
  }

  async removeItMember(tenantId: string, userId: string, version: string): Promise<void> {
    await roundTrip();
    const current = this.versions.get(tenantId) ?? 0;
    if (String(current) !== version || !this.rows.has(key(tenantId, userId))) throw new StaleVersionError();
    this.rows.delete(key(tenantId, userId));
    this.versions.set(tenantId, current + 1);
  }

  async listItMembers(tenantId: string): Promise<ItMember[]> {
    await roundTrip();
    return [...this.rows.values()].filter((m) => m.tenantId === tenantId).map(copy);
  }

  async listItMembersVersioned(tenantId: string): Promise<Versioned<ItMember[]>> {
    await roundTrip();
    const members = [...this.rows.values()].filter((m) => m.tenantId === tenantId).map(copy);
    return { value: members, version: String(this.versions.get(tenantId) ?? 0) };
  }
}
