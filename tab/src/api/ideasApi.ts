import type { IdeaDetail, IdeaPage, IdeaStatus, IdeaView, SimilarIdea, Sort, VoteState } from '@ideabar/core';
import type { ApiClient } from './apiClient';

/** Which ideas a board view shows, as the API's GET /api/ideas query takes it. */
export interface IdeaFilter {
  boardId?: string;
  q?: string;
  status?: IdeaStatus;
  category?: string;
  tag?: string;
  mine?: boolean;
  voted?: boolean;
  sort: Sort;
}

export interface NewIdea {
  title: string;
  description: string;
  category?: string;
  tags?: string[];
  boardId?: string;
}

export type { IdeaDetail, IdeaPage, IdeaView, SimilarIdea, VoteState };

export class IdeasApi {
  constructor(private readonly client: ApiClient) {}

  list(
    filter: IdeaFilter,
    page: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
  ): Promise<IdeaPage> {
    return this.client.request<IdeaPage>('GET', '/api/ideas', {
      query: { ...filter, cursor: page.cursor, limit: page.limit },
      ...(page.signal ? { signal: page.signal } : {}),
    });
  }

  /** Ideas on the board that look like a title being typed, most alike first (GET /api/similar-ideas). */
  async similar(
    title: string,
    options: { boardId?: string; limit?: number; signal?: AbortSignal } = {},
  ): Promise<SimilarIdea[]> {
    const { items } = await this.client.request<{ items: SimilarIdea[] }>('GET', '/api/similar-ideas', {
      query: { title, boardId: options.boardId, limit: options.limit },
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return items;
  }

  get(id: string): Promise<IdeaDetail> {
    return this.client.request<IdeaDetail>('GET', `/api/ideas/${encodeURIComponent(id)}`);
  }

  submit(idea: NewIdea): Promise<IdeaView> {
    return this.client.request<IdeaView>('POST', '/api/ideas', { body: idea });
  }

  vote(id: string): Promise<VoteState> {
    return this.client.request<VoteState>('PUT', `/api/ideas/${encodeURIComponent(id)}/vote`);
  }

  withdrawVote(id: string): Promise<VoteState> {
    return this.client.request<VoteState>('DELETE', `/api/ideas/${encodeURIComponent(id)}/vote`);
  }
}
