import {
  awaitsFirstAnswer,
  claimable,
  conversationKeys,
  nextNudgeAt,
  responseNudgesDue,
  tenantSettingsOf,
  type ConversationRecord,
  type DueEntry,
  type IdeaRecord,
  type NudgeStage,
  type ResponseNudge,
  translatorFor,
  workingDaysOf,
  type WorkingDays,
} from '@ideabar/core';
import type { BotServices } from '../botServices.js';
import { attachmentOf } from '../cards/adaptiveCard.js';
import { responseNudgeCard } from '../cards/responseNudgeCard.js';
import type { OutgoingActivity } from '../outbox/proactiveSender.js';
import { announcementChannelFor } from '../outbox/announcementChannel.js';
import type { PendingMessage } from '../outbox/outboxDelivery.js';
import type { ScheduledReminder } from './reminder.js';

export const RESPONSE_NUDGE_REMINDER_ID = 'response-nudge';

/**
 * Hourly, every day: waiting time counts each tenant's own working days only (its weekend may be Friday and
 * Saturday), so an idea reaches a stage on one of them, and is nudged within the hour. A run with nothing due costs
 * one read of the due index.
 */
export const RESPONSE_NUDGE_SCHEDULE = '0 0 * * * *';

/**
 * At most this many nudges per conversation per run, longest waiting first: a backlog (the first run after
 * deployment, say) reaches a channel over hours, not all at once. What is left goes out on later runs.
 */
export const NUDGES_PER_CONVERSATION = 20;

/** At most this many due entries are read per run, earliest first; the rest wait for the next run. */
export const DUE_READ_PER_RUN = 5_000;

export const nudgeOccurrence = (nudge: Pick<ResponseNudge, 'ideaId' | 'stage'>): string =>
  `nudge:${nudge.ideaId}:${nudge.stage}`;

interface Destination {
  conversation: ConversationRecord;
  audience: 'partner' | 'channel';
  /** Where the same nudge would have gone had the partner's chat been known, or not: it counts as sent there too. */
  otherKey: string | null;
}

/**
 * Nudges IT about ideas still waiting for their first public answer, under each tenant's response SLA (see
 * responseNudgesDue): in the IT partner's personal chat when the idea has one the bot can reach, else in the
 * board's announcement channel. The outbox keys each nudge by (idea, stage), so it is sent once however often or
 * concurrently the timer runs; an idea answered before its nudge is composed gets none.
 *
 * Cost per run: one range read of the index of what is due (ideas whose next nudge has come, see DueRepository), then
 * per due idea a read of the idea and, for those due a nudge, a conversation lookup or two and an outbox read or two
 * (cached per partner and per board): it follows what is due, never the number of ideas. An entry whose nudge is
 * sent moves on to the idea's next nudge, or leaves the index after the last; one whose idea was answered, merged or
 * deleted meanwhile is dropped.
 */
export function responseNudgeReminder(
  schedule: string = RESPONSE_NUDGE_SCHEDULE,
  perConversation: number = NUDGES_PER_CONVERSATION,
): ScheduledReminder {
  return {
    id: RESPONSE_NUDGE_REMINDER_ID,
    schedule,
    async *messages(services, now) {
      const { repos } = services.ideabar;
      const byTenant = new Map<string, Map<string, { idea: IdeaRecord; entry: DueEntry }>>();
      for (const entry of await repos.due.listDue('nudge', now, DUE_READ_PER_RUN)) {
        const idea = (await repos.ideas.find(entry.tenantId, entry.subjectId))?.value;
        if (!idea || !awaitsFirstAnswer(idea)) {
          await repos.due.clear('nudge', entry.tenantId, entry.subjectId, entry);
          continue;
        }
        const ofTenant = byTenant.get(entry.tenantId) ?? new Map();
        ofTenant.set(idea.id, { idea, entry });
        byTenant.set(entry.tenantId, ofTenant);
      }
      for (const [tenantId, waiting] of byTenant) {
        const settings = (await tenantSettingsOf(services.ideabar, tenantId)).value;
        const sla = settings.responseSlaBusinessDays;
        const days = workingDaysOf(settings);
        const ideas = [...waiting.values()].map(({ idea }) => idea);
        const nudges = responseNudgesDue(ideas, now, sla, days).sort(
          (a, b) => b.waitedBusinessDays - a.waitedBusinessDays,
        );
        const placed = new IndexPlacement(services, tenantId, sla, days);
        // Indexed as due, yet due nothing under today's SLA (raised since): placed again at its first nudge.
        const nudged = new Set(nudges.map((nudge) => nudge.ideaId));
        for (const { idea, entry } of waiting.values()) {
          if (!nudged.has(idea.id)) await placed.after(idea, entry, null);
        }
        const destinations = new Destinations(services, tenantId);
        const queued = new Map<string, number>();
        for (const nudge of nudges) {
          const destination = await destinations.of(nudge);
          if (!destination) continue;
          const { key } = destination.conversation;
          if ((queued.get(key) ?? 0) >= perConversation) continue;
          if (await nudgedAlready(services, tenantId, nudge, destination, now)) {
            const { idea, entry } = waiting.get(nudge.ideaId) as { idea: IdeaRecord; entry: DueEntry };
            await placed.after(idea, entry, nudge.stage);
            continue;
          }
          queued.set(key, (queued.get(key) ?? 0) + 1);
          yield nudgeMessage(services, tenantId, nudge, sla, destination);
        }
      }
    },
  };
}

