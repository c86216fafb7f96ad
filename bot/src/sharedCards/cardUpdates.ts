import { REFRESH_USER_LIMIT, type CardAttachment } from '../cards/adaptiveCard.js';
import { channelConversationId } from '../outbox/storedReference.js';
import type { ConnectorTarget } from '../outbox/proactiveSender.js';
import type { ProactiveSender } from '../outbox/proactiveSender.js';

export interface CardUpdateRequest {
  target: ConnectorTarget;
  /** The message to edit: the card that was clicked, or one the bot recorded when it posted it. */
  activityId: string;
  tenantId: string;
  ideaId: string;
  /** Who clicked: their clients refresh their own view when the edited card is shown; null for no one. */
  teamsUserId: string | null;
}

/** Told of a message that is gone (deleted, or the bot removed from its conversation), so nobody edits it again. */
export type GoneCard = (request: CardUpdateRequest) => Promise<void>;

/** A shared card's idea and the conversation it is in, whose language it speaks. */
export type SharedCardPlace = Pick<CardUpdateRequest, 'tenantId' | 'ideaId' | 'target'>;

/** Makes the shared card as it should read now in its conversation, for the people whose clients should refresh it. */
export type SharedCardComposer = (
  place: SharedCardPlace,
  refreshFor: string[],
) => Promise<CardAttachment | null>;

interface Pending {
  request: CardUpdateRequest;
  refreshFor: Set<string>;
  timer: NodeJS.Timeout;
}

/** The shared cards the bot recorded for an idea, as places to edit. */
export type IdeaCards = (tenantId: string, ideaId: string) => Promise<CardUpdateRequest[]>;

/** Clicked cards remembered per idea, and ideas with clicks remembered: beyond these, the oldest are let go. */
const CLICKS_PER_IDEA = 60;
const IDEAS_WITH_CLICKS = 1_000;

/**
 * The one debouncer of shared idea cards, whatever face the change came from: an idea that changed (a vote, a
 * comment, a status change) waits a moment for the changes right behind it, then each of its cards gets one edit;
 * changes until that edit runs are folded into it, and edits to one message are at least `intervalMs` apart. The
 * edit reads the idea when it runs, so it shows the latest count whatever came in between. A burst of hundreds of
 * votes costs one read of the idea's cards and one edit per card per interval. The clicker never waits for this:
 * the invoke response already showed them their own view.
 *
 * It holds pending edits in memory: an edit lost with its process is repaired by the next change or by clients'
 * refresh, which fetch the current view when they show the card. A message that is gone is reported to `gone`,
 * not as a fault: people delete messages.
 */
export class CardUpdates {
  private readonly pending = new Map<string, Pending>();
  private readonly lastEdit = new Map<string, number>();
  private readonly running = new Set<Promise<void>>();
  private readonly changedIdeas = new Map<string, { timer: NodeJS.Timeout; run: () => Promise<void> }>();
  private readonly clicks = new Map<string, CardUpdateRequest[]>();
  /** What each message was last given, so an edit that would change nothing is not sent. */
  private readonly shown = new Map<string, string>();

  constructor(
    private readonly sender: ProactiveSender,
    private readonly compose: SharedCardComposer,
    private readonly cardsOf: IdeaCards,
    private readonly intervalMs: number,
    private readonly faults: (error: unknown) => void,
    private readonly gone: GoneCard = async () => undefined,
  ) {}

  /**
   * Someone clicked the idea's card: it is one of the cards the idea's next change edits (recorded or not), and
   * their client then fetches their own view of it. Asks for no edit by itself.
   */
  clicked(request: CardUpdateRequest): void {
    const key = ideaKey(request.tenantId, request.ideaId);
    const clicks = this.clicks.get(key) ?? [];
    clicks.push(request);
    if (clicks.length > CLICKS_PER_IDEA) clicks.shift();
    this.clicks.delete(key);
    this.clicks.set(key, clicks);
    for (const oldest of this.clicks.keys()) {
      if (this.clicks.size <= IDEAS_WITH_CLICKS) break;
      this.clicks.delete(oldest);
    }
  }

