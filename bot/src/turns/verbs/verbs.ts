import { idSchema } from '@ideabar/core';
import { z } from 'zod';
import type { ActionData, ExecuteAction, SubmitAction } from '../../cards/adaptiveCard.js';

const onIdea = z.object({ ideaId: idSchema });
/** The lists a card can show: the board's open ideas by votes or by momentum, and the clicker's own ideas. */
export const IDEA_LISTS = ['top', 'trending', 'mine'] as const;
export type IdeaList = (typeof IDEA_LISTS)[number];
const onList = z.object({ list: z.enum(IDEA_LISTS), boardId: idSchema.optional() });
/**
 * A vote from a card that is not the idea's own: `top`/`trending` answer with that list again; `cycle` (a cycle's
 * card) and `merged` (the refusal of a vote on a duplicate, offering the idea it went into) with the idea's card.
 * Either way the card that was clicked is not that idea's card, so it is not edited into one.
 */
const onVote = onIdea.extend({
  from: z.enum(['top', 'trending', 'cycle', 'merged']).optional(),
  boardId: idSchema.optional(),
});
const text = z.string().max(10_000).optional();
/** The new-idea form's fields: the use case's to validate, field by field, as the API does. */
const ideaDraft = z.object({
  boardId: idSchema.optional(),
  title: text,
  description: text,
  category: text,
  tags: text,
  /**
   * `yes` when the form was opened by a button on another card (welcome, help, a list) and shows in its place for
   * the clicker: that message is not the form's, so it never becomes the idea's card.
   */
  overCard: z.literal('yes').optional(),
});

/**
 * The closed set of things a card can ask the bot to do, each with the payload it carries. Cards build their
 * actions from this table and the bot parses what comes back with it; a verb outside it is refused.
 * Inputs a card collects arrive merged into the payload (Adaptive Cards send input values by their ids).
 */
export const VERB_PAYLOADS = {
  vote: onVote,
  withdrawVote: onVote,
  follow: onIdea,
  unfollow: onIdea,
  refreshIdea: onIdea,
  comment: onIdea.extend({ comment: text }),
  /** `checkedTitle`: the title similar ideas were shown for, so submitting it does not look again. */
  submitIdea: ideaDraft.extend({ checkedTitle: text }),
  /** Looks for ideas like the draft and shows the form again, the draft kept. */
  checkSimilarIdeas: ideaDraft,
  /** Shows one of the lists; also the list card's refresh, so each person sees their own votes. */
  showIdeas: onList,
  /** Opens the new-idea form (the welcome and help cards' first button). */
  openNewIdeaForm: z.object({ boardId: idSchema.optional() }),
} as const;

export type Verb = keyof typeof VERB_PAYLOADS;
export type VerbPayload<V extends Verb> = z.output<(typeof VERB_PAYLOADS)[V]>;
export const VERBS = Object.keys(VERB_PAYLOADS) as Verb[];

/** The key a plain submit (the fallback of Action.Execute, and dialogs) carries its verb under. */
export const VERB_FIELD = 'verb';

export const isVerb = (value: unknown): value is Verb =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(VERB_PAYLOADS, value);

type PayloadInput<V extends Verb> = z.input<(typeof VERB_PAYLOADS)[V]>;

function dataOf<V extends Verb>(payload: PayloadInput<V>): ActionData {
  const data: ActionData = {};
  for (const [name, value] of Object.entries(payload)) {
    if (typeof value === 'string') data[name] = value;
  }
  return data;
}

export interface ActionOptions {
  style?: 'default' | 'positive' | 'destructive';
  tooltip?: string;
}

/** A Universal Action for a verb, falling back to a plain submit of the same verb where Execute is unknown. */
export function executeAction<V extends Verb>(
  verb: V,
  title: string,
  payload: PayloadInput<V>,
  options: ActionOptions = {},
): ExecuteAction {
  const data = dataOf(payload);
  const { tooltip, ...submitOptions } = options;
  return {
    type: 'Action.Execute',
    title,
    verb,
    data,
    ...submitOptions,
    ...(tooltip ? { tooltip } : {}),
    fallback: { type: 'Action.Submit', title, data: { ...data, [VERB_FIELD]: verb }, ...submitOptions },
  };
}

/** A plain submit of a verb, for dialogs (task modules), which only know Action.Submit. */
export function submitAction<V extends Verb>(
  verb: V,
  title: string,
  payload: PayloadInput<V>,
  options: ActionOptions = {},
): SubmitAction {
  const { style } = options;
  return {
    type: 'Action.Submit',
    title,
    data: { ...dataOf(payload), [VERB_FIELD]: verb },
    ...(style ? { style } : {}),
  };
}

export type ParsedVerb = { [V in Verb]: { verb: V; payload: VerbPayload<V> } }[Verb];

/** Reads a verb and its payload from what a card sent, or undefined when it is not one of ours. */
export function parseVerb(verb: unknown, data: unknown): ParsedVerb | { invalid: string } | undefined {
  if (!isVerb(verb)) return undefined;
  const parsed = VERB_PAYLOADS[verb].safeParse(data ?? {});
  if (!parsed.success) return { invalid: verb };
  return { verb, payload: parsed.data } as ParsedVerb;
}
