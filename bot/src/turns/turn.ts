import type { AdaptiveCard, CardAttachment } from '../cards/adaptiveCard.js';
import type { OutgoingActivity } from '../outbox/proactiveSender.js';

/**
 * IdeaBar's own words for what Teams sends and what the bot answers. Handlers read and return only these; the one
 * folder that knows the bot SDK (hosting/) translates, so replacing that SDK changes hosting/ alone.
 */

/** A person or the bot, as Teams names them in an activity. */
export interface TeamsAccount {
  id: string;
  name?: string;
  /** The Entra object id: the same id the API's tokens carry. */
  aadObjectId?: string;
}

/** An activity Teams sent, with the fields IdeaBar reads; hosting/activity.ts checks their shapes first. */
export interface IncomingActivity {
  type: string;
  /** An invoke's name (`adaptiveCard/action`, `composeExtension/…`). */
  name?: string;
  channelId: string;
  serviceUrl: string;
  conversation: {
    id: string;
    tenantId?: string;
    conversationType?: string;
    name?: string;
  };
  from: TeamsAccount;
  recipient: TeamsAccount;
  locale?: string;
  text?: string;
  /** What a card's submit or an invoke carries. */
  value?: unknown;
  /** The message a card action came from. */
  replyToId?: string;
  channelData?: unknown;
  entities?: { type: string; [field: string]: unknown }[];
  /** What a message carries besides its text (cards picked from the compose box). */
  attachments?: { contentType: string; content?: unknown }[];
  membersAdded?: TeamsAccount[];
  membersRemoved?: TeamsAccount[];
}

/** One incoming activity and the ways to answer in its conversation. */
export interface Turn {
  activity: IncomingActivity;
  /** Posts a message in the activity's conversation. */
  send(activity: OutgoingActivity): Promise<void>;
  /** Replaces a message of this conversation (the card a plain submit came from). */
  update(activityId: string, activity: OutgoingActivity): Promise<void>;
}

/** What an `adaptiveCard/action` invoke carries: the Action.Execute that was clicked. */
export interface CardActionValue {
  action?: { verb?: string; data?: unknown };
}

/** The answer to a card action: the card the clicker sees in place of the one they clicked. */
export interface CardActionAnswer {
  statusCode: 200;
  type: 'application/vnd.microsoft.card.adaptive';
  value: AdaptiveCard;
}

/** What a message action (`composeExtension/fetchTask` or `submitAction`) carries. */
export interface MessageActionRequest {
  commandId?: string;
  data?: unknown;
  /** The message the action was started from. */
  messagePayload?: { body?: { content?: string } };
}

/** The answer to a message action: a dialog with a card, or a short message to close it with. */
export type MessageActionAnswer =
  | {
      task: {
        type: 'continue';
        value: { title: string; height: 'large'; width: 'medium'; card: CardAttachment };
      };
    }
  | { task: { type: 'message'; value: string } };
