import { checkSimilarIdeas } from './checkSimilarIdeas.js';
import { comment } from './comment.js';
import { follow, unfollow } from './follow.js';
import { refreshIdea } from './refreshIdea.js';
import { openNewIdeaForm, showIdeas } from './showIdeas.js';
import { submitIdea } from './submitIdea.js';
import type { Verb } from './verbs.js';
import type { VerbHandler, VerbResult, VerbTurn } from './verbTurn.js';
import type { ParsedVerb } from './verbs.js';
import { vote } from './vote.js';
import { withdrawVote } from './withdrawVote.js';

/** One handler per verb; the type makes a verb without a handler a compile error. */
const HANDLERS: { [V in Verb]: VerbHandler<V> } = {
  vote,
  withdrawVote,
  follow,
  unfollow,
  refreshIdea,
  comment,
  submitIdea,
  checkSimilarIdeas,
  showIdeas,
  openNewIdeaForm,
};

export function runVerb(turn: VerbTurn, parsed: ParsedVerb): Promise<VerbResult> {
  const handler = HANDLERS[parsed.verb] as VerbHandler<typeof parsed.verb>;
  return handler(turn, parsed.payload as never);
}
