import { z } from 'zod';
import type { IdeaBarContext } from '../context.js';
import { ValidationError } from '../errors.js';
import type { Caller, Person } from '../identity.js';
import { matcherFor } from '../listing/textMatch.js';
import { requireItMember } from '../members/requireItMember.js';
import { parseInput } from '../validation.js';

export const PEOPLE_PAGE = { max: 50, default: 20 } as const;

export const searchPeopleQuery = z.object({
  /** Words of the name, in any order and case, accents optional; none lists everyone. */
  q: z.string().trim().max(100, 'Use at most 100 characters.').default(''),
  cursor: z.string().max(400, 'Use the nextCursor of the previous page.').optional(),
  limit: z.coerce
    .number({ error: 'Use a whole number.' })
    .int('Use a whole number.')
    .min(1, `Use a number from 1 to ${PEOPLE_PAGE.max}.`)
    .max(PEOPLE_PAGE.max, `Use a number from 1 to ${PEOPLE_PAGE.max}.`)
    .default(PEOPLE_PAGE.default),
});

export interface PeoplePage {
  items: Person[];
  /** Where the next page starts; null on the last page. */
  nextCursor: string | null;
}

/** Where a person sorts: their name folded (case and accents aside), then their id, so the order is total. */
type PersonKey = [name: string, id: string];

const fold = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
const compare = (a: PersonKey, b: PersonKey): number =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;

/**
 * The people IdeaBar knows in the caller's tenant whose name holds every word typed, by name, a page at a time: for
 * IT naming a sponsor or an IT member outside Teams. The cursor is the last person shown, so a page never repeats
 * or skips someone when others sign in meanwhile.
 */
export async function searchPeople(ctx: IdeaBarContext, caller: Caller, query: unknown): Promise<PeoplePage> {
  await requireItMember(ctx, caller, 'look people up');
  const { q, cursor, limit } = parseInput(searchPeopleQuery, query, 'query');
  const after = cursor === undefined ? undefined : decodePeopleCursor(cursor);
  const matches = matcherFor(q);
  const found = (await ctx.repos.people.list(caller.tenantId))
    .filter((person) => matches([person.name]))
    .map((person) => ({ key: [fold(person.name), person.userId] as PersonKey, person }))
    .filter(({ key }) => !after || compare(key, after) > 0)
    .sort((a, b) => compare(a.key, b.key));
  const page = found.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ person }) => ({ id: person.userId, name: person.name })),
    nextCursor: found.length > limit && last ? encodePeopleCursor(last.key) : null,
  };
}

const encodePeopleCursor = (key: PersonKey): string =>
  btoa(String.fromCodePoint(...new TextEncoder().encode(JSON.stringify(key))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

function decodePeopleCursor(text: string): PersonKey {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (char) => char.codePointAt(0) ?? 0));
    return z.tuple([z.string().max(200), z.string().max(128)]).parse(JSON.parse(json));
  } catch {
    throw new ValidationError([{ field: 'cursor', message: 'Use the nextCursor of the previous page.' }]);
  }
}
