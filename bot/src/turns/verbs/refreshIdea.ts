import { personalIdeaCard } from './ideaViews.js';
import type { VerbHandler } from './verbTurn.js';

/** A client showing the card asks for its person's own view (Universal Actions' refresh). */
export const refreshIdea: VerbHandler<'refreshIdea'> = async (turn, { ideaId }) => ({
  card: await personalIdeaCard(turn, ideaId),
});
