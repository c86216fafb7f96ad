import type { StatusChangedEvent } from '@ideabar/core';
import type { BotServices } from '../botServices.js';
import { serializeTarget, targetOf } from '../conversations/storedReference.js';
import type { ConnectorTarget } from './botConnector.js';
import type { CardUpdateRequest } from './cardUpdates.js';

export interface PostedIdeaCard {
  tenantId: string;
  ideaId: string;
  /** The message's conversation, as it can be edited there. */
  target: ConnectorTarget;
  /** The id Teams gave the message. */
  activityId: string;
}

/**
 * Remembers a shared idea card the bot posted, or a form it turned into one, so the card can follow the idea when
 * nobody clicks it. Personal views (invoke answers, refreshes) are not shared cards and are never recorded.
 */
export async function rememberPostedCard(services: BotServices, card: PostedIdeaCard): Promise<void> {
  await services.store.postedCards.record({
    tenantId: card.tenantId,
    ideaId: card.ideaId,
    conversationId: card.target.conversationId,
    activityId: card.activityId,
    reference: serializeTarget(card.target),
    postedAt: services.ideabar.clock.now(),
  });
}

/**
 * Brings every recorded card of an idea whose status changed up to date, through the same coalescing, paced edits
 * as clicks. A merge also edits the cards of the idea it was merged into, whose count takes the duplicate's votes
 * (as far as they have moved when the edit runs). Answers how many edits were asked for.
 */
export async function cardsFollowStatus(services: BotServices, event: StatusChangedEvent): Promise<number> {
  const ideaIds = [event.ideaId];
  if (event.to === 'duplicate') {
    const duplicate = await services.ideabar.repos.ideas.find(event.tenantId, event.ideaId);
    const into = duplicate?.value.triage.duplicateOf;
    if (into) ideaIds.push(into);
  }
  let scheduled = 0;
  for (const ideaId of ideaIds) scheduled += await editPostedCards(services, event.tenantId, ideaId);
  return scheduled;
}

/** Asks for an edit of every recorded card of one idea; answers how many. */
async function editPostedCards(services: BotServices, tenantId: string, ideaId: string): Promise<number> {
  let scheduled = 0;
  for (const card of await services.store.postedCards.list(tenantId, ideaId)) {
    const target = targetOf(card.reference);
    // Keys already keep tenants apart; a card whose place names another tenant is left alone all the same.
    if (target.tenantId !== tenantId) continue;
    services.cardUpdates.schedule({
      target,
      activityId: card.activityId,
      tenantId,
      ideaId,
      teamsUserId: null,
    });
    scheduled += 1;
  }
  return scheduled;
}

/**
 * Keeps the count on an idea's shared cards current when people vote elsewhere (the tab). Votes come in bursts, so
 * the first vote on an idea starts a wait of one card-update interval and the votes during it join it: then the
 * idea's recorded cards are read once and each gets one edit, which reads the count as it is by then. A burst of
 * hundreds of votes costs one read of the record and one edit per card per interval.
 */
export class CardCounts {
  private readonly waiting = new Map<string, { timer: NodeJS.Timeout; run: () => Promise<void> }>();
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly services: BotServices,
    private readonly intervalMs: number,
  ) {}

  changed(tenantId: string, ideaId: string): void {
    const key = `${tenantId}|${ideaId}`;
    if (this.waiting.has(key)) return;
    const run = async () => {
      this.waiting.delete(key);
      await editPostedCards(this.services, tenantId, ideaId).catch(this.services.faults);
    };
    const timer = setTimeout(() => this.start(run), this.intervalMs);
    timer.unref();
    this.waiting.set(key, { timer, run });
  }

  /** Runs what is waiting now, and waits for what runs (shutdown, tests). */
  async flush(): Promise<void> {
    for (const { timer, run } of [...this.waiting.values()]) {
      clearTimeout(timer);
      this.start(run);
    }
    await Promise.all([...this.running]);
  }

  private start(run: () => Promise<void>): void {
    const running = run().finally(() => this.running.delete(running));
    this.running.add(running);
  }
}

/** What CardUpdates does with a message that is gone: forgets it, so no later change tries it again. */
export const forgetGoneCard =
  (services: Pick<BotServices, 'store'>) =>
  (request: CardUpdateRequest): Promise<void> =>
    services.store.postedCards.remove({
      tenantId: request.tenantId,
      ideaId: request.ideaId,
      conversationId: request.target.conversationId,
      activityId: request.activityId,
    });
