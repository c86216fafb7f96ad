import {
  statusMatches,
  type BoardView,
  type CommentView,
  type CycleView,
  type IdeaView,
  type InsightsReport,
  type Me,
  type StatusChangeView,
  type StatusFilter,
} from '@ideabar/core';
import { vi } from 'vitest';
import { DEMO_PEOPLE } from '../../../api/src/demo/demoPeople.js';

export interface FakeCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | null;
}

/** `network` fails the call as fetch does when no answer comes. */
type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | 'network';
type Override = (call: FakeCall) => Reply | undefined;
type OpenTeamBoard = { teamId: string; name: string };

/** Who the fake API says is signed in: the first of the API's own demo people (api/src/demo/demoPeople.ts). */
export const SIGNED_IN = DEMO_PEOPLE.find((person) => person.userId === 'megan.bowen') ?? fail();

function fail(): never {
  throw new Error('Megan Bowen is no longer one of the demo people (api/src/demo/demoPeople.ts)');
}

let made = 0;
/**
 * An idea as the API lists it. Fields the tab does not read (IT's triage, which other issues keep growing) get
 * neutral values, so the fixture keeps up with core without naming every new field.
 */
export function anIdea(title: string, extra: Partial<IdeaView> = {}): IdeaView {
  made += 1;
  const at = new Date(Date.UTC(2026, 10, 20, 9, made)).toISOString();
  const shown = {
    id: `idea-${made}`,
    boardId: 'default',
    title,
    description: `Why ${title} would help.`,
    category: 'Devices',
    tags: ['laptops'],
    status: 'new',
    votes: 3,
    myVote: false,
    commentCount: 0,
    author: { id: 'alan', name: 'Alan Turing' },
    createdAt: at,
    updatedAt: at,
    itPartner: null,
    sponsor: null,
  } satisfies Partial<IdeaView>;
  const triage = {
    decline: null,
    appeal: null,
    classification: null,
    duplicateOf: null,
    firstResponseAt: null,
  };
  return { ...triage, ...shown, ...extra } as IdeaView;
}

/** A planning cycle as the API lists it: its windows in October 2026 unless given. */
export function aCycle(
  id: string,
  name: string,
  phase: CycleView['phase'],
  extra: Partial<CycleView> = {},
): CycleView {
  return {
    id,
    boardId: 'default',
    name,
    submissionOpensAt: '2026-10-01T00:00:00.000Z',
    submissionClosesAt: '2026-10-21T00:00:00.000Z',
    votingOpensAt: '2026-10-21T00:00:00.000Z',
    votingClosesAt: '2026-10-28T00:00:00.000Z',
    reminderDaysBefore: [1],
    shortlistSize: 5,
    openedBy: { id: 'nestor', name: 'Nestor Wilke' },
    createdAt: '2026-09-30T00:00:00.000Z',
    phase,
    ...extra,
  };
}

/** A board as the API lists it: no categories, suggested tags or moderation unless given. */
export function aBoard(id: string, name: string, extra: Partial<BoardView> = {}): BoardView {
  return {
    id,
    name,
    teamId: null,
    isDefault: false,
    createdAt: '2026-11-01T00:00:00.000Z',
    description: '',
    categories: [],
    suggestedTags: [],
    moderation: false,
    announcementChannel: null,
    digestSchedule: '0 9 * * 1',
    timeZone: 'UTC',
    ...extra,
  };
}

