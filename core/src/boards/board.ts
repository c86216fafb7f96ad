/** The tenant-wide board every tenant has; each Teams team that installs IdeaBar gets a board of its own. */
export const DEFAULT_BOARD_ID = 'default';

export interface Board {
  tenantId: string;
  id: string;
  name: string;
  /** The Teams team whose board this is; null for the tenant-wide default board. */
  teamId: string | null;
  createdAt: Date;
}

export interface BoardView {
  id: string;
  name: string;
  teamId: string | null;
  isDefault: boolean;
  createdAt: string;
}

export const boardView = (board: Board): BoardView => ({
  id: board.id,
  name: board.name,
  teamId: board.teamId,
  isDefault: board.id === DEFAULT_BOARD_ID,
  createdAt: board.createdAt.toISOString(),
});

export const defaultBoard = (tenantId: string, at: Date): Board => ({
  tenantId,
  id: DEFAULT_BOARD_ID,
  name: 'Ideas for IT',
  teamId: null,
  createdAt: at,
});
