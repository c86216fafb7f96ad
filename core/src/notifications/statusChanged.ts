import type { IdeaBarContext } from '../context.js';
import type { FollowerRepository } from '../ports.js';
import type { StatusChangedEvent } from './ideaEvents.js';

export type { IdeaEvents, StatusChangedEvent } from './ideaEvents.js';

/**
 * Who hears about a status change: the author, and people who voted for the idea (for a duplicate: it or the idea
 * it was merged into) and asked to follow it. Never the person who made the change, and nobody twice.
 */
export async function statusChangeAudience(
  ctx: IdeaBarContext,
  followers: FollowerRepository,
  event: StatusChangedEvent,
): Promise<string[]> {
  const found = await ctx.repos.ideas.find(event.tenantId, event.ideaId);
  if (!found) return [];
  const following = await followers.list(event.tenantId, event.ideaId);
  // A merge moves the duplicate's votes into the idea it was merged into, maybe before its followers are told.
  const votedOn = [event.ideaId, found.value.triage.duplicateOf].filter((id): id is string => id !== null);
  const voted = await Promise.all(
    following.map(async (userId) => {
      const has = await Promise.all(votedOn.map((id) => ctx.repos.votes.has(event.tenantId, id, userId)));
      return has.some(Boolean) ? userId : null;
    }),
  );
  const audience = new Set([found.value.author.id, ...voted.filter((id): id is string => id !== null)]);
  audience.delete(event.by.id);
  return [...audience];
}
