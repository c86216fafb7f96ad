import {
  conversationKeys,
  getIdea,
  statusChangeAudience,
  translatorFor,
  type StatusChangedEvent,
} from '@ideabar/core';
import { attachmentOf } from '../cards/adaptiveCard.js';
import { statusChangeCard } from '../cards/statusChangeCard.js';
import type { BotServices } from '../botServices.js';
import { followMerge, mergeNoticeCard } from './mergeNotice.js';
import { deliverOnce, type DeliveryReport, type PendingMessage } from './outboxDelivery.js';

export const STATUS_CHANGE_REMINDER = 'status-change';

/**
 * Tells the author, and voters who follow the idea, that its status changed or IT answered: a personal message
 * each, once per change (the change's id is the occurrence), through the same outbox and sender as every reminder.
 * People the bot has no personal chat with are recorded as gone. IdeaChangeFollower calls it for each change.
 */
export class StatusChangeNotifier {
  constructor(private readonly services: BotServices) {}

  async notify(event: StatusChangedEvent): Promise<DeliveryReport> {
    const { services } = this;
    const audience = await statusChangeAudience(services.ideabar, services.store.followers, event);
    const found = await services.ideabar.repos.ideas.find(event.tenantId, event.ideaId);
    const authorId = found?.value.author.id;
    // After the audience is known (it counts the duplicate's followers), before anyone is told where to go.
    await followMerge(services, event);
    const messages: PendingMessage[] = [];
    let unreachable = 0;
    for (const userId of audience) {
      const chat = await services.store.conversations.find(event.tenantId, conversationKeys.personal(userId));
      if (!chat) {
        unreachable += 1;
        continue;
      }
      messages.push({
        tenantId: event.tenantId,
        occurrence: event.id,
        recipient: chat.key,
        reference: chat.reference,
        async compose() {
          const reader = { tenantId: event.tenantId, userId, name: 'IdeaBar' };
          const idea = await getIdea(services.ideabar, reader, event.ideaId);
          const reason = userId === authorId ? 'author' : 'follower';
          // In the recipient's own language, as their chat with the bot last named it.
          const { locale } = chat;
          const card =
            (await mergeNoticeCard(services, reader, idea, event, reason, locale)) ??
            statusChangeCard(services.settings, idea, event, reason, locale);
          return {
            type: 'message',
            summary: translatorFor(locale).t('notice.status.summary', { title: idea.title }),
            attachments: [attachmentOf(card)],
          };
        },
      });
    }
    const report = await deliverOnce(services.delivery, STATUS_CHANGE_REMINDER, messages);
    return { ...report, gone: report.gone + unreachable };
  }
}
