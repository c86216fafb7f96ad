import {
  boardCategories,
  categoryChoice,
  openTeamBoard,
  submitIdea as submit,
  submitIdeaInput,
  translatorFor,
  ValidationError,
  type FieldError,
  type IdeaView,
} from '@ideabar/core';
import { rememberPostedCard } from '../../sharedCards/postedCards.js';
import { noteClickedCard, personalIdeaCard } from './ideaViews.js';
import { draftOf, newIdeaForm, similarIdeasTo, type NewIdeaFormOptions } from './newIdeaForm.js';
import type { VerbHandler, VerbTurn } from './verbTurn.js';

/**
 * Submits the form through the same use case (and so the same field rules) as the API. Field errors come back as
 * the form again, with the text kept and each message under its field. Before a title is submitted the first
 * time, ideas like it are looked for: if there are any, the form comes back with them, to vote for one instead or
 * to submit anyway. A new idea's card goes to its board's announcement channel (IdeaChangeFollower): where the form
 * was filled in that very channel, the form itself becomes the card.
 */
export const submitIdea: VerbHandler<'submitIdea'> = async (turn, payload) => {
  const boardId = payload.boardId ?? turn.boardId;
  const input = {
    title: payload.title ?? '',
    description: payload.description ?? '',
    category: payload.category?.trim() ? payload.category : null,
    tags: splitTags(payload.tags),
    ...(boardId ? { boardId } : {}),
  };
  const form = async (options: Pick<NewIdeaFormOptions, 'errors' | 'similar' | 'checkedTitle'>) => ({
    card: await newIdeaForm(turn.services, turn.caller, {
      mode: turn.surface,
      boardId,
      draft: draftOf(payload),
      ...(payload.checkedTitle ? { checkedTitle: payload.checkedTitle } : {}),
      ...(payload.overCard ? { overCard: true } : {}),
      locale: turn.locale,
      ...options,
    }),
    kind: 'form' as const,
  });
  if (turn.team && boardId === turn.team.id) {
    // A team whose install the bot never saw still gets its board (idempotent).
    await openTeamBoard(turn.services.ideabar, turn.caller, { teamId: turn.team.id, name: turn.team.name });
  }
  const retired = await retiredCategory(turn, boardId, input.category);
  if (retired) return form({ errors: [retired] });
  const title = input.title.trim();
  if (payload.checkedTitle?.trim() !== title && submitIdeaInput.safeParse(input).success) {
    const similar = await similarIdeasTo(turn.services, turn.caller, title, boardId);
    if (similar.length > 0) return form({ similar, checkedTitle: title });
  }
  let idea: IdeaView;
  try {
    idea = await submit(turn.services.ideabar, turn.caller, input);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return form({ errors: error.fields });
  }
  // A form in a channel becomes the idea's card there, unless the idea waits for approval (not public yet) or the
  // form only shows in place of another card (a welcome, help or list), whose message is not the form's.
  if (
    turn.message &&
    !payload.overCard &&
    turn.boardId === idea.boardId &&
    turn.boardId !== undefined &&
    !idea.awaitingApproval
  ) {
    noteClickedCard(turn, idea.id);
    // The idea is in whatever happens here; a card not remembered only misses later status changes.
    await rememberPostedCard(turn.services, {
      tenantId: turn.caller.tenantId,
      ideaId: idea.id,
      ...turn.message,
    }).catch(turn.services.faults);
  }
  // The idea's submitted event, followed once this turn has answered, posts it in its board's channel (unless the
  // form became its card there) and turns the form into its card.
  return {
    card: await personalIdeaCard(turn, idea.id, translatorFor(turn.locale).t('card.note.ideaPosted')),
  };
};

/**
 * A category the board has retired, sent from a form made before it was: refused before anything else, in the
 * person's language, with what to choose instead. Which names are refused is core's rule (`categoryChoice`, the
 * one submitIdea applies); where the board offers nothing else, the use case's own words answer.
 */
async function retiredCategory(
  { services, caller, locale }: Pick<VerbTurn, 'services' | 'caller' | 'locale'>,
  boardId: string | undefined,
  typed: string | null,
): Promise<FieldError | null> {
  const choice = categoryChoice(await boardCategories(services.ideabar, caller, boardId), typed);
  if (choice.kind !== 'retired' || choice.choices.length === 0) return null;
  const { t, formatLocale } = translatorFor(locale);
  const choices = new Intl.ListFormat(formatLocale, { type: 'disjunction' }).format(choice.choices);
  return {
    field: 'category',
    message: t('card.newIdea.categoryRetired', { category: choice.category, choices }),
  };
}

const splitTags = (tags: string | undefined): string[] =>
  (tags ?? '')
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
