import type { IdeaChange, IdeaEvents } from '../notifications/ideaEvents.js';
import type { EventOutboxRepository } from '../ports.js';
import type { IdeaChangedEvent } from './outboxEvent.js';

/** An event this process recorded, with the version that settling it is conditional on. */
export interface RecordedEvent {
  event: IdeaChangedEvent;
  version: string;
}

/**
 * This process's end of the outbox: use cases record their events through it, subscribers (the bot) hear of changes
 * through it, and the events recorded here wait in it for `followRecorded`, which the host runs right after it has
 * answered (so a new idea's channel post does not wait for the drain timer). The durable record is in storage; what
 * is kept here is only the hint of what to follow first.
 */
export class EventOutbox {
  private readonly subscribers: IdeaEvents[] = [];
  private readonly recordedHere = new Map<string, RecordedEvent>();
  private readonly following = new Set<Promise<void>>();

  constructor(private readonly events: EventOutboxRepository) {}

  /** Adds a subscriber, told of every change this process follows from now on. */
  subscribe(subscriber: IdeaEvents): void {
    this.subscribers.push(subscriber);
  }

  /** Records the event in storage before its change is made; it is then followed here, or by the drainer. */
  async record(event: IdeaChangedEvent): Promise<void> {
    const version = await this.events.record(event);
    this.recordedHere.set(`${event.tenantId}|${event.key}`, { event, version });
  }

  /** Tells every subscriber of a change that is made. */
  async tell(change: IdeaChange): Promise<void> {
    await Promise.all(this.subscribers.map((subscriber) => subscriber.follow(change)));
  }

  /** The events recorded here and not yet taken; each is handed out once. */
  take(): RecordedEvent[] {
    const taken = [...this.recordedHere.values()];
    this.recordedHere.clear();
    return taken;
  }

  /** Gives back an event whose change is not made yet (still in flight): the next follow-up looks again. */
  keep(recorded: RecordedEvent): void {
    this.recordedHere.set(`${recorded.event.tenantId}|${recorded.event.key}`, recorded);
  }

  track(work: Promise<void>): void {
    this.following.add(work);
    void work.finally(() => this.following.delete(work));
  }

  /** Resolves once every follow-up started here has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.following.size > 0) await Promise.all([...this.following]);
  }
}
