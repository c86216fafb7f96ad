import { describe, expect, it } from 'vitest';
import {
  castVote,
  changeStatus,
  listIdeas,
  ListingSnapshots,
  NotFoundError,
  submitIdea,
  ValidationError,
  type IdeaPage,
  type IdeaView,
} from '../../../core/src/index.js';
import { ada, DAY, domain, grace, HOUR, ideaInput, voter, type DomainFixture } from '../../support/domain.js';

const titles = (page: IdeaPage) => page.items.map((idea) => idea.title);

async function board(fixture: DomainFixture, count: number): Promise<IdeaView[]> {
  const ideas: IdeaView[] = [];
  for (let n = 0; n < count; n++) {
    ideas.push(await submitIdea(fixture.ctx, ada, ideaInput(`Idea ${String(n).padStart(3, '0')}`)));
    fixture.clock.advance(60_000);
  }
  return ideas;
}

async function walk(fixture: DomainFixture, query: Record<string, string>): Promise<IdeaView[]> {
  const seen: IdeaView[] = [];
  let cursor: string | null = null;
  do {
    const page: IdeaPage = await listIdeas(fixture.ctx, ada, { ...query, ...(cursor ? { cursor } : {}) });
    seen.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

describe('listIdeas', () => {
  it('sorts by votes for top, newest first for new', async () => {
    const fixture = domain();
    const [first, second, third] = await board(fixture, 3);
    for (const n of [1, 2, 3]) await castVote(fixture.ctx, voter(n), second!.id);
    await castVote(fixture.ctx, voter(1), first!.id);
    expect(titles(await listIdeas(fixture.ctx, ada, { sort: 'top' }))).toEqual(
      [second, first, third].map((i) => i!.title),
    );
    expect(titles(await listIdeas(fixture.ctx, ada, {}))).toEqual(
      [second, first, third].map((i) => i!.title),
    );
    expect(titles(await listIdeas(fixture.ctx, ada, { sort: 'new' }))).toEqual(
      [third, second, first].map((i) => i!.title),
    );
  });

  it('ranks recent votes above older ones for trending', async () => {
    const fixture = domain();
    const old = await submitIdea(fixture.ctx, ada, ideaInput('Popular last month'));
    for (let n = 0; n < 10; n++) await castVote(fixture.ctx, voter(n), old.id);
    fixture.clock.advance(30 * DAY);
    const fresh = await submitIdea(fixture.ctx, ada, ideaInput('Popular this morning'));
    for (let n = 0; n < 4; n++) await castVote(fixture.ctx, voter(n), fresh.id);
    fixture.clock.advance(2 * HOUR);
    expect(titles(await listIdeas(fixture.ctx, ada, { sort: 'trending' }))).toEqual([
      'Popular this morning',
      'Popular last month',
    ]);
    expect(titles(await listIdeas(fixture.ctx, ada, { sort: 'top' }))).toEqual([
      'Popular last month',
      'Popular this morning',
    ]);
  });

  it('filters by status, category, tag, words, mine and voted', async () => {
    const fixture = domain();
    const { ctx } = fixture;
    const vpn = await submitIdea(
      ctx,
      ada,
      ideaInput('Self-service VPN', { category: 'Remote Work', tags: ['Access'] }),
    );
    await submitIdea(ctx, grace, ideaInput('Café booking app', { category: 'Facilities', tags: ['office'] }));
    await castVote(ctx, ada, vpn.id);
    const only = async (query: Record<string, string>) => titles(await listIdeas(ctx, ada, query));
    expect(await only({ category: 'remote work' })).toEqual(['Self-service VPN']);
    expect(await only({ tag: 'OFFICE' })).toEqual(['Café booking app']);
    expect(await only({ q: 'cafe APP' })).toEqual(['Café booking app']);
    expect(await only({ q: 'vpn booking' })).toEqual([]);
    expect(await only({ q: 'business' })).toHaveLength(2);
    expect(await only({ mine: 'true' })).toEqual(['Self-service VPN']);
    expect(await only({ mine: 'false' })).toEqual(['Café booking app']);
    expect(await only({ voted: 'true' })).toEqual(['Self-service VPN']);
    expect(await only({ voted: 'false' })).toEqual(['Café booking app']);
    expect(await only({ status: 'new' })).toHaveLength(2);
    expect(await only({ status: 'planned' })).toEqual([]);
  });

  it('filters open ideas (new to in progress) apart from finished ones (delivered, declined, duplicate)', async () => {
    const fixture = domain({ itMemberSeeds: [{ tenantId: 'contoso', userId: 'grace' }] });
    const { ctx } = fixture;
    const moves = [
      ['New one', undefined],
      ['Being looked at', 'under_review'],
      ['On the plan', 'planned'],
      ['Being built', 'in_progress'],
      ['Shipped', 'delivered'],
      ['Not now', 'declined'],
    ] as const;
    for (const [title, status] of moves) {
      const idea = await submitIdea(ctx, ada, ideaInput(title));
      if (status === 'declined') {
        const decline = { constraint: 'cost', rule: 'Budget rule 7', pathToYes: 'Next year’s budget.' };
        await changeStatus(ctx, grace, idea.id, { status, response: 'Not this year.', decline });
      } else if (status === 'delivered') {
        await changeStatus(ctx, grace, idea.id, { status: 'in_progress', response: 'Building it.' });
        await changeStatus(ctx, grace, idea.id, { status, response: 'Done.' });
      } else if (status) await changeStatus(ctx, grace, idea.id, { status, response: 'Moving on.' });
    }
    const only = async (status: string) => titles(await listIdeas(ctx, ada, { status, sort: 'new' })).sort();
    expect(await only('open')).toEqual(['Being built', 'Being looked at', 'New one', 'On the plan']);
    expect(await only('finished')).toEqual(['Not now', 'Shipped']);
    expect(await only('declined')).toEqual(['Not now']);
    await expect(listIdeas(ctx, ada, { status: 'closed' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('shows each person their own vote', async () => {
    const fixture = domain();
    const [idea] = await board(fixture, 1);
    await castVote(fixture.ctx, grace, idea!.id);
    expect((await listIdeas(fixture.ctx, grace, {})).items[0]?.myVote).toBe(true);
    expect((await listIdeas(fixture.ctx, voter(1), {})).items[0]?.myVote).toBe(false);
  });

  it('walks every idea exactly once, page by page, in order', async () => {
    const fixture = domain();
    const ideas = await board(fixture, 23);
    for (const [index, idea] of ideas.entries())
      if (index % 3 === 0) await castVote(fixture.ctx, voter(index), idea.id);
    for (const sort of ['top', 'new', 'trending']) {
      const walked = await walk(fixture, { sort, limit: '5' });
      expect(walked).toHaveLength(23);
      expect(new Set(walked.map((i) => i.id)).size).toBe(23);
      expect(walked.map((i) => i.id)).toEqual(
        (await listIdeas(fixture.ctx, ada, { sort, limit: '100' })).items.map((i) => i.id),
      );
    }
  });

  it('keeps paging consistent while votes move the order', async () => {
    const fixture = domain();
    const ideas = await board(fixture, 10);
    const first = await listIdeas(fixture.ctx, ada, { sort: 'top', limit: '4' });
    const last = ideas.at(-1)!;
    for (let n = 0; n < 5; n++) await castVote(fixture.ctx, voter(n), last.id);
    const rest = await walk(fixture, { sort: 'top', limit: '4', cursor: first.nextCursor! });
    const all = [...first.items, ...rest].map((i) => i.id);
    expect(all).toHaveLength(10);
    expect(new Set(all).size).toBe(10);
  });

  it('continues from a cursor whose snapshot is gone', async () => {
    const fixture = domain();
    await board(fixture, 9);
    const page = await listIdeas(fixture.ctx, ada, { sort: 'new', limit: '4' });
    const restarted = { ...fixture.ctx, listings: new ListingSnapshots() };
    const next = await listIdeas(restarted, ada, { sort: 'new', limit: '4', cursor: page.nextCursor! });
    expect(titles(next)).toEqual(['Idea 004', 'Idea 003', 'Idea 002', 'Idea 001']);
    expect(next.nextCursor).not.toBeNull();
  });

  it('does not let one person page through another person’s snapshot', async () => {
    const fixture = domain();
    await board(fixture, 6);
    const page = await listIdeas(fixture.ctx, ada, { mine: 'true', limit: '2' });
    const asGrace = await listIdeas(fixture.ctx, grace, {
      mine: 'true',
      limit: '2',
      cursor: page.nextCursor!,
    });
    expect(asGrace.items).toEqual([]);
  });

  it('refuses bad queries, naming the parameter', async () => {
    const fixture = domain();
    const cases: [Record<string, string>, string][] = [
      [{ sort: 'best' }, 'sort'],
      [{ status: 'maybe' }, 'status'],
      [{ limit: '0' }, 'limit'],
      [{ limit: '101' }, 'limit'],
      [{ limit: '2.5' }, 'limit'],
      [{ limit: 'ten' }, 'limit'],
      [{ cursor: 'not-a-cursor' }, 'cursor'],
      [{ mine: 'yes' }, 'mine'],
      [{ q: 'x'.repeat(201) }, 'q'],
    ];
    for (const [query, field] of cases) {
      const error = await listIdeas(fixture.ctx, ada, query).catch((e: unknown) => e);
      expect(error, JSON.stringify(query)).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields.map((f) => f.field)).toContain(field);
    }
  });

  it('answers not found for a board that does not exist', async () => {
    const fixture = domain();
    await expect(listIdeas(fixture.ctx, ada, { boardId: 'team-x' })).rejects.toBeInstanceOf(NotFoundError);
  });
});
