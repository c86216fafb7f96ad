import { z } from 'zod';
import { ValidationError } from '../errors.js';
import type { SortKey } from '../ideas/ranking.js';

/**
 * A listing cursor: which snapshot it pages through and where the next page starts in it, the moment its scores
 * were computed at, and the sort key of the last idea already shown. The key alone is enough to continue on a fresh
 * read if the snapshot is gone.
 */
export interface ListingCursor {
  snapshotId: string;
  offset: number;
  at: Date;
  after: SortKey;
}

const cursorSchema = z.object({
  v: z.literal(1),
  s: z.string().max(64),
  o: z.number().int().nonnegative(),
  // The last moment a Date can hold; anything later is no cursor IdeaBar wrote.
  t: z.number().int().nonnegative().max(8.64e15),
  k: z.tuple([z.number(), z.number(), z.string().max(128)]),
});

export function encodeCursor(cursor: ListingCursor): string {
  const { snapshotId, offset, at, after } = cursor;
  const json = JSON.stringify({ v: 1, s: snapshotId, o: offset, t: at.getTime(), k: after });
  return btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeCursor(text: string): ListingCursor {
  try {
    const json = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const parsed = cursorSchema.parse(JSON.parse(json));
    return { snapshotId: parsed.s, offset: parsed.o, at: new Date(parsed.t), after: parsed.k };
  } catch {
    throw new ValidationError([
      {
        field: 'cursor',
        message: 'This cursor is not one IdeaBar gave out. Start again from the first page.',
      },
    ]);
  }
}
