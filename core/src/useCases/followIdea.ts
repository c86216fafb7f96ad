import type { IdeaBarContext } from '../context.js';
import type { Caller } from '../identity.js';
import { findIdea } from '../ideas/findIdea.js';
import type { FollowerRepository } from '../ports.js';

export interface FollowState {
  ideaId: string;
  following: boolean;
}

/** Asks (or stops asking) to hear when an idea's status changes. Idempotent. */
export async function followIdea(
  ctx: IdeaBarContext,
  followers: FollowerRepository,
  caller: Caller,
  ideaId: string,
  following: boolean,
): Promise<FollowState> {
  await findIdea(ctx, caller.tenantId, ideaId);
  await followers.set(caller.tenantId, ideaId, caller.userId, following);
  return { ideaId, following };
}
