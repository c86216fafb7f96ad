import { describe, expect, it } from 'vitest';
import {
  appealDecline,
  assignPartners,
  castVote,
  addComment,
  answerIdea,
  changeStatus,
  classifyIdea,
  createIdeaBar,
  drainOutbox,
  followRecorded,
  OUTBOX_FOLLOW_AFTER_MS,
  OUTBOX_SETTLE_AFTER_MS,
  ConflictError,
  ForbiddenError,
  getIdea,
  listIdeas,
  mergeIdea,
  recordBenefits,
  submitIdea,
  ValidationError,
  type Caller,
} from '../../../core/src/index.js';
import { ada, domain, grace, ideaInput, mallory, voter, type DomainFixture } from '../../support/domain.js';

const decline = {
  constraint: 'security',
  rule: 'Information Security Policy §4.2: no personal devices on the production network',
  pathToYes: 'Use the managed device programme; it covers the same need today.',
};

async function triaged(): Promise<DomainFixture & { ideaId: string; it: Caller }> {
  const fixture = domain({ itMemberSeeds: [{ tenantId: 'contoso', userId: 'grace' }] });
  const idea = await submitIdea(fixture.ctx, ada, ideaInput('Bring your own laptop'));
  return { ...fixture, ideaId: idea.id, it: grace };
}

const fieldsOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fields.map((f) => f.field).sort();
};

