import type { Caller } from '@ideabar/core';
import type { BotServices } from '../../botServices.js';
import type { AdaptiveCard } from '../../cards/adaptiveCard.js';
import type { ConnectorTarget } from '../../outbox/proactiveSender.js';
import type { Verb, VerbPayload } from './verbs.js';

/** What a verb's handler knows of the click that called it. */
export interface VerbTurn {
  services: BotServices;
  caller: Caller;
  /** The clicker's Teams id, for their client's refresh of the card. */
  teamsUserId: string;
  /** The message that carries the card, so it can be edited for everyone; null in a dialog. */
  message: { target: ConnectorTarget; activityId: string } | null;
  /** Where the click came from: a card in a conversation, or a dialog (task module). */
  surface: 'card' | 'dialog';
  /** The board of the conversation: the team's in a team's channel, otherwise the tenant's default (undefined). */
  boardId: string | undefined;
  /** The team of a channel, whose board is opened on first use. */
  team: { id: string; name: string } | undefined;
  /** The clicker's language (the invoke's `locale`, as Teams sends it: `en-us`, `ar-sa`); their card answers in it. */
  locale: string | undefined;
}

export interface VerbResult {
  /** The card the clicker sees in place of the one they clicked. */
  card: AdaptiveCard;
  /**
   * `form` when the card is a form (again, with field errors to fix); `answer` when it answers a question (a list).
   * Either is posted where a plain submit cannot replace the card that was clicked.
   */
  kind?: 'form' | 'answer';
}

export type VerbHandler<V extends Verb> = (turn: VerbTurn, payload: VerbPayload<V>) => Promise<VerbResult>;
