import { DEFAULT_DIGEST_SCHEDULE, DEFAULT_TIME_ZONE } from './digestSchedule.js';

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
  /**
   * Where the board's announcements, digests and cycle reminders go: the key of a conversation the bot knows for
   * this board (`board:<id>` or `conversation:<id>`); null means the channel IdeaBar was installed in for it.
   */
  announcementChannel: string | null;
  /** When the digest goes out: a five-field cron expression read in `timeZone`; null means no digest. */
  digestSchedule: string | null;
  /** The IANA time zone the board's schedules are read in. */
  timeZone: string;
}

/** A board as the API and the bot show it: the board without its tenant, its time in ISO 8601. */
export interface BoardView extends Omit<Board, 'tenantId' | 'createdAt'> {
  isDefault: boolean;
  createdAt: string;
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
  announcementChannel: board.announcementChannel,
  digestSchedule: board.digestSchedule,
  timeZone: board.timeZone,
});

/**
 * A new board's settings: no categories (free text), no suggested tags, no moderation, announcements in the
 * channel IdeaBar was installed in, and a weekly digest on Monday morning, UTC. Boards stored before a setting
 * existed read as having its default.
 */
export const unconfigured = (): Pick<
  Board,
  | 'description'
  | 'categories'
  | 'suggestedTags'
  | 'moderation'
  | 'announcementChannel'
  | 'digestSchedule'
  | 'timeZone'
> => ({
  description: '',
  categories: [],
  suggestedTags: [],
  moderation: false,
  announcementChannel: null,
  digestSchedule: DEFAULT_DIGEST_SCHEDULE,
  timeZone: DEFAULT_TIME_ZONE,
});

export const defaultBoard = (tenantId: string, at: Date): Board => ({
  tenantId,
  id: DEFAULT_BOARD_ID,
  name: 'Ideas for IT',
  teamId: null,
  createdAt: at,
  ...unconfigured(),
});
