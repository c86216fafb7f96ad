import { conversationKeys, listIdeas } from '@ideabar/core';
import type { TurnContext } from 'botbuilder';
import type { BotServices } from '../botServices.js';
import { attachmentOf, type AdaptiveCard } from '../cards/adaptiveCard.js';
import { helpCard } from '../cards/helpCard.js';
import { ideaListCard, LIST_LENGTH } from '../cards/ideaListCard.js';
import { newIdeaCard } from '../cards/newIdeaCard.js';
import { noticeCard } from '../cards/noticeCard.js';
import { callerOf } from '../turns/caller.js';
import { scopeOf } from '../turns/conversationScope.js';
import { errorCardFor } from '../turns/errorCards.js';
import { commandTextOf, parseCommand, type Command } from './commands.js';

const DIGEST_WORDS = { off: 'no digest', weekly: 'a weekly digest', monthly: 'a monthly digest' } as const;

/** Answers a typed message: a command's card, or help that says what was not understood. Never silence. */
export async function answerCommand(context: TurnContext, services: BotServices): Promise<void> {
  const text = commandTextOf(context.activity);
  let card: AdaptiveCard;
  try {
    card = await cardFor(parseCommand(text), context, services);
  } catch (error) {
    card = errorCardFor(error, services.faults);
  }
  await context.sendActivity({ type: 'message', attachments: [attachmentOf(card)] });
}

async function cardFor(command: Command, context: TurnContext, services: BotServices): Promise<AdaptiveCard> {
  const { boardId } = scopeOf(context.activity);
  switch (command.name) {
    case 'newIdea':
      return newIdeaCard({ mode: 'card', ...(boardId ? { boardId } : {}) });
    case 'list': {
      const caller = callerOf(context.activity);
      const page = await listIdeas(services.ideabar, caller, {
        sort: command.sort,
        limit: LIST_LENGTH,
        ...(boardId ? { boardId } : {}),
      });
      const heading = command.sort === 'top' ? 'Top ideas' : 'Trending ideas';
      return ideaListCard(services.settings, heading, page.items);
    }
    case 'digest': {
      const caller = callerOf(context.activity);
      const set =
        boardId !== undefined &&
        (await services.store.conversations.setDigest(
          caller.tenantId,
          conversationKeys.board(boardId),
          command.frequency,
        ));
      return noticeCard(
        set
          ? `Done: this board's channel gets ${DIGEST_WORDS[command.frequency]}.`
          : 'The digest is set in the channel where IdeaBar was installed in a team.',
      );
    }
    case 'help':
      return helpCard();
    case 'unknown':
      return helpCard(command.text);
  }
}
