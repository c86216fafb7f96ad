import { ERROR_REASONS, type ErrorReason } from '../errors.js';
import { SAVED_RESPONSE_LIMITS } from '../savedResponses/savedResponse.js';
import type { MessageKey } from './catalog.js';
import type { Translator } from './translator.js';

/** Each refusal's sentence, most in the `reasons` catalog: a reason without one is a compile error. */
const REASON_MESSAGES: Record<ErrorReason, MessageKey> = {
  idea_not_found: 'reason.ideaNotFound',
  board_not_found: 'reason.boardNotFound',
  cycle_not_found: 'reason.cycleNotFound',
  category_not_found: 'reason.categoryNotFound',
  saved_response_not_found: 'reason.savedResponseNotFound',
  it_member_not_found: 'reason.itMemberNotFound',
  it_members_only: 'reason.itMembersOnly',
  author_only: 'reason.authorOnly',
  not_declined: 'reason.notDeclined',
  appealed_already: 'reason.appealedAlready',
  status_final: 'reason.statusFinal',
  status_move_not_allowed: 'reason.statusMoveNotAllowed',
  saved_responses_full: 'reason.savedResponsesFull',
  merged_answer_there: 'reason.mergedAnswerThere',
  merged_into_this: 'reason.mergedIntoThis',
  merged_already: 'reason.mergedAlready',
  not_awaiting_approval: 'reason.notAwaitingApproval',
  last_it_member: 'reason.lastItMember',
  cycle_overlap: 'reason.cycleOverlap',
  // The board already says these beside a refused vote.
  votes_closed_delivered: 'board.vote.closed.delivered',
  votes_closed_merged: 'board.vote.closed.duplicate',
  changed_meanwhile: 'reason.changedMeanwhile',
};

/** Whether a value (an API answer's `error.reason`) is a reason this version knows. */
export const isErrorReason = (value: unknown): value is ErrorReason =>
  (ERROR_REASONS as readonly unknown[]).includes(value);

/**
 * Why something was refused, in the reader's language: the catalog's sentence for the refusal's reason. The
 * limits a sentence names are core's own, so no face passes them.
 */
export function reasonText({ t }: Pick<Translator, 't'>, reason: ErrorReason): string {
  const key = REASON_MESSAGES[reason];
  return reason === 'saved_responses_full' ? t(key, { count: SAVED_RESPONSE_LIMITS.perBoard }) : t(key);
}
