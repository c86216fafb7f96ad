import {
  ConflictError,
  getIdea,
  NotFoundError,
  StaleVersionError,
  type Caller,
  type IdeaDetail,
} from '@ideabar/core';
import type { BotServices } from '../../botServices.js';
import type { AdaptiveCard } from '../../cards/adaptiveCard.js';
import { ideaCard, type IdeaAnswer, type IdeaCardInput } from '../../cards/ideaCard.js';
import { voteRefusedCard } from '../../cards/voteRefusedCard.js';
import { refusalMessage } from '../../cards/errorCard.js';
import type { VerbTurn } from './verbTurn.js';

/** The clicker's own view of an idea: their vote, whether they follow, and a refresh for them alone. */
export async function personalIdeaCard(turn: VerbTurn, ideaId: string, note?: string): Promise<AdaptiveCard> {
  const { services, caller } = turn;
  const [idea, following] = await Promise.all([
    getIdea(services.ideabar, caller, ideaId),
    services.store.followers.has(caller.tenantId, ideaId, caller.userId),
  ]);
  return ideaCard(services.settings, {
    idea,
    ...(await decisionsOf(services, caller, idea)),
    viewer: { kind: 'person', teamsId: turn.teamsUserId, following },
    refreshFor: [turn.teamsUserId],
    ...(note ? { note } : {}),
    ...(turn.locale ? { locale: turn.locale } : {}),
  });
}

/**
 * What a card says of an idea beyond its own fields, as `reader` may see it: the latest public word on its status,
 * and for a duplicate, the idea it was merged into.
 */
export async function decisionsOf(
  services: BotServices,
  reader: Caller,
  idea: IdeaDetail,
): Promise<Pick<IdeaCardInput, 'answer' | 'mergedInto'>> {
  const mergedInto =
    idea.status === 'duplicate' && idea.duplicateOf
      ? await getIdea(services.ideabar, reader, idea.duplicateOf).catch((error: unknown) => {
          if (error instanceof NotFoundError) return null;
          throw error;
        })
      : null;
  return { answer: latestAnswer(idea), mergedInto };
}

/** The newest change that came with words (the submission itself never does). */
export function latestAnswer(idea: IdeaDetail): IdeaAnswer | null {
  for (let n = idea.history.length - 1; n >= 0; n -= 1) {
    const change = idea.history[n];
    if (change?.response) return { by: change.by, kind: change.kind, response: change.response };
  }
  return null;
}

/**
 * Notes the idea's card this click came from: the change the click makes edits it with the idea's other cards (and
 * the clicker's client then fetches their own view). The edit itself follows the change's event, as a change made
 * in the tab does.
 */
export function noteClickedCard(turn: VerbTurn, ideaId: string): void {
  if (!turn.message) return;
  turn.services.cardUpdates.clicked({
    target: turn.message.target,
    activityId: turn.message.activityId,
    tenantId: turn.caller.tenantId,
    ideaId,
    teamsUserId: turn.teamsUserId,
  });
}

/**
 * The answer to a vote core refused because the idea takes no more votes (delivered, or merged): core's message as
 * it is, and for a duplicate the idea it was merged into, read as the voter may see it. Any other error is thrown on.
 */
export async function refusedVoteCard(turn: VerbTurn, ideaId: string, error: unknown): Promise<AdaptiveCard> {
  if (!(error instanceof ConflictError) || error instanceof StaleVersionError) throw error;
  const { services, caller } = turn;
  const idea = await getIdea(services.ideabar, caller, ideaId);
  const mergedInto =
    idea.status === 'duplicate' && idea.duplicateOf
      ? await getIdea(services.ideabar, caller, idea.duplicateOf).catch((missing: unknown) => {
          if (missing instanceof NotFoundError) return null;
          throw missing;
        })
      : null;
  if (idea.status !== 'duplicate' && idea.status !== 'delivered') throw error;
  return voteRefusedCard(services.settings, {
    message: refusalMessage(error, turn.locale),
    idea,
    mergedInto,
    ...(turn.locale ? { locale: turn.locale } : {}),
  });
}
