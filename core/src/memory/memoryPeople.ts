import type { KnownPerson } from '../people/knownPerson.js';
import type { PeopleRepository } from '../ports.js';
import { copy, key, roundTrip } from './twin.js';

export class MemoryPeople implements PeopleRepository {
  private readonly rows = new Map<string, KnownPerson>();

  async remember(person: KnownPerson): Promise<void> {
    await roundTrip();
    this.rows.set(key(person.tenantId, person.userId), copy(person));
  }

  async find(tenantId: string, userId: string): Promise<KnownPerson | undefined> {
    await roundTrip();
    const person = this.rows.get(key(tenantId, userId));
    return person && copy(person);
  }

  async list(tenantId: string): Promise<KnownPerson[]> {
    await roundTrip();
    return [...this.rows.values()].filter((person) => person.tenantId === tenantId).map(copy);
  }
}
