import type {
  AppealRequest,
  BenefitsRequest,
  ClassificationRequest,
  IdeaDetail,
  IdeaPage,
  IdeaView,
  MergeRequest,
  MergeResult,
  PartnersRequest,
  SimilarIdea,
  Sort,
  StatusChangeRequest,
  StatusFilter,
  SubmitIdeaRequest,
  VoteState,
} from '@ideabar/core';
import type { ApiClient } from './apiClient';

/** Which ideas a board view shows, as the API's GET /api/ideas query takes it. */
export interface IdeaFilter {
  boardId?: string;
  q?: string;
  status?: StatusFilter;
  category?: string;
  tag?: string;
  mine?: boolean;
  voted?: boolean;
  /** A planning cycle's ideas; with `shortlist`, only its shortlist. */
  cycleId?: string;
  shortlist?: boolean;
  sort: Sort;
}

export type { IdeaDetail, IdeaPage, IdeaView, MergeResult, SimilarIdea, VoteState };

/** An idea's detail as a board row holds it: the idea without its history. */
export const ideaOf = ({ history: _history, ...idea }: IdeaDetail): IdeaView => idea;

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

  submit(idea: SubmitIdeaRequest): Promise<IdeaView> {
    return this.client.request<IdeaView>('POST', '/api/ideas', { body: idea });
  }

  vote(id: string): Promise<VoteState> {
    return this.client.request<VoteState>('PUT', `/api/ideas/${encodeURIComponent(id)}/vote`);
  }

  withdrawVote(id: string): Promise<VoteState> {
    return this.client.request<VoteState>('DELETE', `/api/ideas/${encodeURIComponent(id)}/vote`);
  }

  // IT's triage (docs/api.md): each answers the idea as it is now, or a field-level refusal.

  /** IT's move of an idea along the workflow, always with a public response; a decline with its decision. */
  changeStatus(id: string, change: Drafted<StatusChangeRequest, 'decline'>): Promise<IdeaView> {
    return this.client.request<IdeaView>('POST', `${ideaPath(id)}/status`, { body: change });
  }

  /** The author's one appeal of a decline: the idea goes back under review. */
  appeal(id: string, reason: string): Promise<IdeaView> {
    return this.client.request<IdeaView>('POST', `${ideaPath(id)}/appeal`, {
      body: { reason } satisfies AppealRequest,
    });
  }

  /** Who partners on an idea; a field left out stays as it is, null removes the person. */
  assignPartners(id: string, partners: PartnersRequest): Promise<IdeaView> {
    return this.client.request<IdeaView>('PUT', `${ideaPath(id)}/partners`, { body: partners });
  }

  /** Sent as chosen so far: the API names each part still missing. */
  classify(id: string, classification: Partial<ClassificationRequest>): Promise<IdeaView> {
    return this.client.request<IdeaView>('PUT', `${ideaPath(id)}/classification`, { body: classification });
  }

  /** The benefit expected at planning and the one measured after delivery; left out stays, null removes. */
  recordBenefits(id: string, benefits: BenefitsRequest): Promise<IdeaView> {
    return this.client.request<IdeaView>('PUT', `${ideaPath(id)}/benefits`, { body: benefits });
  }

  /** Marks the idea a duplicate of `into`; its votes move there. Answers both ideas as they are now. */
  merge(id: string, into: string, response: string): Promise<MergeResult> {
    return this.client.request<MergeResult>('POST', `${ideaPath(id)}/merge`, {
      body: { into, response } satisfies MergeRequest,
    });
  }

  /** Lets an idea out of a moderated board's approval queue. */
  approve(id: string): Promise<IdeaView> {
    return this.client.request<IdeaView>('POST', `${ideaPath(id)}/approve`);
  }
}

/**
 * A form's request sent as the person left it, so that the API names each missing part in its field errors: the
 * schema's fields, with the parts named in `Loose` each optional.
 */
type Drafted<Request, Loose extends keyof Request> = Omit<Request, Loose> & {
  [Part in Loose]?: Partial<NonNullable<Request[Part]>>;
};

const ideaPath = (id: string): string => `/api/ideas/${encodeURIComponent(id)}`;
