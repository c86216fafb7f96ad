import { describe, expect, it } from 'vitest';
import {
  answerIdea,
  assignPartners,
  changeStatus,
  ForbiddenError,
  getIdea,
  getInsights,
  listInbox,
  slaStateOf,
  submitIdea,
  ValidationError,
  ConflictError,
} from '../../../core/src/index.js';
import { ada, DAY, domain, grace, HOUR, ideaInput, mallory } from '../../support/domain.js';

/** Ada's ideas on a board where Grace is IT; the clock starts on a Monday at 09:00 UTC. */
async function waiting() {
  const fixture = domain({ itMemberSeeds: [{ tenantId: 'contoso', userId: 'grace' }] });
  const { ctx, clock } = fixture;
  const oldest = await submitIdea(ctx, ada, ideaInput('Printer queue that works'));
  clock.advance(DAY);
  const middle = await submitIdea(ctx, ada, ideaInput('Second monitor for everyone'));
  clock.advance(DAY);
  const newest = await submitIdea(ctx, ada, ideaInput('Shared calendar for rooms'));
  const answered = await submitIdea(ctx, ada, ideaInput('Already answered'));
  await changeStatus(ctx, grace, answered.id, { status: 'under_review', response: 'Looking.' });
  return { ...fixture, oldest, middle, newest, answered };
}

describe('IT’s inbox', () => {
  it('lists ideas waiting for a first answer, oldest first, with their waiting time and SLA state', async () => {
    const { ctx, clock, oldest, middle, newest } = await waiting();
    // From Monday 09:00 to Wednesday 09:00 of the next week: the oldest has waited 7 business days.
    clock.advance(7 * DAY);
    const inbox = await listInbox(ctx, grace, {});
    expect(inbox.items.map((item) => item.idea.title)).toEqual([oldest.title, middle.title, newest.title]);
    const sla = inbox.slaBusinessDays;
    const [first] = inbox.items;
    expect(first?.waitingBusinessDays).toBe(7);
    expect(first?.sla).toBe(slaStateOf(7, sla));
    expect(new Date(first?.dueAt ?? '').getTime()).toBeGreaterThan(new Date(oldest.createdAt).getTime());
  });

  it('tells due soon from overdue by business days', () => {
    expect(slaStateOf(1, 3)).toBe('on_time');
    expect(slaStateOf(2.5, 3)).toBe('due_soon');
    expect(slaStateOf(3, 3)).toBe('due_soon');
    expect(slaStateOf(3.1, 3)).toBe('overdue');
  });

  it('filters to the ideas the caller partners on, and to one board', async () => {
    const { ctx, middle } = await waiting();
    await assignPartners(ctx, grace, middle.id, { itPartner: { id: 'grace', name: 'Grace Hopper' } });
    const mine = await listInbox(ctx, grace, { mine: 'true' });
    expect(mine.items.map((item) => item.idea.id)).toEqual([middle.id]);
    expect((await listInbox(ctx, grace, { boardId: 'default' })).items).toHaveLength(3);
    await expect(listInbox(ctx, grace, { mine: 'yes' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('is for IT members only, and shows no other tenant’s ideas', async () => {
    const { ctx } = await waiting();
    await expect(listInbox(ctx, ada, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listInbox(ctx, mallory, {})).rejects.toBeInstanceOf(ForbiddenError);
    const other = domain({ itMemberSeeds: [{ tenantId: 'fabrikam', userId: 'mallory' }] });
    await submitIdea(other.ctx, ada, ideaInput('Contoso only'));
    expect((await listInbox(other.ctx, mallory, {})).items).toEqual([]);
  });
});

describe('answering without changing the status', () => {
  it('records a public answer in the history, keeps the status, and counts as IT’s first response', async () => {
    const { ctx, clock, oldest } = await waiting();
    clock.advance(3 * HOUR);
    const answered = await answerIdea(ctx, grace, oldest.id, {
      response: 'Which floor? We will check the queue.',
    });
    expect(answered).toMatchObject({ status: 'new', firstResponseAt: clock.now().toISOString() });
    const detail = await getIdea(ctx, ada, oldest.id);
    expect(detail.history.at(-1)).toMatchObject({
      kind: 'answer',
      from: 'new',
      to: 'new',
      by: { id: 'grace' },
      response: 'Which floor? We will check the queue.',
    });
    expect((await listInbox(ctx, grace, {})).items.map((item) => item.idea.id)).not.toContain(oldest.id);
    const insights = await getInsights(ctx, grace, {});
    expect(insights.responseTime.answered).toBe(2);

    // A later answer keeps the first response time.
    clock.advance(DAY);
    const again = await answerIdea(ctx, grace, oldest.id, { response: 'Fixed on floor 3.' });
    expect(again.firstResponseAt).toBe(answered.firstResponseAt);
  });

  it('is for IT members, needs a response, and leaves the idea as it was when refused', async () => {
    const { ctx, oldest } = await waiting();
    await expect(answerIdea(ctx, ada, oldest.id, { response: 'Mine!' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(answerIdea(ctx, grace, oldest.id, { response: '  ' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(answerIdea(ctx, grace, oldest.id, {})).rejects.toBeInstanceOf(ValidationError);
    const detail = await getIdea(ctx, ada, oldest.id);
    expect(detail).toMatchObject({ firstResponseAt: null });
    expect(detail.history.map((change) => change.kind)).toEqual(['submitted']);
  });

  it('refuses to answer a duplicate: the answer belongs on the idea it was merged into', async () => {
    const { ctx, repos, oldest } = await waiting();
    const found = await repos.ideas.find('contoso', oldest.id);
    if (!found) throw new Error('no idea');
    await repos.ideas.save({ ...found.value, status: 'duplicate' }, found.version);
    await expect(answerIdea(ctx, grace, oldest.id, { response: 'Hello' })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });
});
