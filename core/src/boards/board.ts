/** The tenant-wide board every tenant has; each Teams team that installs IdeaBar gets a board of its own. */
export const DEFAULT_BOARD_ID = 'default';

/**
 * A business area people file ideas under. Retired categories stay on the ideas that have them and in filters,
 * but cannot be chosen for new ideas.
 */
export interface Category {
  id: string;
  name: string;
  retired: boolean;
}

export interface Board {
  tenantId: string;
  id: string;
  name: string;
  /** The Teams team whose board this is; null for the tenant-wide default board. */
  teamId: string | null;
  createdAt: Date;
  description: string;
  /** When empty, people may type any category. */
  categories: Category[];
  suggestedTags: string[];
  /** New ideas wait for an IT member's approval before others can see them. */
  moderation: boolean;
}

export interface BoardView {
  id: string;
  name: string;
  teamId: string | null;
  isDefault: boolean;
  createdAt: string;
  description: string;
  categories: Category[];
  suggestedTags: string[];
  moderation: boolean;
}

export const boardView = (board: Board): BoardView => ({
  id: board.id,
  name: board.name,
  teamId: board.teamId,
  isDefault: board.id === DEFAULT_BOARD_ID,
  createdAt: board.createdAt.toISOString(),
  description: board.description,
  categories: board.categories,
  suggestedTags: board.suggestedTags,
  moderation: board.moderation,
});

/** A new board's settings: no categories (free text), no suggested tags, no moderation. */
export const unconfigured = (): Pick<
  Board,
  'description' | 'categories' | 'suggestedTags' | 'moderation'
> => ({
  description: '',
  categories: [],
  suggestedTags: [],
  moderation: false,
});

export const defaultBoard = (tenantId: string, at: Date): Board => ({
  tenantId,
  id: DEFAULT_BOARD_ID,
  name: 'Ideas for IT',
  teamId: null,
  createdAt: at,
  ...unconfigured(),
});
