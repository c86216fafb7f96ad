import { DIGEST_PRESETS, translatorFor, updateBoard, whoAmI } from '@ideabar/core';
import type { Turn } from '../turn.js';
import type { BotServices } from '../../botServices.js';
import { attachmentOf, type AdaptiveCard } from '../../cards/adaptiveCard.js';
import { helpCard } from '../../cards/helpCard.js';
import { noticeCard } from '../../cards/noticeCard.js';
import { callerOf } from '../caller.js';
import { scopeOf } from '../conversationScope.js';
import { refusalCardFor } from '../errorCards.js';
import { ideaListFor } from '../verbs/ideaLists.js';
import { newIdeaForm } from '../verbs/newIdeaForm.js';
import { commandTextOf, parseCommand, type Command } from './commands.js';

/** Answers a typed message: a command's card, or help that says what was not understood. Never silence. */
export async function answerCommand(turn: Turn, services: BotServices): Promise<void> {
  const text = commandTextOf(turn.activity);
  let card: AdaptiveCard;
  try {
    card = await cardFor(parseCommand(text), turn, services);
  } catch (error) {
    card = await refusalCardFor(error, services, turn.activity);
  }
  await turn.send({ type: 'message', attachments: [attachmentOf(card)] });
}

async function cardFor(command: Command, turn: Turn, services: BotServices): Promise<AdaptiveCard> {
  const { boardId, place } = scopeOf(turn.activity);
  const { locale } = turn.activity;
  const { t } = translatorFor(locale);
  switch (command.name) {
    case 'newIdea':
      return newIdeaForm(services, callerOf(turn.activity), { mode: 'card', boardId, locale });
    case 'list':
      // In a personal chat the list is the asker's alone; elsewhere everyone reads it, so it shows no one's votes
      // and refreshes into each reader's own view.
      return ideaListFor(services, callerOf(turn.activity), {
        list: command.list,
        boardId,
        teamsUserId: turn.activity.from.id,
        viewer: place === 'personal' ? 'person' : 'shared',
        locale,
      });
    case 'digest': {
      if (!boardId) return noticeCard(t('card.digest.notHere'), locale);
      // The board's digest schedule, as IT sets it in settings: the same use case, so only IT members may.
      const board = await updateBoard(
        services.ideabar,
        callerOf(turn.activity),
        boardId,
        { digestSchedule: DIGEST_PRESETS[command.frequency] },
        services.store.conversations,
      );
      return noticeCard(
        t('card.digest.done', { frequency: command.frequency, timeZone: board.timeZone }),
        locale,
      );
    }
    case 'help':
    case 'unknown': {
      const me = await whoAmI(services.ideabar, callerOf(turn.activity));
      return helpCard(services.settings, {
        place,
        boardId,
        isItMember: me.roles.includes('it'),
        locale,
        ...(command.name === 'unknown' ? { unknownText: command.text } : {}),
      });
    }
  }
}
