import {
  newestFirst,
  POSTED_CARDS_KEPT,
  type PostedCard,
  type PostedCardKey,
} from '../notifications/postedCard.js';
import type { PostedCardRepository } from '../ports.js';
import { copy, key, roundTrip } from './twin.js';

export class MemoryPostedCards implements PostedCardRepository {
  /** Per idea, by message. */
  private readonly ideas = new Map<string, Map<string, PostedCard>>();

  async record(card: PostedCard): Promise<void> {
    await roundTrip();
    const idea = this.ideas.get(key(card.tenantId, card.ideaId)) ?? new Map<string, PostedCard>();
    idea.set(key(card.conversationId, card.activityId), copy(card));
    const dropped = [...idea.values()].sort(newestFirst).slice(POSTED_CARDS_KEPT);
    for (const old of dropped) idea.delete(key(old.conversationId, old.activityId));
    this.ideas.set(key(card.tenantId, card.ideaId), idea);
  }

  async list(tenantId: string, ideaId: string): Promise<PostedCard[]> {
    await roundTrip();
    const idea = this.ideas.get(key(tenantId, ideaId));
    return [...(idea?.values() ?? [])].sort(newestFirst).slice(0, POSTED_CARDS_KEPT).map(copy);
  }

  async remove(k: PostedCardKey): Promise<void> {
    await roundTrip();
    this.ideas.get(key(k.tenantId, k.ideaId))?.delete(key(k.conversationId, k.activityId));
  }
}