/** A report as GET /api/insights answers it (docs/api.md "Insights"). */
export function aReport(extra: Partial<InsightsReport> = {}): InsightsReport {
  return {
    boardId: null,
    cycleId: null,
    period: { from: null, to: null },
    ideas: 12,
    responseTime: { medianBusinessDays: 2.5, p90BusinessDays: 7, answered: 10, waiting: 2 },
    sla: { businessDays: 5, withinShare: 0.75, within: 9, late: 1, overdueWaiting: 2 },
    decisionMix: { enabled: 5, notYet: 4, declined: 3 },
    declines: { total: 3, restingOnRule: 2, restingOnRuleWithPathToYes: 1 },
    sourcing: {
      core: 4,
      nonCore: 3,
      unclassified: 5,
      recommendations: { build: 3, keep_in_house: 1, buy: 2, outsource: 1 },
    },
    byArea: [
      { category: 'Finance', ideas: 7, votes: 40 },
      { category: null, ideas: 5, votes: 1234 },
    ],
    funnel: { submitted: 12, shortlisted: 8, planned: 5, delivered: 2 },
    benefits: {
      hours_saved_per_month: { expected: 40, measured: 55.5, ideas: 2 },
      cost_saved: { expected: 1000, measured: 1500, ideas: 1 },
      uptime_percent: { expected: 99.5, measured: 99.9, ideas: 1 },
      other: { expected: 0, measured: 0, ideas: 0 },
    },
    responseTrend: [
      aMonth('2026-09', 4, [1.5, 4], [3, 4]),
      aMonth('2026-10', 0, [null, null], [0, 0]),
      aMonth('2026-11', 8, [2.5, 7], [7, 8]),
    ],
    currency: 'EUR',
    ...extra,
  };
}

/** One month of the trend: ideas, [median, p90] and [within, measured]. */
function aMonth(
  month: string,
  ideas: number,
  [median, p90]: [number | null, number | null],
  [within, measured]: [number, number],
): InsightsReport['responseTrend'][number] {
  return {
    month,
    ideas,
    answered: median === null ? 0 : ideas,
    medianBusinessDays: median,
    p90BusinessDays: p90,
    withinSla: within,
    slaMeasured: measured,
    withinShare: measured === 0 ? null : within / measured,
  };
}

/**
 * A stand-in for the IdeaBar API behind `fetch`, for component tests: it answers the routes the tab uses from a
 * few ideas in memory, records every call, and lets a test make any call fail.
 */
