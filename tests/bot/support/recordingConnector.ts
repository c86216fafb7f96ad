import type {
  BotConnector,
  ConnectorTarget,
  OutgoingActivity,
} from '../../../bot/src/outbox/proactiveSender.js';

export interface Recorded {
  kind: 'send' | 'update';
  target: ConnectorTarget;
  activityId: string | null;
  activity: OutgoingActivity;
  at: number;
}

/** A Bot Connector that accepts everything and remembers it, for handler tests. */
export class RecordingConnector implements BotConnector {
  readonly calls: Recorded[] = [];
  private next = 1;

  async send(target: ConnectorTarget, activity: OutgoingActivity): Promise<{ id: string }> {
    const id = `sent-${this.next++}`;
    this.calls.push({ kind: 'send', target, activityId: id, activity, at: Date.now() });
    return { id };
  }

  async update(target: ConnectorTarget, activityId: string, activity: OutgoingActivity): Promise<void> {
    this.calls.push({ kind: 'update', target, activityId, activity, at: Date.now() });
  }
}