  /** The bot posted this card: an edit to the same card is not needed. */
  posted(target: ConnectorTarget, activityId: string, card: CardAttachment): void {
    this.shown.set(messageKey(target, activityId), JSON.stringify(card));
  }

  /** The idea changed: each of its cards (recorded, or clicked here) shows it soon, changes close behind joining. */
  ideaChanged(tenantId: string, ideaId: string): void {
    const key = ideaKey(tenantId, ideaId);
    if (this.changedIdeas.has(key)) return;
    const run = async () => {
      this.changedIdeas.delete(key);
      const clicked = this.clicks.get(key) ?? [];
      this.clicks.delete(key);
      const recorded = await this.cardsOf(tenantId, ideaId).catch((error: unknown) => {
        this.faults(error);
        return [];
      });
      for (const request of [...recorded, ...clicked]) this.schedule(request);
    };
    const timer = setTimeout(() => this.track(run()), Math.min(this.intervalMs, 250));
    timer.unref();
    this.changedIdeas.set(key, { timer, run });
  }

  private schedule(request: CardUpdateRequest): void {
    // A channel's message is named from its thread (a click) or from the channel (the post that made it); one
    // message, one edit, whichever named it first.
    const key = messageKey(request.target, request.activityId);
    const existing = this.pending.get(key);
    if (existing) {
      if (request.teamsUserId) existing.refreshFor.add(request.teamsUserId);
      return;
    }
    const now = Date.now();
    const delay = Math.max(
      0,
      (this.lastEdit.get(key) ?? -Infinity) + this.intervalMs - now,
      Math.min(this.intervalMs, 250),
    );
    const refreshFor = new Set(request.teamsUserId ? [request.teamsUserId] : []);
    const timer = setTimeout(() => this.track(this.edit(key)), delay);
    timer.unref();
    this.pending.set(key, { request, refreshFor, timer });
  }

  /** Runs every pending edit now and waits for all edits in flight (tests, shutdown). */
  async flush(): Promise<void> {
    for (const { timer, run } of [...this.changedIdeas.values()]) {
      clearTimeout(timer);
      this.track(run());
    }
    await Promise.all([...this.running]);
    for (const [key, entry] of this.pending) {
      clearTimeout(entry.timer);
      this.track(this.edit(key));
    }
    await Promise.all([...this.running]);
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  private track(work: Promise<void>): void {
    this.running.add(work);
    void work.finally(() => this.running.delete(work));
  }

  private async edit(key: string): Promise<void> {
    const entry = this.pending.get(key);
    if (!entry) return;
    this.pending.delete(key);
    this.lastEdit.set(key, Date.now());
    this.forgetOldEdits();
    try {
      const { request } = entry;
      const refreshFor = [...entry.refreshFor].slice(-REFRESH_USER_LIMIT);
      const card = await this.compose(request, refreshFor);
      if (!card) return;
      const content = JSON.stringify(card);
      if (this.shown.get(key) === content) return;
      const outcome = await this.sender.deliver(request.target, {
        kind: 'update',
        activityId: request.activityId,
        activity: { type: 'message', attachments: [card] },
      });
      if (outcome.status === 'delivered') this.shown.set(key, content);
      else if (outcome.status === 'gone') await this.gone(request);
      else if (outcome.status === 'failed')
        this.faults(new Error(`shared card edit failed: ${outcome.detail}`));
    } catch (error) {
      this.faults(error);
    }
  }

  private forgetOldEdits(): void {
    if (this.lastEdit.size < 10_000) return;
    const cutoff = Date.now() - this.intervalMs;
    for (const [key, at] of this.lastEdit) {
      if (at >= cutoff) continue;
      this.lastEdit.delete(key);
      this.shown.delete(key);
    }
  }
}

const ideaKey = (tenantId: string, ideaId: string): string => `${tenantId}|${ideaId}`;

/** A channel's message is named from its thread (a click) or from the channel (the post that made it): one key. */
const messageKey = (target: ConnectorTarget, activityId: string): string =>
  `${channelConversationId(target.conversationId)}|${activityId}`;
