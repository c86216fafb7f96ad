import type { IdeaBarContext } from '../context.js';
import type { FollowerRepository } from '../ports.js';
import type { StatusChangedEvent } from './ideaEvents.js';

export type { IdeaEvents, StatusChangedEvent } from './ideaEvents.js';

/**
 * Who hears about a status change: the author, and people who voted for the idea and asked to follow it. Never
 * the person who made the change, and nobody twice.
 */
export async function statusChangeAudience(
  ctx: IdeaBarContext,
  followers: FollowerRepository,
  event: StatusChangedEvent,
): Promise<string[]> {
  const found = await ctx.repos.ideas.find(event.tenantId, event.ideaId);
  if (!found) return [];
  const following = await followers.list(event.tenantId, event.ideaId);
  const voted = await Promise.all(
    following.map(async (userId) =>
      (await ctx.repos.votes.has(event.tenantId, event.ideaId, userId)) ? userId : null,
    ),
  );
  const audience = new Set([found.value.author.id, ...voted.filter((id): id is string => id !== null)]);
  audience.delete(event.by.id);
  return [...audience];
}
