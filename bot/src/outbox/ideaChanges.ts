import { translatorFor, type IdeaChange, type IdeaEvents } from '@ideabar/core';
import type { BotServices } from '../botServices.js';
import type { CardAttachment } from '../cards/adaptiveCard.js';
import { channelConversationId, targetOf } from './storedReference.js';
import { announcementChannelFor } from './announcementChannel.js';
import { deliverOnce } from './outboxDelivery.js';
import { StatusChangeNotifier } from './statusChangeNotifier.js';
import { sharedIdeaCard } from '../sharedCards/sharedIdeaCard.js';
import { rememberPostedCard } from '../sharedCards/postedCards.js';

export const IDEA_POSTED = 'idea-posted';

/**
 * The bot's one subscriber to changes, whichever face made them (the tab, a card, a timer): a new or approved idea
 * goes to its board's channel; every change brings the idea's shared cards up to date through the one debouncer;
 * status changes, answers, appeals and merges tell the author and followers in person. Each of these is safe to
 * repeat: posts and notices go through the delivery outbox (once per idea or change and recipient), and edits
 * re-read the idea.
 */
export class IdeaChangeFollower implements IdeaEvents {
  private readonly notifier: StatusChangeNotifier;

  constructor(private readonly services: BotServices) {
    this.notifier = new StatusChangeNotifier(services);
  }

  async follow(change: IdeaChange): Promise<void> {
    const { tenantId, ideaId } = change;
    const cards = this.services.cardUpdates;
    switch (change.kind) {
      case 'submitted':
      case 'approved':
        // A card already there is a form filled in a conversation, which becomes the idea's card.
        if ((await this.services.store.postedCards.list(tenantId, ideaId)).length > 0) {
          cards.ideaChanged(tenantId, ideaId);
        }
        await postToBoardChannel(this.services, tenantId, ideaId);
        return;
      case 'votesChanged':
      case 'commented':
        cards.ideaChanged(tenantId, ideaId);
        return;
      case 'merged': {
        // The idea it was merged into takes the duplicate's votes: its cards show them too.
        const duplicate = await this.services.ideabar.repos.ideas.find(tenantId, ideaId);
        const into = duplicate?.value.triage.duplicateOf;
        if (into) cards.ideaChanged(tenantId, into);
        break;
      }
      case 'statusChanged':
      case 'answered':
      case 'appealed':
        break;
    }
    cards.ideaChanged(tenantId, ideaId);
    await this.notifier.notify(change.change);
  }
}

/**
 * Announces a new idea in its board's announcement channel, once (the delivery outbox keys it by idea), unless a
 * card of it is there already (a form filled in that very channel became its card). An idea waiting for IT's
 * approval on a moderated board is announced once approved. Everything is read from storage.
 */
export async function postToBoardChannel(
  services: BotServices,
  tenantId: string,
  ideaId: string,
): Promise<void> {
  const found = await services.ideabar.repos.ideas.find(tenantId, ideaId);
  if (!found || found.value.triage.awaitingApproval) return;
  const idea = found.value;
  const channel = await announcementChannelFor(services, tenantId, idea.boardId);
  if (!channel) return;
  const there = channelConversationId(channel.conversationId);
  const cards = await services.store.postedCards.list(tenantId, ideaId);
  if (cards.some((card) => channelConversationId(card.conversationId) === there)) return;
  let posted: CardAttachment | null = null;
  await deliverOnce(services.delivery, IDEA_POSTED, [
    {
      tenantId,
      occurrence: ideaId,
      recipient: channel.key,
      reference: channel.reference,
      async compose() {
        // In the channel's language, as every later edit of this card will be (see sharedIdeaCard).
        const { locale } = channel;
        posted = await sharedIdeaCard(services, tenantId, ideaId, { refreshFor: [], locale });
        const summary = translatorFor(locale).t('notice.newIdea.summary', { title: idea.title });
        return { type: 'message', summary, attachments: [posted] };
      },
      async delivered(activityId) {
        const target = targetOf(channel.reference);
        if (posted) services.cardUpdates.posted(target, activityId, posted);
        await rememberPostedCard(services, { tenantId, ideaId, target, activityId });
      },
    },
  ]);
}
