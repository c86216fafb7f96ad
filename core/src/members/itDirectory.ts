import type { Clock } from '../clock.js';
import type { Caller, Role } from '../identity.js';
import type { MemberRepository, SettingsRepository } from '../ports.js';
import { StaleVersionError } from '../errors.js';
import { defaultSettings } from '../settings/tenantSettings.js';

export interface ItMemberSeed {
  tenantId: string;
  userId: string;
}

/**
 * Who triages for IT in each tenant. Membership is stored per tenant; the first members come from configuration
 * and are written once per tenant (the tenant's settings remember it), so a member IT later removes stays removed.
 */
export class ItDirectory {
  private readonly seeded = new Map<string, Promise<void>>();

  constructor(
    private readonly members: MemberRepository,
    private readonly settings: SettingsRepository,
    private readonly seeds: readonly ItMemberSeed[],
    private readonly clock: Clock,
    private readonly defaultSlaBusinessDays: number,
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
      seeding = this.seed(tenantId);
      // A failed seed is tried again on the next request rather than remembered as done.
      seeding.catch(() => this.seeded.delete(tenantId));
      this.seeded.set(tenantId, seeding);
    }
    return seeding;
  }

  private async seed(tenantId: string): Promise<void> {
    const seeds = this.seeds.filter((seed) => seed.tenantId === tenantId);
    if (seeds.length === 0) return;
    const found = await this.settings.find(tenantId);
    if (found?.value.itMembersSeeded) return;
    const addedAt = this.clock.now();
    await Promise.all(seeds.map((seed) => this.members.addItMember({ ...seed, name: seed.userId, addedAt })));
    const settings = found?.value ?? defaultSettings(tenantId, this.defaultSlaBusinessDays);
    try {
      await this.settings.save({ ...settings, itMembersSeeded: true }, found?.version ?? null);
    } catch (error) {
      // Another instance recorded the seeding (or a change) first: the members are written either way.
      if (!(error instanceof StaleVersionError)) throw error;
    }
  }
}
