import type { BoardFacets, BoardView, OpenTeamBoardRequest } from '@ideabar/core';
import type { ApiClient } from './apiClient';

export type { BoardFacets, BoardView };

/** Board names are 1–80 characters (POST /api/boards). */
const BOARD_NAME_MAX = 80;

export class BoardsApi {
  constructor(private readonly client: ApiClient) {}

  async list(): Promise<BoardView[]> {
    const { items } = await this.client.request<{ items: BoardView[] }>('GET', '/api/boards');
    return items;
  }

  /** The Teams team's own board, created the first time (201) and returned as it is after that (200). */
  openTeamBoard(teamId: string, teamName: string): Promise<BoardView> {
    const name = teamName.trim().slice(0, BOARD_NAME_MAX).trim() || 'Team ideas';
    return this.client.request<BoardView>('POST', '/api/boards', {
      body: { teamId, name } satisfies OpenTeamBoardRequest,
    });
  }

  /** What the board's filters can offer, counted over all its ideas. */
  facets(boardId: string): Promise<BoardFacets> {
    return this.client.request<BoardFacets>('GET', `/api/boards/${encodeURIComponent(boardId)}/facets`);
  }
}
