import type { PeoplePage } from '@ideabar/core';
import type { ApiClient } from './apiClient';

export type { PeoplePage };

/** The people IdeaBar knows in the tenant (IT only), to name a sponsor or an IT member outside Teams. */
export class PeopleApi {
  constructor(private readonly client: ApiClient) {}

  /** Those whose name holds every word of `q`, by name; `cursor` is the previous page's `nextCursor`. */
  search(
    q: string,
    page: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
  ): Promise<PeoplePage> {
    return this.client.request<PeoplePage>('GET', '/api/people', {
      query: { q: q.trim() || undefined, cursor: page.cursor, limit: page.limit },
      ...(page.signal ? { signal: page.signal } : {}),
    });
  }
}
