import type { IdeaBarContext } from '../context.js';
import { ID_PATTERN, type Caller } from '../identity.js';
import { NotFoundError } from '../errors.js';
import { resolveBoard } from '../boards/resolveBoard.js';

export interface BoardFacets {
  /** Every category a filter can offer: the board's (retired ones included) and any on its ideas, with counts. */
  categories: { name: string; ideas: number; retired: boolean }[];
  /** Tags on the board's ideas and its suggested tags, most used first. */
  tags: { name: string; ideas: number }[];
  total: number;
}

/** What a board's filters can offer, worked out from all its ideas rather than the page on screen. */
export async function boardFacets(
  ctx: IdeaBarContext,
  caller: Caller,
  boardId: string,
): Promise<BoardFacets> {
  if (!ID_PATTERN.test(boardId)) throw new NotFoundError('The board', 'board_not_found');
  const board = await resolveBoard(ctx, caller.tenantId, boardId);
  const ideas = (await ctx.repos.ideas.listBoard(caller.tenantId, board.id)).filter(
    (idea) => idea.status !== 'duplicate' && !idea.triage.awaitingApproval,
  );
  const categories = new Map<string, { name: string; ideas: number; retired: boolean }>();
  for (const category of board.categories) {
    categories.set(category.name.toLocaleLowerCase(), {
      name: category.name,
      ideas: 0,
      retired: category.retired,
    });
  }
  const tags = new Map<string, { name: string; ideas: number }>();
  for (const tag of board.suggestedTags) tags.set(tag.toLocaleLowerCase(), { name: tag, ideas: 0 });
  for (const idea of ideas) {
    if (idea.category) {
      const key = idea.category.toLocaleLowerCase();
      const entry = categories.get(key) ?? { name: idea.category, ideas: 0, retired: false };
      categories.set(key, { ...entry, ideas: entry.ideas + 1 });
    }
    for (const tag of idea.tags) {
      const key = tag.toLocaleLowerCase();
      const entry = tags.get(key) ?? { name: tag, ideas: 0 };
      tags.set(key, { ...entry, ideas: entry.ideas + 1 });
    }
  }
  const byUse = <T extends { name: string; ideas: number }>(a: T, b: T) =>
    b.ideas - a.ideas || a.name.localeCompare(b.name);
  return {
    categories: [...categories.values()].sort(byUse),
    tags: [...tags.values()].sort(byUse),
    total: ideas.length,
  };
}