/** Moves an idea's entry in the index to its next nudge, or out of the index when none is left. */
class IndexPlacement {
  constructor(
    private readonly services: BotServices,
    private readonly tenantId: string,
    private readonly sla: number,
    private readonly days: WorkingDays,
  ) {}

  async after(idea: IdeaRecord, entry: DueEntry, done: NudgeStage | null): Promise<void> {
    const { due } = this.services.ideabar.repos;
    const dueAt = nextNudgeAt(idea, this.sla, done, this.days);
    if (dueAt) await due.set({ kind: 'nudge', tenantId: this.tenantId, subjectId: idea.id, dueAt }, entry);
    else await due.clear('nudge', this.tenantId, idea.id, entry);
  }
}

/** Where a tenant's nudges go, each partner's chat and each board's channel looked up once per run. */
class Destinations {
  private readonly chats = new Map<string, Promise<ConversationRecord | undefined>>();
  private readonly channels = new Map<string, Promise<ConversationRecord | null>>();

  constructor(
    private readonly services: BotServices,
    private readonly tenantId: string,
  ) {}

  async of(nudge: ResponseNudge): Promise<Destination | null> {
    const channel = await this.channelOf(nudge.boardId);
    const partner = nudge.recipient;
    const chat = partner ? await this.chatOf(partner.id) : undefined;
    if (chat) return { conversation: chat, audience: 'partner', otherKey: channel?.key ?? null };
    if (!channel) return null;
    return {
      conversation: channel,
      audience: 'channel',
      otherKey: partner ? conversationKeys.personal(partner.id) : null,
    };
  }

  private chatOf(userId: string): Promise<ConversationRecord | undefined> {
    let found = this.chats.get(userId);
    if (!found) {
      found = this.services.store.conversations.find(this.tenantId, conversationKeys.personal(userId));
      this.chats.set(userId, found);
    }
    return found;
  }

  private channelOf(boardId: string): Promise<ConversationRecord | null> {
    let found = this.channels.get(boardId);
    if (!found) {
      found = announcementChannelFor(this.services, this.tenantId, boardId);
      this.channels.set(boardId, found);
    }
    return found;
  }
}

/**
 * Whether this stage's nudge needs no message from this run: settled or being sent where it goes now, or sent
 * where it went before the idea's partner (or the bot's chat with them) came or went. Checked before queueing, so
 * nudges sent earlier do not take this run's places.
 */
async function nudgedAlready(
  services: BotServices,
  tenantId: string,
  nudge: ResponseNudge,
  destination: Destination,
  now: Date,
): Promise<boolean> {
  const key = { tenantId, reminder: RESPONSE_NUDGE_REMINDER_ID, occurrence: nudgeOccurrence(nudge) };
  const here = await services.store.outbox.find({ ...key, recipient: destination.conversation.key });
  if (here && !claimable(here, now)) return true;
  if (!destination.otherKey) return false;
  const there = await services.store.outbox.find({ ...key, recipient: destination.otherKey });
  return there?.state === 'sent';
}

function nudgeMessage(
  services: BotServices,
  tenantId: string,
  nudge: ResponseNudge,
  slaBusinessDays: number,
  { conversation, audience }: Destination,
): PendingMessage {
  return {
    tenantId,
    occurrence: nudgeOccurrence(nudge),
    recipient: conversation.key,
    reference: conversation.reference,
    async compose(): Promise<OutgoingActivity | null> {
      const found = await services.ideabar.repos.ideas.find(tenantId, nudge.ideaId);
      const idea = found?.value;
      // Answered (or merged away) since the run began: nothing to nudge about.
      if (!idea || idea.status !== 'new' || idea.triage.firstResponseAt) return null;
      const card = responseNudgeCard(services.settings, {
        idea,
        stage: nudge.stage,
        waitedBusinessDays: nudge.waitedBusinessDays,
        slaBusinessDays,
        audience,
        locale: conversation.locale,
      });
      const summary = translatorFor(conversation.locale).t(
        nudge.stage === 'after' ? 'notice.nudge.summaryOverdue' : 'notice.nudge.summaryDue',
      );
      return { type: 'message', summary, attachments: [attachmentOf(card)] };
    },
  };
}
