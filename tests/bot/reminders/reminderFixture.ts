import type { Activity } from 'botbuilder';
import {
  createIdeaBar,
  type ConversationRecord,
  type IdeaBarContext,
  type NotificationRepositories,
} from '../../../core/src/index.js';
import { memoryNotifications, memoryRepositories } from '@ideabar/core/testing';
import type { AdaptiveCard } from '../../../bot/src/cards/adaptiveCard.js';
import {
  storedBoardChannel,
  storedPersonalChat,
  type ConversationPlace,
} from '../support/storedConversations.js';
import { createBotRuntime, type BotRuntime } from '../../../bot/src/hosting/botRuntime.js';
import {
  HttpBotConnector,
  type BotConnector,
  type ConnectorTarget,
  type OutgoingActivity,
} from '../../../bot/src/outbox/proactiveSender.js';
import type { ScheduledReminder } from '../../../bot/src/reminders/reminder.js';
import { runReminder } from '../../../bot/src/reminders/reminder.js';
import type { BotSettings } from '../../../bot/src/settings.js';
import { TestClock } from '../../support/domain.js';
import { TEST_SETTINGS } from '../support/botHarness.js';
import { FakeBotConnector } from '../support/fakeBotConnector.js';

export const TENANT = 'contoso';
export const IT = { tenantId: TENANT, userId: 'grace', name: 'Grace Hopper' };

export interface Posted {
  conversationId: string;
  activity: OutgoingActivity;
  card: AdaptiveCard;
}

/**
 * Passes every message on to the real HTTP connector and keeps the ones the service accepted, so tests can read
 * the cards the strict fake connector took (it keeps only who got what).
 */
class AcceptedMessages implements BotConnector {
  readonly posted: Posted[] = [];

  constructor(private readonly inner: BotConnector) {}

  async send(target: ConnectorTarget, activity: OutgoingActivity): Promise<{ id: string | null }> {
    const answer = await this.inner.send(target, activity);
    const card = activity.attachments?.[0]?.content;
    if (card) this.posted.push({ conversationId: target.conversationId, activity, card });
    return answer;
  }

  update(target: ConnectorTarget, activityId: string, activity: OutgoingActivity): Promise<void> {
    return this.inner.update(target, activityId, activity);
  }
}

/**
 * The bot over in-memory storage with a clock the test moves, sending through the real HTTP connector to the strict
 * fake Bot Connector on loopback. Status changes reach the bot's notifier, as in the Functions app; turns (`turn`)
 * go through the bot's own endpoint, so its replies reach the fake connector too.
 */
export class ReminderFixture {
  readonly clock = new TestClock();
  readonly store: NotificationRepositories = memoryNotifications();
  readonly connector: FakeBotConnector;
  readonly ideabar: IdeaBarContext;
  readonly runtime: BotRuntime;
  readonly faults: unknown[] = [];
  private readonly accepted: AcceptedMessages;
  private serviceUrl = '';

  constructor(
    options: {
      failureRate?: number;
      settings?: Partial<BotSettings>;
      /** IT members; Grace in `contoso` unless given. */
      itMembers?: { tenantId: string; userId: string }[];
    } = {},
  ) {
    this.connector = new FakeBotConnector({
      tenantLimitPerSecond: 50,
      failureRate: options.failureRate ?? 0,
    });
    this.ideabar = createIdeaBar({
      repos: memoryRepositories(),
      clock: this.clock,
      itMemberSeeds: options.itMembers ?? [{ tenantId: TENANT, userId: IT.userId }],
      faults: { report: (error) => this.faults.push(error) },
    });
    this.accepted = new AcceptedMessages(new HttpBotConnector({ token: async () => null, botId: '28:bot' }));
    this.runtime = createBotRuntime({
      ideabar: this.ideabar,
      store: this.store,
      settings: { ...TEST_SETTINGS, ...options.settings },
      credentials: { kind: 'none' },
      connector: this.accepted,
      retry: { baseDelayMs: 5, maxDelayMs: 20 },
      schedules: { digest: '0 0 9 * * *' },
      faults: (error) => this.faults.push(error),
    });
  }

  async start(): Promise<this> {
    this.serviceUrl = await this.connector.start();
    return this;
  }

  stop(): Promise<void> {
    return this.connector.stop();
  }

  /** Cards the Bot Connector accepted, in order. */
  get posted(): Posted[] {
    return this.accepted.posted;
  }

  /** Runs the reminder `times` times at once, as overlapping timer runs would. */
  async run(reminder: ScheduledReminder, times = 1) {
    const reports = await Promise.all(
      Array.from({ length: times }, () => runReminder(reminder, this.runtime.services)),
    );
    return reports;
  }

  /** One activity from Teams through the bot's endpoint, as the Functions app would take it. */
  turn(activity: Partial<Activity>) {
    return this.runtime.process({
      method: 'POST',
      headers: {},
      body: { ...activity, serviceUrl: this.serviceUrl },
    });
  }

  /** A board's channel the bot was installed in. */
  async boardChannel(boardId: string, conversationId: string): Promise<ConversationRecord> {
    return this.save(storedBoardChannel(boardId, this.place(conversationId)));
  }

  /** A person's personal chat with the bot. */
  async personalChat(userId: string): Promise<ConversationRecord> {
    return this.save(storedPersonalChat(userId, this.place(`a:personal-${userId}`)));
  }

  private place(conversationId: string): ConversationPlace {
    return { tenantId: TENANT, conversationId, serviceUrl: this.serviceUrl, updatedAt: this.clock.now() };
  }

  private async save(record: ConversationRecord): Promise<ConversationRecord> {
    await this.store.conversations.save(record);
    return record;
  }
}
