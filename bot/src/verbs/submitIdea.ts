import {
  conversationKeys,
  openTeamBoard,
  submitIdea as submit,
  ValidationError,
  type IdeaView,
} from '@ideabar/core';
import type { BotServices } from '../botServices.js';
import { newIdeaCard } from '../cards/newIdeaCard.js';
import { deliverOnce } from '../reminders/outboxDelivery.js';
import { personalIdeaCard, refreshSharedCard, sharedIdeaComposer } from './ideaViews.js';
import type { VerbHandler } from './verbTurn.js';

export const IDEA_POSTED = 'idea-posted';

/**
 * Submits the form through the same use case (and so the same field rules) as the API. Field errors come back as
 * the form again, with the text kept and each message under its field. A new idea's card goes to its board's
 * channel: where the form was filled in that very channel, the form itself becomes the card.
 */
export const submitIdea: VerbHandler<'submitIdea'> = async (turn, payload) => {
  const boardId = payload.boardId ?? turn.boardId;
  const input = {
    title: payload.title ?? '',
    description: payload.description ?? '',
    category: payload.category?.trim() ? payload.category : null,
    tags: splitTags(payload.tags),
    ...(boardId ? { boardId } : {}),
  };
  if (turn.team && boardId === turn.team.id) {
    // A team whose install the bot never saw still gets its board (idempotent).
    await openTeamBoard(turn.services.ideabar, turn.caller, { teamId: turn.team.id, name: turn.team.name });
  }
  let idea: IdeaView;
  try {
    idea = await submit(turn.services.ideabar, turn.caller, input);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const draft = {
      ...(payload.title ? { title: payload.title } : {}),
      ...(payload.description ? { description: payload.description } : {}),
      ...(payload.category ? { category: payload.category } : {}),
      ...(payload.tags ? { tags: payload.tags } : {}),
    };
    return {
      card: newIdeaCard({ draft, errors: error.fields, mode: turn.surface, ...(boardId ? { boardId } : {}) }),
      kind: 'form',
    };
  }
  if (turn.message && turn.boardId === idea.boardId && turn.boardId !== undefined) {
    refreshSharedCard(turn, idea.id);
  } else {
    // Not awaited: the clicker's answer must not wait for a post elsewhere. The outbox makes it happen once.
    postToBoardChannel(turn.services, turn.caller.tenantId, idea).catch(turn.services.faults);
  }
  return { card: await personalIdeaCard(turn, idea.id, 'Your idea is on the board. Thank you!') };
};

const splitTags = (tags: string | undefined): string[] =>
  (tags ?? '')
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);

export async function postToBoardChannel(
  services: BotServices,
  tenantId: string,
  idea: IdeaView,
): Promise<void> {
  const channel = await services.store.conversations.find(tenantId, conversationKeys.board(idea.boardId));
  if (!channel) return;
  const compose = sharedIdeaComposer(services);
  await deliverOnce(services.delivery, IDEA_POSTED, [
    {
      tenantId,
      occurrence: idea.id,
      recipient: channel.key,
      reference: channel.reference,
      async compose() {
        const card = await compose(tenantId, idea.id, []);
        return card && { type: 'message', summary: `New idea: ${idea.title}`, attachments: [card] };
      },
    },
  ]);
}
