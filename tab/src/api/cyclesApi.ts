import type { CycleView, RoadmapLane } from '@ideabar/core';
import type { ApiClient } from './apiClient';

export type { CycleView, RoadmapLane };

/** Planning cycles and the roadmap built from them; no board means every board of the tenant. */
export class CyclesApi {
  constructor(private readonly client: ApiClient) {}

  /** The board's cycles, latest first. */
  async list(boardId?: string): Promise<CycleView[]> {
    const { items } = await this.client.request<{ items: CycleView[] }>('GET', '/api/cycles', {
      query: { boardId },
    });
    return items;
  }

  /** What IT has committed to per cycle, latest first, with ideas in no cycle last. */
  async roadmap(boardId?: string, signal?: AbortSignal): Promise<RoadmapLane[]> {
    const { lanes } = await this.client.request<{ lanes: RoadmapLane[] }>('GET', '/api/roadmap', {
      query: { boardId },
      ...(signal ? { signal } : {}),
    });
    return lanes;
  }
}
