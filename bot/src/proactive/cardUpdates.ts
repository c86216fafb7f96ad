import { REFRESH_USER_LIMIT, type CardAttachment } from '../cards/adaptiveCard.js';
import { channelConversationId } from '../conversations/storedReference.js';
import type { ConnectorTarget } from './botConnector.js';
import type { ProactiveSender } from './proactiveSender.js';

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

/** Makes the shared card as it should read now, for the people whose clients should refresh it. */
export type SharedCardComposer = (
  tenantId: string,
  ideaId: string,
  refreshFor: string[],
) => Promise<CardAttachment | null>;

interface Pending {
  request: CardUpdateRequest;
  refreshFor: Set<string>;
  timer: NodeJS.Timeout;
}

/**
 * Keeps shared idea cards current without flooding a channel: the first change to a message schedules one edit,
 * changes until it runs are folded into it, and edits to one message are at least `intervalMs` apart. The edit
 * reads the idea when it runs, so it shows the latest count whatever came in between. The clicker never waits for
 * this: the invoke response already showed them their own view.
 *
 * It holds pending edits in memory: an edit lost with its process is repaired by the next click or by clients'
 * refresh, which fetch the current view when they show the card. A message that is gone is reported to `gone`,
 * not as a fault: people delete messages.
 */
export class CardUpdates {
  private readonly pending = new Map<string, Pending>();
  private readonly lastEdit = new Map<string, number>();
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly sender: ProactiveSender,
    private readonly compose: SharedCardComposer,
    private readonly intervalMs: number,
    private readonly faults: (error: unknown) => void,
    private readonly gone: GoneCard = async () => undefined,
  ) {}

  schedule(request: CardUpdateRequest): void {
    // A channel's message is named from its thread (a click) or from the channel (the post that made it); one
    // message, one edit, whichever named it first.
    const key = `${channelConversationId(request.target.conversationId)}|${request.activityId}`;
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
      const card = await this.compose(request.tenantId, request.ideaId, refreshFor);
      if (!card) return;
      const outcome = await this.sender.deliver(request.target, {
        kind: 'update',
        activityId: request.activityId,
        activity: { type: 'message', attachments: [card] },
      });
      if (outcome.status === 'gone') await this.gone(request);
      else if (outcome.status === 'failed')
        this.faults(new Error(`shared card edit failed: ${outcome.detail}`));
    } catch (error) {
      this.faults(error);
    }
  }

  private forgetOldEdits(): void {
    if (this.lastEdit.size < 10_000) return;
    const cutoff = Date.now() - this.intervalMs;
    for (const [key, at] of this.lastEdit) if (at < cutoff) this.lastEdit.delete(key);
  }
}
