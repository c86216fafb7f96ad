import { DIGEST_PRESETS, listIdeas, updateBoard, type DigestPreset } from '@ideabar/core';
import type { TurnContext } from 'botbuilder';
import type { BotServices } from '../botServices.js';
import { attachmentOf, type AdaptiveCard } from '../cards/adaptiveCard.js';
import { helpCard } from '../cards/helpCard.js';
import { ideaListCard, LIST_LENGTH } from '../cards/ideaListCard.js';
import { noticeCard } from '../cards/noticeCard.js';
import { callerOf } from '../turns/caller.js';
import { scopeOf } from '../turns/conversationScope.js';
import { errorCardFor } from '../turns/errorCards.js';
import { newIdeaForm } from '../verbs/newIdeaForm.js';
import { commandTextOf, parseCommand, type Command } from './commands.js';

const DIGEST_WORDS: Record<DigestPreset, string> = {
  off: 'no digest',
  weekly: 'a weekly digest, on Mondays at 09:00',
  monthly: 'a monthly digest, on the 1st at 09:00',
};

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
      return newIdeaForm(services, callerOf(context.activity), { mode: 'card', boardId });
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
      if (!boardId) return noticeCard("Say this in a channel of the team whose board's digest it is.");
      // The board's digest schedule, as IT sets it in settings: the same use case, so only IT members may.
      const board = await updateBoard(
        services.ideabar,
        callerOf(context.activity),
        boardId,
        { digestSchedule: DIGEST_PRESETS[command.frequency] },
        services.store.conversations,
      );
      return noticeCard(
        `Done: this board gets ${DIGEST_WORDS[command.frequency]}` +
          (command.frequency === 'off' ? '.' : ` (${board.timeZone}), in its announcement channel.`),
      );
    }
    case 'help':
      return helpCard();
    case 'unknown':
      return helpCard(command.text);
  }
}
