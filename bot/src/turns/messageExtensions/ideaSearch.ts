import {
  IdeaBarError,
  listIdeas,
  NotFoundError,
  PAGE_LIMIT,
  parseInput,
  translatorFor,
  type Caller,
  type IdeaView,
  type ListIdeasQuery,
} from '@ideabar/core';
import type { IncomingActivity } from '../turn.js';
import { z } from 'zod';
import type { BotServices } from '../../botServices.js';
import { callerOf } from '../caller.js';
import { scopeOf } from '../conversationScope.js';
import { ideaResult, results, sentence, type ComposeExtensionAnswer } from './ideaResult.js';

/** The search command's id and its one parameter's name in the app manifest. */
export const SEARCH_IDEAS = 'searchIdeas';
export const SEARCH_PARAMETER = 'query';

/** Teams asks for 25 results at a time; more would not be shown, and each is a whole card. */
export const RESULTS_PER_PAGE = 25;
/** How far someone may scroll: past this, the search ends (the board's own search goes further). */
export const RESULTS_MAX = 1_000;
/** The longest search core takes. */
const QUERY_MAX = 200;

const searchValue = z.looseObject({
  commandId: z.string({ error: 'Send the command id as text.' }).max(64),
  parameters: z
    .array(z.looseObject({ name: z.string().max(64), value: z.unknown() }), {
      error: 'Send the parameters as a list.',
    })
    .max(10)
    .optional(),
  queryOptions: z
    .looseObject({
      skip: z.coerce.number().int().min(0).max(RESULTS_MAX).optional(),
      count: z.coerce.number().int().min(1).max(PAGE_LIMIT.max).optional(),
    })
    .optional(),
});

/**
 * "Search ideas" in the compose box: the ideas of the conversation's board (a team's own in its channels) that the
 * person may see, best voted first, each as the card the bot posts with a compact row to pick it by. Nothing typed
 * yet: the board's top open ideas. Nothing found: a sentence saying so, and what to do instead.
 */
export async function answerIdeaSearch(
  activity: IncomingActivity,
  services: BotServices,
  value: unknown,
): Promise<ComposeExtensionAnswer> {
  const { locale } = activity;
  const { t } = translatorFor(locale);
  try {
    const search = parseInput(searchValue, value, 'value');
    if (search.commandId !== SEARCH_IDEAS) return results([]);
    const caller = callerOf(activity);
    const typed = search.parameters?.find((parameter) => parameter.name === SEARCH_PARAMETER)?.value;
    const text = typeof typed === 'string' ? typed.trim().slice(0, QUERY_MAX) : '';
    const { boardId } = scopeOf(activity);
    const query: Partial<ListIdeasQuery> = {
      ...(boardId ? { boardId } : {}),
      ...(text ? { q: text } : { status: 'open' }),
      sort: 'top',
    };
    const skip = search.queryOptions?.skip ?? 0;
    const count = Math.min(search.queryOptions?.count ?? RESULTS_PER_PAGE, RESULTS_PER_PAGE);
    // A team whose board no one has opened yet (tab or bot) has no ideas; searching opens nothing.
    const ideas = await ideasAt(services, caller, query, skip, count).catch((error: unknown) => {
      if (boardId && error instanceof NotFoundError) return [];
      throw error;
    });
    if (ideas.length === 0 && skip === 0) {
      return sentence(text ? t('search.noMatch', { query: text }) : t('search.emptyBoard'));
    }
    const requester = { caller, teamsUserId: activity.from.id, locale };
    return results(await Promise.all(ideas.map((idea) => ideaResult(services, requester, idea.id))));
  } catch (error) {
    if (error instanceof IdeaBarError) return sentence(error.message);
    services.faults(error);
    return sentence(t('card.error.fault'));
  }
}

/** The ideas from `skip` on, `count` of them, following the listing's pages (at most 100 each) that far. */
async function ideasAt(
  services: BotServices,
  caller: Caller,
  query: Partial<ListIdeasQuery>,
  skip: number,
  count: number,
): Promise<IdeaView[]> {
  const wanted = Math.min(skip + count, RESULTS_MAX);
  if (wanted <= skip) return [];
  const found: IdeaView[] = [];
  let cursor: string | null = null;
  do {
    const limit = Math.min(PAGE_LIMIT.max, wanted - found.length);
    const page = await listIdeas(services.ideabar, caller, {
      ...query,
      limit,
      ...(cursor ? { cursor } : {}),
    });
    found.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && found.length < wanted);
  return found.slice(skip, wanted);
}
