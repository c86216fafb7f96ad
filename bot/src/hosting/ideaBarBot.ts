import {
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type AppBasedLinkQuery,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type TurnContext,
} from 'botbuilder';
import { followRecorded } from '@ideabar/core';
import type { BotServices } from '../botServices.js';
import { answerCommand } from '../turns/commands/answerCommand.js';
import { forgetConversation, rememberConversation } from '../turns/installation.js';
import {
  openSendToIdeaBar,
  SEND_TO_IDEABAR,
  submitSendToIdeaBar,
} from '../turns/messageActions/sendToIdeaBar.js';
import { answerCardAction, answerSubmittedCard, submittedVerb } from '../turns/cardActions.js';
import type { IncomingActivity, Turn } from '../turns/turn.js';
import { answerIdeaSearch } from '../turns/messageExtensions/ideaSearch.js';
import { answerLinkUnfurling } from '../turns/messageExtensions/linkUnfurling.js';
import { sharesCardOnly } from '../turns/messageExtensions/sharedCard.js';

/**
 * IdeaBar's bot: it only dispatches each kind of activity to the module that handles it. It keeps nothing between
 * turns; everything it needs comes in `services`, built once by its host.
 */
export class IdeaBarBot extends TeamsActivityHandler {
  constructor(private readonly services: BotServices) {
    super();
    this.onMessage(async (context, next) => {
      await rememberConversation(turnOf(context), services, 'message');
      if (submittedVerb(context.activity)) await answerSubmittedCard(turnOf(context), services);
      else if (!sharesCardOnly(context.activity)) await answerCommand(turnOf(context), services);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await rememberConversation(turnOf(context), services, 'install');
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await forgetConversation(turnOf(context), services);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if (this.includesBot(context, context.activity.membersAdded)) {
        await rememberConversation(turnOf(context), services, 'install');
      }
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      if (this.includesBot(context, context.activity.membersRemoved))
        await forgetConversation(turnOf(context), services);
      await next();
    });
  }

  /** Runs the turn; then what it changed is followed (channel posts, card edits, notices), off the answer's path. */
  override async run(context: TurnContext): Promise<void> {
    try {
      await super.run(context);
    } finally {
      void followRecorded(this.services.ideabar);
    }
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const answer = await answerCardAction(turnOf(context), this.services, value);
    // botbuilder types a card as any record; IdeaBar's card type is the stricter one.
    return { ...answer, value: answer.value as unknown as Record<string, unknown> };
  }

  protected override async handleTeamsMessagingExtensionFetchTask(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    if (action.commandId !== SEND_TO_IDEABAR) return {};
    return openSendToIdeaBar(turnOf(context), this.services, action);
  }

  protected override async handleTeamsMessagingExtensionSubmitAction(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    if (action.commandId !== SEND_TO_IDEABAR) return {};
    return submitSendToIdeaBar(turnOf(context), this.services, action);
  }

  protected override handleTeamsMessagingExtensionQuery(
    context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    return answerIdeaSearch(turnOf(context).activity, this.services, query);
  }

  protected override handleTeamsAppBasedLinkQuery(
    context: TurnContext,
    query: AppBasedLinkQuery,
  ): Promise<MessagingExtensionResponse> {
    return answerLinkUnfurling(turnOf(context).activity, this.services, query);
  }

  private includesBot(context: TurnContext, members: { id: string }[] | undefined): boolean {
    return (members ?? []).some((member) => member.id === context.activity.recipient.id);
  }
}

/** The turn as IdeaBar's handlers see it: the activity, and answering in its conversation. */
function turnOf(context: TurnContext): Turn {
  return {
    activity: context.activity as IncomingActivity,
    async send(activity) {
      await context.sendActivity(activity);
    },
    async update(activityId, activity) {
      await context.updateActivity({ ...activity, id: activityId });
    },
  };
}
