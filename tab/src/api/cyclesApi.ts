import type {
  AssignToCycleRequest,
  CycleResults,
  CycleView,
  IdeaView,
  OpenCycleRequest as OpenCycleInput,
  RoadmapLane,
} from '@ideabar/core';
import type { ApiClient } from './apiClient';

export type { CycleResults, CycleView, RoadmapLane };

/**
 * A new planning cycle, its moments in ISO 8601; what is left out takes the API's default (voting opens when
 * submissions do). The tab always names its board.
 */
export type OpenCycleRequest = OpenCycleInput & { boardId: string };

/** Planning cycles and the roadmap built from them; no board means every board of the tenant. */
export class CyclesApi {
  constructor(private readonly client: ApiClient) {}

  /** The board's cycles, latest first. */
  async list(boardId?: string, signal?: AbortSignal): Promise<CycleView[]> {
    const { items } = await this.client.request<{ items: CycleView[] }>('GET', '/api/cycles', {
      query: { boardId },
      ...(signal ? { signal } : {}),
    });
    return items;
  }

  /** How many ideas take part in a cycle and its shortlist so far, ranked by votes (final once voting closed). */
  results(cycleId: string, signal?: AbortSignal): Promise<CycleResults> {
    return this.client.request<CycleResults>('GET', `/api/cycles/${encodeURIComponent(cycleId)}/results`, {
      ...(signal ? { signal } : {}),
    });
  }

  /** What IT has committed to per cycle, latest first, with ideas in no cycle last. */
  async roadmap(boardId?: string, signal?: AbortSignal): Promise<RoadmapLane[]> {
    const { lanes } = await this.client.request<{ lanes: RoadmapLane[] }>('GET', '/api/roadmap', {
      query: { boardId },
      ...(signal ? { signal } : {}),
    });
    return lanes;
  }

  /** IT opens a planning cycle on a board; a 409 when its submission window overlaps another's there. */
  open(cycle: OpenCycleRequest): Promise<CycleView> {
    return this.client.request<CycleView>('POST', '/api/cycles', { body: cycle });
  }

  /** IT puts an idea in a cycle of its board that has not closed, or (null) takes it out of its cycle. */
  assign(ideaId: string, cycleId: string | null): Promise<IdeaView> {
    return this.client.request<IdeaView>('PUT', `/api/ideas/${encodeURIComponent(ideaId)}/cycle`, {
      body: { cycleId } satisfies AssignToCycleRequest,
    });
  }
}