describe('changing status', () => {
  it('records who, when and the public response, and starts the response time', async () => {
    const { ctx, clock, ideaId, it } = await triaged();
    clock.advance(3_600_000);
    const idea = await changeStatus(ctx, it, ideaId, {
      status: 'under_review',
      response: 'Looking at it this week.',
    });
    expect(idea).toMatchObject({ status: 'under_review', firstResponseAt: clock.now().toISOString() });
    const detail = await getIdea(ctx, ada, ideaId);
    expect(detail.history.map((h) => [h.kind, h.from, h.to, h.by.id, h.response])).toEqual([
      ['submitted', null, 'new', 'ada', null],
      ['triage', 'new', 'under_review', 'grace', 'Looking at it this week.'],
    ]);
    clock.advance(3_600_000);
    const planned = await changeStatus(ctx, it, ideaId, { status: 'planned', response: 'In the Q1 plan.' });
    expect(planned.firstResponseAt).toBe(idea.firstResponseAt);
  });

  it('lets only IT members change a status', async () => {
    const { ctx, ideaId } = await triaged();
    await expect(
      changeStatus(ctx, ada, ideaId, { status: 'planned', response: 'Mine!' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getIdea(ctx, ada, ideaId)).status).toBe('new');
  });

  it('refuses a decline without its constraint, rule and path to yes, naming each', async () => {
    const { ctx, ideaId, it } = await triaged();
    expect(await fieldsOf(changeStatus(ctx, it, ideaId, { status: 'declined', response: 'No.' }))).toEqual([
      'decline.constraint',
      'decline.pathToYes',
      'decline.rule',
    ]);
    expect(
      await fieldsOf(
        changeStatus(ctx, it, ideaId, {
          status: 'declined',
          response: 'No.',
          decline: { constraint: 'taste' },
        }),
      ),
    ).toEqual(['decline.constraint', 'decline.pathToYes', 'decline.rule']);
    expect(
      await fieldsOf(changeStatus(ctx, it, ideaId, { status: 'planned', response: 'Yes', decline })),
    ).toEqual(['decline']);
    expect(await fieldsOf(changeStatus(ctx, it, ideaId, { status: 'planned', response: '  ' }))).toEqual([
      'response',
    ]);
    expect((await getIdea(ctx, ada, ideaId)).history).toHaveLength(1);
  });

  it('keeps the decision of a decline on the idea and in its history', async () => {
    const { ctx, ideaId, it } = await triaged();
    const idea = await changeStatus(ctx, it, ideaId, {
      status: 'declined',
      response: 'Not like this.',
      decline,
    });
    expect(idea).toMatchObject({ status: 'declined', decline });
    expect((await getIdea(ctx, ada, ideaId)).history.at(-1)).toMatchObject({ to: 'declined', decline });
  });

  it('refuses moves the workflow does not have', async () => {
    const { ctx, ideaId, it } = await triaged();
    await changeStatus(ctx, it, ideaId, { status: 'in_progress', response: 'Started.' });
    await changeStatus(ctx, it, ideaId, { status: 'delivered', response: 'Done!' });
    await expect(changeStatus(ctx, it, ideaId, { status: 'new', response: 'Back?' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await fieldsOf(changeStatus(ctx, it, ideaId, { status: 'duplicate', response: 'Dup' }))).toEqual([
      'status',
    ]);
  });
});

describe('appealing a decline', () => {
  it('lets the author appeal once; IT answers with its next decision', async () => {
    const { ctx, clock, ideaId, it } = await triaged();
    await changeStatus(ctx, it, ideaId, { status: 'declined', response: 'No.', decline });
    await expect(
      appealDecline(ctx, grace, ideaId, { reason: 'Not mine to appeal, but I would like to anyway.' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const appealed = await appealDecline(ctx, ada, ideaId, { reason: 'The programme has a two-month wait.' });
    expect(appealed).toMatchObject({
      status: 'under_review',
      appeal: { by: { id: 'ada' }, reason: 'The programme has a two-month wait.', answeredAt: null },
    });
    await expect(
      appealDecline(ctx, ada, ideaId, { reason: 'Again, because the wait is longer than the plan.' }),
    ).rejects.toBeInstanceOf(ConflictError);
    clock.advance(60_000);
    const answered = await changeStatus(ctx, it, ideaId, {
      status: 'declined',
      response: 'Still no.',
      decline,
    });
    expect(answered.appeal?.answeredAt).toBe(clock.now().toISOString());
    await expect(
      appealDecline(ctx, ada, ideaId, { reason: 'Twice? The answer still missed the two-month wait.' }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await getIdea(ctx, ada, ideaId)).history.map((h) => h.kind)).toEqual([
      'submitted',
      'triage',
      'appeal',
      'triage',
    ]);
  });

  it('asks for a real argument, keeping the one appeal unused when the reason is too short', async () => {
    const { ctx, it, ideaId } = await triaged();
    await changeStatus(ctx, it, ideaId, { status: 'declined', response: 'No.', decline });
    for (const reason of ['Ok', '   Please reconsider this idea.   ']) {
      const refused = await appealDecline(ctx, ada, ideaId, { reason }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ValidationError);
      expect((refused as ValidationError).fields).toEqual([
        {
          field: 'reason',
          message: expect.stringMatching(/at least 30 characters.*only appeal/),
          problem: 'too_short',
          limit: 30,
        },
      ]);
    }
    const idea = await getIdea(ctx, ada, ideaId);
    expect(idea).toMatchObject({ status: 'declined', appeal: null });
    const appealed = await appealDecline(ctx, ada, ideaId, {
      reason: 'The lab machines now run the ZTNA client.',
    });
    expect(appealed.status).toBe('under_review');
  });

  it('refuses an appeal of an idea that is not declined', async () => {
    const { ctx, ideaId } = await triaged();
    await expect(
      appealDecline(ctx, ada, ideaId, { reason: 'Why? Nothing has been decided about this one yet.' }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('partners, classification and benefits', () => {
  it('names an IT partner (an IT member) and a business sponsor', async () => {
    const { ctx, ideaId, it } = await triaged();
    const idea = await assignPartners(ctx, it, ideaId, {
      itPartner: { id: 'grace', name: 'Grace Hopper' },
      sponsor: { id: 'lee', name: 'Lee Gu' },
    });
    expect(idea).toMatchObject({ itPartner: { id: 'grace' }, sponsor: { id: 'lee' } });
    expect(
      await fieldsOf(assignPartners(ctx, it, ideaId, { itPartner: { id: 'ada', name: 'Ada' } })),
    ).toEqual(['itPartner.id']);
    expect((await assignPartners(ctx, it, ideaId, { sponsor: null })).sponsor).toBeNull();
    await expect(assignPartners(ctx, ada, ideaId, { sponsor: null })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('classifies with a sourcing that fits, and sorts the board by priority', async () => {
    const { ctx, ideaId, it } = await triaged();
    const other = await submitIdea(ctx, ada, ideaInput('Printer in every room'));
    const third = await submitIdea(ctx, ada, ideaInput('Unclassified one'));
    await castVote(ctx, voter(1), third.id);
    expect(
      await fieldsOf(
        classifyIdea(ctx, it, ideaId, { sourcing: 'core', recommendation: 'buy', value: 6, effort: 0 }),
      ),
    ).toEqual(['effort', 'recommendation', 'value']);
    const classified = await classifyIdea(ctx, it, ideaId, {
      sourcing: 'core',
      recommendation: 'build',
      value: 4,
      effort: 2,
    });
    expect(classified.classification).toEqual({
      sourcing: 'core',
      recommendation: 'build',
      value: 4,
      effort: 2,
      priority: 16,
    });
    await classifyIdea(ctx, it, other.id, {
      sourcing: 'non_core',
      recommendation: 'buy',
      value: 5,
      effort: 1,
    });
    const byPriority = await listIdeas(ctx, ada, { sort: 'priority' });
    expect(byPriority.items.map((i) => i.id)).toEqual([other.id, ideaId, third.id]);
  });

  it('records expected benefits any time and measured ones once delivered', async () => {
    const { ctx, ideaId, it } = await triaged();
    const expected = { kind: 'hours_saved_per_month', amount: 40, note: null };
    expect((await recordBenefits(ctx, it, ideaId, { expected })).expectedBenefit).toEqual(expected);
    const measured = { kind: 'hours_saved_per_month', amount: 52, note: 'Measured over March.' };
    expect(await fieldsOf(recordBenefits(ctx, it, ideaId, { measured }))).toEqual(['measured']);
    expect(
      await fieldsOf(recordBenefits(ctx, it, ideaId, { expected: { kind: 'uptime_percent', amount: 120 } })),
    ).toEqual(['expected.amount']);
    await changeStatus(ctx, it, ideaId, { status: 'in_progress', response: 'Building it.' });
    await changeStatus(ctx, it, ideaId, { status: 'delivered', response: 'Live.' });
    expect(await recordBenefits(ctx, it, ideaId, { measured })).toMatchObject({
      expectedBenefit: expected,
      measuredBenefit: measured,
    });
  });
});

describe('merging duplicates', () => {
  it('moves the votes, counting a person who voted for both once', async () => {
    const { ctx, ideaId, it, repos } = await triaged();
    const original = await submitIdea(ctx, grace, ideaInput('Allow personal laptops'));
    for (const n of [1, 2, 3]) await castVote(ctx, voter(n), ideaId);
    for (const n of [3, 4]) await castVote(ctx, voter(n), original.id);
    const merged = await mergeIdea(ctx, it, ideaId, {
      into: original.id,
      response: 'Same idea as this one.',
    });
    expect(merged.duplicate).toMatchObject({ status: 'duplicate', duplicateOf: original.id, votes: 0 });
    // ada (the duplicate's author), grace (the original's), voters 1–4: voter 3 voted for both, and counts once.
    expect(merged.into.votes).toBe(6);
    expect((await repos.votes.tally('contoso', original.id)).count).toBe(6);
    expect((await listIdeas(ctx, voter(1), { voted: 'true' })).items.map((i) => i.id)).toEqual([original.id]);
    await expect(castVote(ctx, voter(9), ideaId)).rejects.toBeInstanceOf(ConflictError);
    expect(await repos.votes.has('contoso', ideaId, 'voter-9')).toBe(false);
    // Merging again into the same idea finishes (or repeats) the move and changes nothing more.
    expect((await mergeIdea(ctx, it, ideaId, { into: original.id, response: 'Again.' })).into.votes).toBe(6);
    expect((await getIdea(ctx, ada, ideaId)).history.filter((h) => h.kind === 'merge')).toHaveLength(1);
  });

  it('refuses merges that make no sense, naming the field', async () => {
    const { ctx, ideaId, it } = await triaged();
    expect(await fieldsOf(mergeIdea(ctx, it, ideaId, { into: ideaId, response: 'Itself' }))).toEqual([
      'into',
    ]);
    expect(await fieldsOf(mergeIdea(ctx, it, ideaId, { into: '01JDNOPE', response: 'Nothing' }))).toEqual([
      'into',
    ]);
    const elsewhere = await submitIdea(ctx, mallory, ideaInput('Fabrikam idea'));
    expect(
      await fieldsOf(mergeIdea(ctx, it, ideaId, { into: elsewhere.id, response: 'Other tenant' })),
    ).toEqual(['into']);
    await expect(mergeIdea(ctx, ada, ideaId, { into: elsewhere.id, response: 'x' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

describe('history that outlives a failed archive', () => {
  it('shows and repairs a change the archive missed', async () => {
    const { ctx, repos, ideaId, it } = await triaged();
    const append = repos.history.append.bind(repos.history);
    repos.history.append = async (change) => {
      if (change.to === 'planned') throw new Error('storage hiccup');
      return append(change);
    };
    await changeStatus(ctx, it, ideaId, { status: 'planned', response: 'Planned for Q1.' });
    repos.history.append = append;
    expect((await repos.history.list('contoso', ideaId)).map((h) => h.to)).toEqual(['new']);
    expect((await getIdea(ctx, ada, ideaId)).history.map((h) => h.to)).toEqual(['new', 'planned']);
    expect((await repos.history.list('contoso', ideaId)).map((h) => h.to)).toEqual(['new', 'planned']);
  });
});

describe('announcing status changes', () => {
  it('follows the changes a busy process recorded a few at a time, every one of them, never all at once', async () => {
    const { ctx, repos } = domain();
    for (let n = 0; n < 60; n += 1) await submitIdea(ctx, ada, ideaInput(`Idea number ${n}`));
    const told: string[] = [];
    ctx.outbox.subscribe({ follow: async (change) => void told.push(change.ideaId) });
    let reading = 0;
    let mostAtOnce = 0;
    const find = repos.ideas.find.bind(repos.ideas);
    repos.ideas.find = async (...args) => {
      mostAtOnce = Math.max(mostAtOnce, (reading += 1));
      await new Promise((resolve) => setTimeout(resolve, 1));
      reading -= 1;
      return find(...args);
    };
    await followRecorded(ctx);
    expect(new Set(told).size).toBe(60);
    expect(mostAtOnce).toBe(8);
  });

  it('publishes each change once: triage, answer, appeal and merge alike, and never fails the change for it', async () => {
    const published: string[] = [];
    const fixture = domain({ itMemberSeeds: [{ tenantId: 'contoso', userId: 'grace' }] });
    const { ctx } = fixture;
    ctx.outbox.subscribe({
      follow: async (change) => {
        if (!('change' in change)) return;
        published.push(`${change.kind} ${change.change.from}->${change.change.to} by ${change.change.by.id}`);
        if (change.change.to === 'planned') throw new Error('Teams is down');
      },
    });
    const idea = await submitIdea(ctx, ada, ideaInput('Announce me'));
    const other = await submitIdea(ctx, ada, ideaInput('The original'));
    await changeStatus(ctx, grace, idea.id, { status: 'declined', response: 'No.', decline });
    await followRecorded(ctx);
    await appealDecline(ctx, ada, idea.id, { reason: 'Please look again: the vendor now supports SSO.' });
    await followRecorded(ctx);
    const planned = await changeStatus(ctx, grace, idea.id, {
      status: 'planned',
      response: 'Yes after all.',
    });
    expect(planned.status).toBe('planned');
    await followRecorded(ctx);
    await answerIdea(ctx, grace, other.id, { response: 'Looking into it.' });
    await assignPartners(ctx, grace, other.id, { sponsor: { id: 'lee', name: 'Lee' } });
    await followRecorded(ctx);
    await mergeIdea(ctx, grace, other.id, { into: idea.id, response: 'Same.' });
    await followRecorded(ctx);
    await followRecorded(ctx);
    expect(published).toEqual([
      'statusChanged new->declined by grace',
      'appealed declined->under_review by ada',
      'statusChanged under_review->planned by grace',
      'answered new->new by grace',
      'merged new->duplicate by grace',
    ]);
  });
});

describe('the outbox of changes', () => {
  /** A subscriber that writes down every change it hears of. */
  function listening(fixture: DomainFixture): string[] {
    const heard: string[] = [];
    fixture.ctx.outbox.subscribe({
      follow: async (change) => {
        heard.push(`${change.kind} ${change.ideaId}`);
      },
    });
    return heard;
  }

  it('records every change before it is made, and follows each once it is', async () => {
    const fixture = domain({ itMemberSeeds: [{ tenantId: 'contoso', userId: 'grace' }] });
    const { ctx, repos } = fixture;
    const heard = listening(fixture);
    const idea = await submitIdea(ctx, ada, ideaInput('Follow me'));
    await addComment(ctx, grace, idea.id, { text: 'Good one.' });
    await answerIdea(ctx, grace, idea.id, { response: 'We are on it.' });
    const kinds = (await repos.events.pending(10)).map((event) => event.value.kind).sort();
    expect(kinds).toEqual(['answered', 'commented', 'submitted', 'votesChanged']);
    await followRecorded(ctx);
    expect(heard).toEqual(
      expect.arrayContaining([`submitted ${idea.id}`, `commented ${idea.id}`, `answered ${idea.id}`]),
    );
    // Followed and settled: only the votes' own event, kept while the idea is busy, is left.
    expect((await repos.events.pending(10)).map((event) => event.value.kind)).toEqual(['votesChanged']);
  });

  it('settles an event whose change failed without telling anyone', async () => {
    const fixture = domain({ itMemberSeeds: [{ tenantId: 'contoso', userId: 'grace' }] });
    const { ctx, repos, clock } = fixture;
    const heard = listening(fixture);
    const idea = await submitIdea(ctx, ada, ideaInput('Fragile'));
    await followRecorded(ctx);
    heard.splice(0);
    const save = repos.ideas.save.bind(repos.ideas);
    repos.ideas.save = async () => {
      throw new Error('storage went away');
    };
    const add = repos.comments.add.bind(repos.comments);
    repos.comments.add = async () => {
      throw new Error('storage went away');
    };
    await expect(
      changeStatus(ctx, grace, idea.id, { status: 'planned', response: 'Yes.' }),
    ).rejects.toThrow();
    await expect(addComment(ctx, grace, idea.id, { text: 'Lost.' })).rejects.toThrow();
    repos.ideas.save = save;
    repos.comments.add = add;
    const pending = async () =>
      (await repos.events.pending(10))
        .map((event) => event.value.kind)
        .filter((kind) => kind !== 'votesChanged');
    expect((await pending()).sort()).toEqual(['commented', 'statusChanged']);

    // The process that recorded them looks right after its answer: not made (yet), so nobody hears of them.
    await followRecorded(ctx);
    expect(heard).toEqual([]);
    // The drainer leaves them while their change might still be in flight, then settles them without effect.
    clock.advance(OUTBOX_FOLLOW_AFTER_MS);
    expect(await drainOutbox(ctx)).toMatchObject({ failed: 0 });
    expect((await pending()).sort()).toEqual(['commented', 'statusChanged']);
    clock.advance(OUTBOX_SETTLE_AFTER_MS);
    await drainOutbox(ctx);
    expect(await pending()).toEqual([]);
    expect(heard.filter((entry) => !entry.startsWith('votesChanged'))).toEqual([]);
    expect((await getIdea(ctx, ada, idea.id)).status).toBe('new');
  });

  it('follows a change whose process died before following it, once the drainer takes it, unless it is stopping', async () => {
    const fixture = domain({ itMemberSeeds: [{ tenantId: 'contoso', userId: 'grace' }] });
    const { ctx, repos, clock } = fixture;
    const idea = await submitIdea(ctx, ada, ideaInput('Orphaned'));
    await changeStatus(ctx, grace, idea.id, { status: 'planned', response: 'Yes.' });
    // Another process on the same storage, as after a restart: it never saw these changes being made.
    const other = createIdeaBar({ repos, clock, faults: { report: () => undefined } });
    const heard = listening({ ctx: other, clock, repos });
    await drainOutbox(other);
    expect(heard.filter((entry) => !entry.startsWith('votesChanged'))).toEqual([]);
    clock.advance(OUTBOX_FOLLOW_AFTER_MS);
    // A process that is stopping starts no event: each one stays for the next run.
    const kinds = async () => (await repos.events.pending(10)).map((event) => event.value.kind).sort();
    const before = await kinds();
    const stopping = new AbortController();
    stopping.abort();
    const drained = await drainOutbox(other, { stopping: stopping.signal });
    expect(drained).toEqual({ followed: 0, settled: 0, failed: 0 });
    expect(heard.filter((entry) => !entry.startsWith('votesChanged'))).toEqual([]);
    expect(await kinds()).toEqual(before);
    await drainOutbox(other);
    expect(heard.filter((entry) => !entry.startsWith('votesChanged')).sort()).toEqual(
      [`statusChanged ${idea.id}`, `submitted ${idea.id}`].sort(),
    );
    const left = (await repos.events.pending(10)).map((event) => event.value.kind);
    expect(left.filter((kind) => kind !== 'votesChanged')).toEqual([]);
  });
});