export class FakeIdeaBar {
  ideas: IdeaView[] = [];
  comments = new Map<string, CommentView[]>();
  history = new Map<string, StatusChangeView[]>();
  boards: BoardView[] = [aBoard('default', 'Ideas for IT', { isDefault: true })];
  /** GET /api/cycles (latest first, as the API lists them); an idea takes part through its `cycleId`. */
  cycles: CycleView[] = [];
  /** GET /api/dev/people: the API's own demo people, so names in tests match what `npm start` offers. */
  people = DEMO_PEOPLE.map((person) => ({ ...person, roles: [...person.roles] }));
  /** GET /api/me: who the tab is signed in as. */
  me: Me = {
    tenantId: SIGNED_IN.tenantId,
    userId: SIGNED_IN.userId,
    name: SIGNED_IN.name,
    roles: [...SIGNED_IN.roles],
  };
  calls: FakeCall[] = [];
  private overrides: Override[] = [];
  readonly fetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) => this.answer(input, init));

  constructor(ideas: IdeaView[] = []) {
    this.ideas = ideas;
  }

  install(): this {
    vi.stubGlobal('fetch', this.fetch);
    return this;
  }

  /** Answers matching calls with `reply` instead of the fake's own behaviour. */
  when(method: string, path: RegExp, reply: Reply | ((call: FakeCall) => Reply)): void {
    this.overrides.push((call) =>
      call.method === method && path.test(call.path)
        ? typeof reply === 'function'
          ? reply(call)
          : reply
        : undefined,
    );
  }

  callsTo(method: string, path: RegExp): FakeCall[] {
    return this.calls.filter((call) => call.method === method && path.test(call.path));
  }

  private async answer(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
    const url = new URL(String(input), 'http://tab.test');
    const headers = new Headers(init.headers);
    const call: FakeCall = {
      method: init.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      authorization: headers.get('authorization'),
    };
    this.calls.push(call);
    const reply = this.overrides.map((override) => override(call)).find(Boolean) ?? this.route(call);
    if (reply === 'network') throw new TypeError('Failed to fetch');
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'content-type': 'application/json', ...reply.headers },
    });
  }

  private route(call: FakeCall): Exclude<Reply, 'network'> {
    const { method, path } = call;
    if (method === 'POST' && path === '/api/dev/token') return { status: 200, body: { token: 'dev-token' } };
    if (method === 'GET' && path === '/api/dev/people') return { status: 200, body: { items: this.people } };
    if (method === 'GET' && path === '/api/me') return { status: 200, body: this.me };
    if (method === 'GET' && path === '/api/people')
      return { status: 200, body: this.knownPeople(call.query) };
    if (method === 'GET' && path === '/api/boards') return { status: 200, body: { items: this.boards } };
    if (method === 'POST' && path === '/api/boards') return this.openTeamBoard(call.body as OpenTeamBoard);
    const facets = /^\/api\/boards\/([^/]+)\/facets$/.exec(path);
    if (method === 'GET' && facets)
      return { status: 200, body: this.facets(decodeURIComponent(facets[1] ?? '')) };
    if (method === 'GET' && path === '/api/similar-ideas')
      return { status: 200, body: this.similar(call.query) };
    if (method === 'GET' && path === '/api/cycles') {
      const boardId = call.query.get('boardId');
      const items = this.cycles.filter((cycle) => !boardId || cycle.boardId === boardId);
      return { status: 200, body: { items } };
    }
    const results = /^\/api\/cycles\/([^/]+)\/results$/.exec(path);
    const cycle = results && this.cycles.find((known) => known.id === decodeURIComponent(results[1] ?? ''));
    if (method === 'GET' && cycle) {
      const ideas = this.ideas.filter((idea) => idea.cycleId === cycle.id);
      const final = cycle.phase === 'closed';
      return { status: 200, body: { cycle, final, shortlist: this.shortlistOf(cycle), ideas: ideas.length } };
    }
    if (method === 'GET' && path === '/api/ideas') return { status: 200, body: this.list(call.query) };
    if (method === 'POST' && path === '/api/ideas') return this.submit(call.body as Partial<IdeaView>);
    const match = /^\/api\/ideas\/([^/]+)(\/vote|\/comments)?$/.exec(path);
    const idea = match && this.ideas.find((known) => known.id === decodeURIComponent(match[1] ?? ''));
    if (!match || !idea)
      return { status: 404, body: { error: { code: 'not_found', message: 'Idea was not found.' } } };
    if (!match[2] && method === 'GET')
      return { status: 200, body: { ...idea, history: this.history.get(idea.id) ?? [] } };
    if (match[2] === '/vote') {
      const voting = method === 'PUT';
      if (idea.myVote !== voting)
        Object.assign(idea, { myVote: voting, votes: idea.votes + (voting ? 1 : -1) });
      return { status: 200, body: { ideaId: idea.id, votes: idea.votes, myVote: idea.myVote } };
    }
    if (match[2] === '/comments' && method === 'GET') {
      const all = this.comments.get(idea.id) ?? [];
      const start = Number(call.query.get('cursor') ?? 0);
      const limit = Number(call.query.get('limit') ?? 50);
      const nextCursor = start + limit < all.length ? String(start + limit) : null;
      return { status: 200, body: { items: all.slice(start, start + limit), nextCursor } };
    }
    if (match[2] === '/comments' && method === 'POST') {
      const comment: CommentView = {
        id: `comment-${Date.now()}`,
        ideaId: idea.id,
        author: { id: SIGNED_IN.userId, name: SIGNED_IN.name },
        text: (call.body as { text: string }).text,
        createdAt: new Date().toISOString(),
      };
      this.comments.set(idea.id, [...(this.comments.get(idea.id) ?? []), comment]);
      idea.commentCount += 1;
      return { status: 201, body: comment };
    }
    return { status: 405, body: { error: { code: 'method_not_allowed', message: 'no' } } };
  }

  private list(query: URLSearchParams) {
    const q = query.get('q')?.toLowerCase();
    const status = query.get('status');
    const tag = query.get('tag');
    const category = query.get('category')?.toLowerCase();
    const mine = query.get('mine') === 'true';
    const voted = query.get('voted') === 'true';
    const cycle = this.cycles.find((known) => known.id === query.get('cycleId'));
    const shortlist = cycle && query.get('shortlist') === 'true' ? this.shortlistOf(cycle) : undefined;
    let items = this.ideas.filter(
      (idea) =>
        (!q ||
          q.split(/\s+/).every((word) => `${idea.title} ${idea.description}`.toLowerCase().includes(word))) &&
        (!status || statusMatches(status as StatusFilter, idea.status)) &&
        (!tag || idea.tags.includes(tag)) &&
        (!category || idea.category?.toLowerCase() === category) &&
        (!mine || idea.author.id === SIGNED_IN.userId) &&
        (!voted || idea.myVote) &&
        (!query.get('cycleId') || idea.cycleId === query.get('cycleId')) &&
        (!shortlist || shortlist.includes(idea)),
    );
    if (query.get('sort') === 'new')
      items = [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    else items = [...items].sort((a, b) => b.votes - a.votes);
    const start = Number(query.get('cursor') ?? 0);
    const limit = Number(query.get('limit') ?? 50);
    const page = items.slice(start, start + limit);
    return {
      items: page,
      nextCursor: start + limit < items.length ? String(start + limit) : null,
      total: items.length,
    };
  }

  /** As GET /api/people: the people whose name holds every word typed, by name, 20 at a time. */
  private knownPeople(query: URLSearchParams) {
    const words = (query.get('q') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const found = this.people
      .filter((person) => words.every((word) => person.name.toLowerCase().includes(word)))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((person) => ({ id: person.userId, name: person.name }));
    const limit = Number(query.get('limit') ?? 20);
    return { items: found.slice(0, limit), nextCursor: found.length > limit ? 'more' : null };
  }

  /** As core's shortlistOf: the cycle's ideas by votes, up to its size, declined and duplicate ones left out. */
  private shortlistOf(cycle: CycleView): IdeaView[] {
    return this.ideas
      .filter(
        (idea) => idea.cycleId === cycle.id && idea.status !== 'declined' && idea.status !== 'duplicate',
      )
      .sort((a, b) => b.votes - a.votes)
      .slice(0, cycle.shortlistSize);
  }

  /** As the API does: one board per team, its id the team's id, created once and returned as it is after. */
  private openTeamBoard({ teamId, name }: OpenTeamBoard): Exclude<Reply, 'network'> {
    const known = this.boards.find((board) => board.id === teamId);
    if (known) return { status: 200, body: known };
    const board = aBoard(teamId, name, { teamId });
    this.boards.push(board);
    return { status: 201, body: board };
  }

  private onBoard(boardId: string): IdeaView[] {
    return this.ideas.filter((idea) => idea.boardId === boardId);
  }

  private facets(boardId: string) {
    const count = (names: string[]) => {
      const seen = new Map<string, number>();
      for (const name of names) seen.set(name, (seen.get(name) ?? 0) + 1);
      return [...seen].map(([name, ideas]) => ({ name, ideas })).sort((a, b) => b.ideas - a.ideas);
    };
    const ideas = this.onBoard(boardId);
    return {
      categories: count(ideas.flatMap((idea) => (idea.category ? [idea.category] : []))).map((category) => ({
        ...category,
        retired: false,
      })),
      tags: count(ideas.flatMap((idea) => idea.tags)),
      total: ideas.length,
    };
  }

  /** Ideas sharing a word of three letters or more with the title, most shared first. */
  private similar(query: URLSearchParams) {
    const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
    const typed = words(query.get('title') ?? '');
    const scored = this.onBoard(query.get('boardId') ?? 'default')
      .map((idea) => {
        const theirs = words(`${idea.title} ${idea.tags.join(' ')} ${idea.description}`);
        const shared = [...typed].filter((word) => theirs.has(word)).length;
        return { ...idea, similarity: typed.size ? shared / typed.size : 0 };
      })
      .filter((idea) => idea.similarity > 0)
      .sort((a, b) => b.similarity - a.similarity || b.votes - a.votes);
    return { items: scored.slice(0, Number(query.get('limit') ?? 5)) };
  }

  private submit(body: Partial<IdeaView>): Exclude<Reply, 'network'> {
    const idea = anIdea(body.title ?? '', {
      description: body.description ?? '',
      category: body.category ?? null,
      tags: body.tags ?? [],
      author: { id: SIGNED_IN.userId, name: SIGNED_IN.name },
      votes: 0,
      myVote: false,
    });
    this.ideas.unshift(idea);
    return { status: 201, body: idea };
  }
}
