import { getIdea, type Caller, type IdeaDetail } from '@ideabar/core';
import type { BotServices } from '../../botServices.js';
import { attachmentOf, type CardAttachment } from '../../cards/adaptiveCard.js';
import { ideaCard } from '../../cards/ideaCard.js';
import { ideaPreview, type ThumbnailAttachment } from '../../cards/ideaPreview.js';
import { decisionsOf } from '../verbs/ideaViews.js';

/** One idea as a message extension answers it: the card that goes into the message, and the row that shows first. */
export type IdeaResult = CardAttachment & { preview: ThumbnailAttachment };

/** What Teams shows from a message extension: results to pick from, or a sentence in their place. */
export type ComposeExtensionAnswer = {
  composeExtension:
    | { type: 'result'; attachmentLayout: 'list'; attachments: IdeaResult[] }
    | { type: 'message'; text: string };
};

export const results = (attachments: IdeaResult[]): ComposeExtensionAnswer => ({
  composeExtension: { type: 'result', attachmentLayout: 'list', attachments },
});

export const sentence = (text: string): ComposeExtensionAnswer => ({
  composeExtension: { type: 'message', text },
});

/** Who asked, and in which language their cards go out. */
export interface Requester {
  caller: Caller;
  /** Their Teams id: their client fetches their own view (their vote) when it shows the card. */
  teamsUserId: string;
  locale: string | undefined;
}

/**
 * The idea as the one card the bot posts: everyone's view (no one's vote), Vote through Action.Execute, and a
 * refresh that gives the person who shares it their own view; anyone else's client asks for theirs when they refresh.
 * Read as the requester, so an idea they may not see is never read.
 */
export async function ideaResult(
  services: BotServices,
  requester: Requester,
  ideaId: string,
): Promise<IdeaResult> {
  const idea: IdeaDetail = await getIdea(services.ideabar, requester.caller, ideaId);
  const card = ideaCard(services.settings, {
    idea,
    ...(await decisionsOf(services, requester.caller, idea)),
    viewer: { kind: 'shared' },
    refreshFor: [requester.teamsUserId],
    ...(requester.locale ? { locale: requester.locale } : {}),
  });
  return { ...attachmentOf(card), preview: ideaPreview(idea, requester.locale) };
}
