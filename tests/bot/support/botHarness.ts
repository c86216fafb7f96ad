import { TestAdapter, type Activity } from 'botbuilder';
import {
  createIdeaBar,
  type IdeaBarContext,
  type NotificationRepositories,
} from '../../../core/src/index.js';
import { memoryNotifications, memoryRepositories } from '@ideabar/core/testing';
import { IdeaBarBot } from '../../../bot/src/hosting/ideaBarBot.js';
import type { AdaptiveCard } from '../../../bot/src/cards/adaptiveCard.js';
import { createBotRuntime, type BotRuntime } from '../../../bot/src/hosting/botRuntime.js';
import type { BotConnector } from '../../../bot/src/outbox/proactiveSender.js';
import type { BotSettings } from '../../../bot/src/settings.js';
import { RecordingConnector } from './recordingConnector.js';

export const TEST_SETTINGS: BotSettings = {
  appId: '',
  teamsAppId: '0f5a7e84-3c1d-4b9e-8a6f-2d4c6b8e0a13',
  teamsPublishedAppId: null,
  tabUrl: 'http://localhost:7071/',
  tenantRatePerSecond: 1_000,
  cardUpdateIntervalMs: 50,
};

export interface TurnResult {
  /** Cards the bot sent in reply, in order. */
  cards: AdaptiveCard[];
  replies: Partial<Activity>[];
  /** The invoke response, for invokes. */
  invoke: { status: number; body: unknown } | undefined;
  /** Messages the bot replaced (updateActivity) during the turn. */
  updates: Partial<Activity>[];
}

/** The bot over in-memory storage, driven by botbuilder's TestAdapter with Teams-shaped fixture activities. */
export class BotHarness {
  readonly ideabar: IdeaBarContext;
  readonly store: NotificationRepositories;
  readonly connector: RecordingConnector | BotConnector;
  readonly runtime: BotRuntime;
  readonly faults: unknown[] = [];
  private readonly adapter: TestAdapter;
  private readonly updated: Partial<Activity>[] = [];

  constructor(options: { settings?: Partial<BotSettings>; connector?: BotConnector } = {}) {
    this.ideabar = createIdeaBar({ repos: memoryRepositories() });
    this.store = memoryNotifications();
    this.connector = options.connector ?? new RecordingConnector();
    this.runtime = createBotRuntime({
      ideabar: this.ideabar,
      store: this.store,
      settings: { ...TEST_SETTINGS, ...options.settings },
      credentials: { kind: 'none' },
      connector: this.connector,
      schedules: { digest: '0 0 9 * * *' },
      faults: (error) => this.faults.push(error),
    });
    const bot = new IdeaBarBot(this.runtime.services);
    this.adapter = new TestAdapter((context) => bot.run(context));
    const updateActivity = this.adapter.updateActivity.bind(this.adapter);
    this.adapter.updateActivity = async (context, activity) => {
      this.updated.push(activity);
      await updateActivity(context, activity).catch(() => undefined);
    };
  }

  get recorded(): RecordingConnector {
    if (!(this.connector instanceof RecordingConnector))
      throw new Error('This harness has no recording connector.');
    return this.connector;
  }

  async send(activity: Partial<Activity>): Promise<TurnResult> {
    this.adapter.activeQueue.splice(0);
    this.updated.splice(0);
    await this.adapter.processActivity(activity);
    const sent = this.adapter.activeQueue.splice(0);
    const invokeResponse = sent.find((a) => a.type === 'invokeResponse');
    const replies = sent.filter((a) => a.type !== 'invokeResponse');
    const cards = replies.flatMap((reply) =>
      (reply.attachments ?? [])
        .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
        .map((a) => a.content as AdaptiveCard),
    );
    const value = invokeResponse?.value as { status: number; body: unknown } | undefined;
    return { cards, replies, invoke: value, updates: [...this.updated] };
  }
}

/** The card in an `adaptiveCard/action` invoke response. */
export function invokeCard(result: TurnResult): AdaptiveCard {
  const body = result.invoke?.body as { statusCode: number; type: string; value: AdaptiveCard } | undefined;
  if (!body || body.type !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`no card in the invoke response: ${JSON.stringify(result.invoke)}`);
  }
  return body.value;
}

/** All the text a card shows, TextBlocks and TextRuns, for "says X" assertions. */
export function textOf(card: AdaptiveCard): string {
  return JSON.stringify(card.body);
}
