import type { Category } from './board.js';

/**
 * What becomes of the category someone typed for a new idea. A board with categories offers only its active ones,
 * matched without case and kept as the board names them; a board without categories takes whatever people type. A
 * retired name stays refused even once every category of the board is retired and it takes typed text again.
 */
export type CategoryChoice =
  | { kind: 'taken'; category: string | null }
  | { kind: 'retired'; category: string; choices: string[] }
  | { kind: 'notOffered'; choices: string[] };

/** The names a new idea may take; none means the board takes any text. */
export const activeCategoryNames = (categories: readonly Category[]): string[] =>
  categories.filter((category) => !category.retired).map((category) => category.name);

export function categoryChoice(categories: readonly Category[], typed: string | null): CategoryChoice {
  if (typed === null) return { kind: 'taken', category: null };
  const named = (category: Category) =>
    category.name.toLocaleLowerCase() === typed.trim().toLocaleLowerCase();
  const match = categories.find((category) => !category.retired && named(category));
  if (match) return { kind: 'taken', category: match.name };
  const choices = activeCategoryNames(categories);
  const retired = categories.find(named);
  if (retired) return { kind: 'retired', category: retired.name, choices };
  return choices.length === 0 ? { kind: 'taken', category: typed } : { kind: 'notOffered', choices };
}
