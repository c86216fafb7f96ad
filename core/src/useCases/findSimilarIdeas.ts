import { z } from 'zod';
import { resolveBoard } from '../boards/resolveBoard.js';
import type { IdeaBarContext } from '../context.js';
import { idSchema, type Caller } from '../identity.js';
import { IDEA_LIMITS, viewOf, type IdeaView } from '../ideas/idea.js';
import { significantWords } from '../listing/textMatch.js';
import { parseInput } from '../validation.js';

export const similarIdeasQuery = z.object({
  title: z
    .string({ error: 'Enter the title you are typing.' })
    .trim()
    .min(1, 'Enter the title you are typing.')
    .max(IDEA_LIMITS.titleMax, `Use at most ${IDEA_LIMITS.titleMax} characters.`),
  boardId: idSchema.optional(),
  limit: z.coerce
    .number()
    .int('Use a whole number.')
    .min(1, 'From 1 to 10.')
    .max(10, 'From 1 to 10.')
    .default(5),
});

export interface SimilarIdea extends IdeaView {
  /** Share of the typed title's significant words the idea shares, 0–1. */
  similarity: number;
}

/**
 * Existing ideas that look like the one being typed, so people vote for it instead of posting it twice: ranked by
 * how many of the title's significant words they share (in their title, tags or description), then by votes.
 * Merged duplicates are left out; declined ideas are not, as their path to yes may be the answer.
 */
export async function findSimilarIdeas(
  ctx: IdeaBarContext,
  caller: Caller,
  query: unknown,
): Promise<SimilarIdea[]> {
  const { title, boardId, limit } = parseInput(similarIdeasQuery, query, 'query');
  const words = significantWords(title);
  if (words.size === 0) return [];
  const board = await resolveBoard(ctx, caller.tenantId, boardId);
  const [ideas, voted] = await Promise.all([
    ctx.repos.ideas.listBoard(caller.tenantId, board.id),
    ctx.votes.votedIdeaIds(caller.tenantId, caller.userId, board.id),
  ]);
  const scored = ideas
    .filter((idea) => idea.status !== 'duplicate' && !idea.triage.awaitingApproval)
    .map((idea) => {
      const theirs = significantWords([idea.title, idea.tags.join(' '), idea.description].join(' '));
      const shared = [...words].filter((word) => theirs.has(word)).length;
      return { idea, similarity: shared / words.size };
    })
    .filter(({ similarity }) => similarity > 0)
    .sort(
      (a, b) =>
        b.similarity - a.similarity || b.idea.votes - a.idea.votes || a.idea.id.localeCompare(b.idea.id),
    );
  return scored.slice(0, limit).map(({ idea, similarity }) => ({
    ...viewOf(idea, voted.has(idea.id)),
    similarity: Math.round(similarity * 100) / 100,
  }));
}
