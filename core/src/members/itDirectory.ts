import type { Clock } from '../clock.js';
import type { Caller, Role } from '../identity.js';
import type { MemberRepository } from '../ports.js';

export interface ItMemberSeed {
  tenantId: string;
  userId: string;
}

/**
 * Who triages for IT in each tenant. Membership is stored per tenant; the first members come from configuration
 * and are written to storage the first time their tenant is seen by this process.
 */
export class ItDirectory {
  private readonly seeded = new Map<string, Promise<void>>();

  constructor(
    private readonly members: MemberRepository,
    private readonly seeds: readonly ItMemberSeed[],
    private readonly clock: Clock,
  ) {}

  async rolesOf(caller: Caller): Promise<Role[]> {
    await this.ensureSeeded(caller.tenantId);
    return (await this.members.isItMember(caller.tenantId, caller.userId))
      ? ['employee', 'it']
      : ['employee'];
  }

  async addItMember(person: Caller): Promise<void> {
    await this.members.addItMember({ ...person, addedAt: this.clock.now() });
  }

  private ensureSeeded(tenantId: string): Promise<void> {
    let seeding = this.seeded.get(tenantId);
    if (!seeding) {
      const addedAt = this.clock.now();
      const seeds = this.seeds.filter((seed) => seed.tenantId === tenantId);
      seeding = Promise.all(
        seeds.map((seed) => this.members.addItMember({ ...seed, name: seed.userId, addedAt })),
      ).then(() => undefined);
      // A failed seed is tried again on the next request rather than remembered as done.
      seeding.catch(() => this.seeded.delete(tenantId));
      this.seeded.set(tenantId, seeding);
    }
    return seeding;
  }
}
