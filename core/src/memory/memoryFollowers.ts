import type { FollowerRepository } from '../ports.js';
import { key, roundTrip } from './twin.js';

/** Per idea, its followers' user ids. */
export class MemoryFollowers implements FollowerRepository {
  private readonly ideas = new Map<string, Set<string>>();

  async set(tenantId: string, ideaId: string, userId: string, following: boolean): Promise<void> {
    await roundTrip();
    const idea = this.ideas.get(key(tenantId, ideaId)) ?? new Set<string>();
    if (following) idea.add(userId);
    else idea.delete(userId);
    this.ideas.set(key(tenantId, ideaId), idea);
  }

  async has(tenantId: string, ideaId: string, userId: string): Promise<boolean> {
    await roundTrip();
    return this.ideas.get(key(tenantId, ideaId))?.has(userId) ?? false;
  }

  async list(tenantId: string, ideaId: string): Promise<string[]> {
    await roundTrip();
    return [...(this.ideas.get(key(tenantId, ideaId)) ?? [])].sort();
  }
}
