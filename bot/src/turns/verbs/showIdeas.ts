import { newIdeaForm } from './newIdeaForm.js';
import { ideaListFor } from './ideaLists.js';
import type { VerbHandler } from './verbTurn.js';

/** A list for the clicker (a welcome or help button, or the list card's refresh): their own view, their votes. */
export const showIdeas: VerbHandler<'showIdeas'> = async (turn, { list, boardId }) => ({
  card: await ideaListFor(turn.services, turn.caller, {
    list,
    boardId: boardId ?? turn.boardId,
    teamsUserId: turn.teamsUserId,
    viewer: 'person',
    locale: turn.locale,
  }),
  kind: 'answer',
});

/** The new-idea form, for the board of the card's conversation. */
export const openNewIdeaForm: VerbHandler<'openNewIdeaForm'> = async (turn, { boardId }) => ({
  card: await newIdeaForm(turn.services, turn.caller, {
    mode: 'card',
    boardId: boardId ?? turn.boardId,
    overCard: true,
    locale: turn.locale,
  }),
  kind: 'form',
});
