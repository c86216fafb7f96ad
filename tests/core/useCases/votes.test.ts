import { describe, expect, it, vi } from 'vitest';
import {
  applyChanges,
  castVote,
  changeStatus,
  createIdeaBar,
  drainOutbox,
  followListed,
  getIdea,
  listIdeas,
  mergeIdea,
  NotFoundError,
  OUTBOX_REFRESH_MS,
  OUTBOX_SETTLE_AFTER_MS,
  StaleVersionError,
  submitIdea,
  VotesClosedError,
  withdrawVote,
  type IdeaBarContext,
  type Repositories,
} from '../../../core/src/index.js';
import { ada, domain, grace, ideaInput, mallory, voter, type TestClock } from '../../support/domain.js';
import { countingRepositories } from '../../../scripts/bench/countingRepositories.js';

/** Another process on the same storage: its own memory (tally cache, group commit), the same rows. */
const processOn = (repos: Repositories, clock: TestClock): IdeaBarContext =>
  createIdeaBar({
    repos,
    clock,
    faults: { report: () => undefined },
    itMemberSeeds: [{ tenantId: 'contoso', userId: 'grace' }],
  });

describe('voting', () => {
  it('starts a submitted idea with its author’s vote, and casts and withdraws idempotently', async () => {
    const { ctx } = domain();
    const idea = await submitIdea(ctx, ada, ideaInput('Single sign-on for the wiki'));
    expect(idea).toMatchObject({ votes: 1, myVote: true });
    expect(await castVote(ctx, grace, idea.id)).toEqual({ ideaId: idea.id, votes: 2, myVote: true });
    expect(await castVote(ctx, grace, idea.id)).toEqual({ ideaId: idea.id, votes: 2, myVote: true });
    expect(await castVote(ctx, ada, idea.id)).toEqual({ ideaId: idea.id, votes: 2, myVote: true });
    expect(await withdrawVote(ctx, grace, idea.id)).toEqual({ ideaId: idea.id, votes: 1, myVote: false });
    expect(await withdrawVote(ctx, grace, idea.id)).toEqual({ ideaId: idea.id, votes: 1, myVote: false });
    expect(await getIdea(ctx, grace, idea.id)).toMatchObject({ votes: 1, myVote: false });
    expect(await getIdea(ctx, ada, idea.id)).toMatchObject({ votes: 1, myVote: true });
    expect((await listIdeas(ctx, ada, { voted: 'true' })).items.map((i) => i.id)).toEqual([idea.id]);
    expect((await listIdeas(ctx, grace, { voted: 'true' })).items).toEqual([]);
  });

  it('counts every voter exactly once when hundreds vote and double-click at the same instant', async () => {
    const { ctx, repos } = domain();
    const idea = await submitIdea(ctx, ada, ideaInput('Bigger mailboxes'));
    const voters = Array.from({ length: 300 }, (_, n) => voter(n));
    const clicks = [...voters, ...voters].map((person) => castVote(ctx, person, idea.id));
    const answers = await Promise.all(clicks);
    expect(answers.every((answer) => answer.myVote && answer.votes >= 2 && answer.votes <= 301)).toBe(true);
    expect((await getIdea(ctx, ada, idea.id)).votes).toBe(301);
    expect((await repos.votes.tally('contoso', idea.id)).count).toBe(301);
    expect((await repos.votes.findTally('contoso', idea.id))?.value.count).toBe(301);
  });

  it('takes a new idea’s tally as written when storage wrote it but a late try was refused as stale', async () => {
    const { ctx, repos } = domain();
    // What the storage client does after a try that timed out once storage had written: it tries again, and the
    // tally's create is refused because the tally is there.
    const commit = repos.votes.commitVotes.bind(repos.votes);
    vi.spyOn(repos.votes, 'commitVotes').mockImplementationOnce(async (tally, version, changes) => {
      await commit(tally, version, changes);
      throw new StaleVersionError();
    });
    const idea = await submitIdea(ctx, ada, ideaInput('Docking stations at every desk'));
    expect(idea).toMatchObject({ votes: 1, myVote: true });
    expect(await castVote(ctx, grace, idea.id)).toMatchObject({ votes: 2, myVote: true });
    expect((await repos.votes.tally('contoso', idea.id)).count).toBe(2);
  });

  it('still fails a new idea whose tally storage did not write', async () => {
    const { ctx, repos } = domain();
    vi.spyOn(repos.votes, 'commitVotes').mockRejectedValueOnce(new StaleVersionError());
    await expect(submitIdea(ctx, ada, ideaInput('Docking stations at every desk'))).rejects.toBeInstanceOf(
      StaleVersionError,
    );
  });

  it('lets concurrent voters share transactions, retrying a batch without a repeat voter', async () => {
    const { ctx, repos } = domain();
    const idea = await submitIdea(ctx, ada, ideaInput('Quieter meeting rooms'));
    await castVote(ctx, voter(7), idea.id);
    const commits = vi.spyOn(repos.votes, 'commitVotes');
    // voter-7 voted already: the batch that carries them again is refused whole, and retried without them.
    const burst = Array.from({ length: 150 }, (_, n) => castVote(ctx, voter(n), idea.id));
    const answers = await Promise.all(burst);
    expect(answers[7]).toMatchObject({ myVote: true });
    expect((await getIdea(ctx, ada, idea.id)).votes).toBe(151);
    // 150 voters in batches of at most 99, plus the retry of the refused one: a handful, not 150.
    expect(commits.mock.calls.length).toBeLessThanOrEqual(5);
    expect(Math.max(...commits.mock.calls.map(([, , changes]) => changes.length))).toBeLessThanOrEqual(99);
  });

  it('answers repeat clicks that come after their vote’s answer within the next transaction, refusing none', async () => {
    const { ctx, repos } = domain();
    const idea = await submitIdea(ctx, ada, ideaInput('Standing desks'));
    const early = Array.from({ length: 60 }, (_, n) => voter(n));
    await Promise.all(early.map((person) => castVote(ctx, person, idea.id)));
    const commits = vi.spyOn(repos.votes, 'commitVotes');
    const reads = vi.spyOn(repos.votes, 'has');
    // The early voters click again while 60 others vote for the first time.
    const late = Array.from({ length: 60 }, (_, n) => voter(100 + n));
    const answers = await Promise.all([...early, ...late].map((person) => castVote(ctx, person, idea.id)));
    expect(answers.every((answer) => answer.myVote)).toBe(true);
    expect((await repos.votes.findTally('contoso', idea.id))?.value.count).toBe(121);
    expect((await repos.votes.tally('contoso', idea.id)).count).toBe(121);
    // Each transaction carried only new votes, so storage refused none: no retries, no read of anyone's vote.
    expect(await Promise.all(commits.mock.results.map((result) => result.value))).toHaveLength(
      commits.mock.calls.length,
    );
    expect(commits.mock.calls.flatMap(([, , changes]) => changes).map((change) => change.userId)).toEqual(
      late.map((person) => person.userId),
    );
    expect(reads).not.toHaveBeenCalled();
  });

  it('answers a repeat from what it knows only while no other process has changed the idea’s votes', async () => {
    const { ctx, repos, clock } = domain();
    const other = processOn(repos, clock);
    const idea = await submitIdea(ctx, ada, ideaInput('Second screens'));
    const rows = async () => (await repos.votes.tally('contoso', idea.id)).count;

    // Grace votes here and withdraws on another process: her repeat click here is a vote again, not a repeat.
    await castVote(ctx, grace, idea.id);
    await withdrawVote(other, grace, idea.id);
    expect(await castVote(ctx, grace, idea.id)).toEqual({ ideaId: idea.id, votes: 2, myVote: true });
    expect(await repos.votes.find('contoso', idea.id, 'grace')).toBeDefined();

    // The same with a newcomer in the same transaction, and for a withdrawal.
    await withdrawVote(ctx, grace, idea.id);
    await castVote(other, grace, idea.id);
    const [again, newcomer] = await Promise.all([
      withdrawVote(ctx, grace, idea.id),
      castVote(ctx, voter(1), idea.id),
    ]);
    expect(again).toMatchObject({ myVote: false });
    expect(newcomer).toMatchObject({ myVote: true });
    expect(await repos.votes.find('contoso', idea.id, 'grace')).toBeUndefined();
    expect((await repos.votes.findTally('contoso', idea.id))?.value.count).toBe(2);
    expect(await rows()).toBe(2);
  });

  it('stays exact when several processes vote on the same idea at once', async () => {
    const { ctx, repos, clock } = domain();
    const idea = await submitIdea(ctx, ada, ideaInput('Faster laptops'));
    const processes = Array.from({ length: 4 }, () => processOn(repos, clock));
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await Promise.all(
      Array.from({ length: 200 }, async (_, n) => {
        await sleep(Math.random() * 40);
        const where = processes[n % 4] as IdeaBarContext;
        await castVote(where, voter(n), idea.id);
        if (n % 10 === 0) await withdrawVote(processes[(n + 1) % 4] as IdeaBarContext, voter(n), idea.id);
      }),
    );
    expect((await repos.votes.findTally('contoso', idea.id))?.value.count).toBe(181);
    expect((await repos.votes.tally('contoso', idea.id)).count).toBe(181);
  });

  it('costs the same storage calls per vote on an idea with 20,000 votes as on one with 10', async () => {
    const callsPerVote = async (existing: number) => {
      const { ctx, repos, clock } = domain();
      const idea = await submitIdea(ctx, ada, ideaInput(`Idea with ${existing} votes`));
      for (let start = 1; start < existing; start += 99) {
        const voters = Array.from({ length: Math.min(99, existing - start) }, (_, n) => voter(start + n));
        await Promise.all(voters.map((person) => castVote(ctx, person, idea.id)));
      }
      expect((await repos.votes.findTally('contoso', idea.id))?.value.count).toBe(existing);
      // A fresh process: its first vote reads what it must (cold), its next ones only commit (warm).
      const counted = countingRepositories(repos);
      const fresh = processOn(counted.repos, clock);
      const measure = async (vote: Promise<unknown>) => {
        await vote;
        await fresh.votes.settled('contoso', idea.id);
        return counted.take();
      };
      return {
        cold: await measure(castVote(fresh, { ...ada, userId: 'cold' }, idea.id)),
        warm: await measure(castVote(fresh, { ...ada, userId: 'warm' }, idea.id)),
        withdrawn: await measure(withdrawVote(fresh, { ...ada, userId: 'warm' }, idea.id)),
      };
    };
    const small = await callsPerVote(10);
    const large = await callsPerVote(20_000);
    expect(large).toEqual(small);
    // A warm vote: one transaction, then its follow-up after the answer (the voter's list, one read of the tally
    // proving no other process changed the voter's vote meanwhile, the idea row's copy).
    expect(small.warm).toEqual({
      'votes.commitVotes': 1,
      'votes.setOnVoterList': 1,
      'votes.findTally': 1,
      'ideas.saveVoteCopy': 1,
    });
  }, 60_000);

  it('refuses votes on delivered and merged ideas, saying why, while declined ideas take them', async () => {
    const fixture = domain({ itMemberSeeds: [{ tenantId: 'contoso', userId: 'grace' }] });
    const { ctx, repos, clock } = fixture;
    const delivered = await submitIdea(ctx, ada, ideaInput('Self-service password reset'));
    const declined = await submitIdea(ctx, ada, ideaInput('Personal laptops on the network'));
    const duplicate = await submitIdea(ctx, ada, ideaInput('Reset my own password'));
    // Another process voted on the duplicate already: its cached tally is warm when the merge lands.
    const elsewhere = processOn(repos, clock);
    await castVote(elsewhere, voter(1), duplicate.id);
    await castVote(elsewhere, voter(4), delivered.id);

    for (const status of ['under_review', 'planned', 'in_progress', 'delivered'] as const) {
      await changeStatus(ctx, grace, delivered.id, { status, response: `Now ${status}.` });
    }
    const refusal = await castVote(ctx, voter(2), delivered.id).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(VotesClosedError);
    expect(refusal).toMatchObject({ closed: { status: 'delivered', mergedInto: null } });
    expect((refusal as Error).message).toMatch(/delivered/);
    // The process whose idea read and tally are cached from before the delivery is refused by the tally's version.
    await expect(castVote(elsewhere, voter(5), delivered.id)).rejects.toBeInstanceOf(VotesClosedError);
    expect(await repos.votes.has('contoso', delivered.id, 'voter-5')).toBe(false);

    await changeStatus(ctx, grace, declined.id, {
      status: 'declined',
      response: 'Not on the production network.',
      decline: {
        constraint: 'security',
        rule: 'Information Security Policy §4.2',
        pathToYes: 'Use the managed device programme.',
      },
    });
    expect(await castVote(ctx, voter(2), declined.id)).toMatchObject({ votes: 2, myVote: true });

    await mergeIdea(ctx, grace, duplicate.id, { into: declined.id, response: 'Same.' });
    const merged = await castVote(elsewhere, voter(3), duplicate.id).catch((error: unknown) => error);
    expect(merged).toBeInstanceOf(VotesClosedError);
    expect(merged).toMatchObject({
      code: 'conflict',
      closed: { status: 'duplicate', mergedInto: declined.id },
    });
    expect((merged as Error).message).toContain(declined.id);
    expect(await repos.votes.has('contoso', duplicate.id, 'voter-3')).toBe(false);
    expect(await repos.votes.voters('contoso', duplicate.id)).toEqual([]);
    // ada voted for both (as author), voter-1 and voter-2 moved or stayed: each counted once.
    expect((await getIdea(ctx, ada, declined.id)).votes).toBe(3);
    expect((await repos.votes.findTally('contoso', duplicate.id))?.value).toMatchObject({ count: 0 });

    // Reopened from delivered, an idea takes votes again.
    await changeStatus(ctx, grace, delivered.id, { status: 'in_progress', response: 'Another round.' });
    expect(await castVote(elsewhere, voter(2), delivered.id)).toMatchObject({ votes: 3, myVote: true });
  });

  it('sets right after a crash what follows a vote: the idea row’s copy and "my votes"', async () => {
    const { ctx, repos, clock } = domain();
    const idea = await submitIdea(ctx, ada, ideaInput('Shared team calendars'));
    await ctx.votes.settled('contoso', idea.id);
    // A process that dies right after its transactions: its follow-ups never reach storage.
    const dying = processOn({ ...repos, votes: Object.create(repos.votes) as typeof repos.votes }, clock);
    const lost = dying.repos.votes;
    lost.setOnVoterList = () => new Promise(() => undefined);
    await Promise.all(Array.from({ length: 30 }, (_, n) => castVote(dying, voter(n), idea.id)));
    await withdrawVote(dying, voter(3), idea.id);
    expect((await repos.ideas.find('contoso', idea.id))?.value.votes).toBe(1);
    expect(await repos.votes.votedIdeaIds('contoso', 'voter-5', 'default')).toEqual(new Set());

    // A new process starts: its drain follows every pending event, with no vote needed.
    const restarted = processOn(repos, clock);
    const votes = { only: 'votesChanged', atStart: true } as const;
    expect(await drainOutbox(restarted, votes)).toMatchObject({ followed: 1, failed: 0, settled: 0 });
    expect((await repos.ideas.find('contoso', idea.id))?.value.votes).toBe(30);
    for (let n = 0; n < 30; n++) {
      const expected = n === 3 ? new Set() : new Set([idea.id]);
      expect(await repos.votes.votedIdeaIds('contoso', `voter-${n}`, 'default')).toEqual(expected);
    }
    expect((await repos.votes.findTally('contoso', idea.id))?.value.unlisted).toEqual([]);
    // Old enough to belong to no live process, the event is settled.
    clock.advance(OUTBOX_SETTLE_AFTER_MS);
    expect(await drainOutbox(restarted, votes)).toMatchObject({ followed: 1, settled: 1 });
    expect((await repos.events.pending(10)).map((event) => event.value.kind)).toEqual(['submitted']);
  });

  it('leaves a live process’s votes to it on a timer’s drain, and follows them once nobody renews their event', async () => {
    const { ctx, repos, clock } = domain();
    const idea = await submitIdea(ctx, ada, ideaInput('Quiet rooms on every floor'));
    // A process still answering a burst: its voters' lists are not written yet, so its tally lists them unlisted.
    const busy = processOn({ ...repos, votes: Object.create(repos.votes) as typeof repos.votes }, clock);
    busy.repos.votes.setOnVoterList = () => new Promise(() => undefined);
    await Promise.all(Array.from({ length: 20 }, (_, n) => castVote(busy, voter(n), idea.id)));
    expect((await repos.votes.findTally('contoso', idea.id))?.value.unlisted.length).toBeGreaterThan(0);

    // Another process's timer: reading each unlisted voter twice now would compete with the burst's answers.
    const counting = countingRepositories(repos);
    const timer = processOn(counting.repos, clock);
    expect(await drainOutbox(timer, { only: 'votesChanged' })).toMatchObject({ followed: 0 });
    expect(counting.take()).toEqual({ 'events.pending': 1 });
    expect(await repos.votes.votedIdeaIds('contoso', 'voter-5', 'default')).toEqual(new Set());

    // The busy process died without renewing its event: once that is older than a live one can be, it is followed.
    clock.advance(OUTBOX_REFRESH_MS);
    expect(await drainOutbox(timer, { only: 'votesChanged' })).toMatchObject({ followed: 1, failed: 0 });
    expect(await repos.votes.votedIdeaIds('contoso', 'voter-5', 'default')).toEqual(new Set([idea.id]));
    expect((await repos.ideas.find('contoso', idea.id))?.value.votes).toBe(21);
  });

  it('follows a vote with point reads, however many ideas the voter has voted for', async () => {
    const { ctx, repos, clock } = domain();
    const idea = await submitIdea(ctx, ada, ideaInput('Charging lockers'));
    await ctx.votes.settled('contoso', idea.id);
    const list = (ideaId: string) => ({ tenantId: 'contoso', userId: 'voter-1', boardId: 'default', ideaId });
    for (let n = 0; n < 200; n++) await repos.votes.setOnVoterList(list(`earlier-${n}`), true);
    const dying = processOn({ ...repos, votes: Object.create(repos.votes) as typeof repos.votes }, clock);
    dying.repos.votes.setOnVoterList = () => new Promise(() => undefined);
    await castVote(dying, voter(1), idea.id);
    const unlisted = (await repos.votes.findTally('contoso', idea.id))?.value.unlisted ?? [];
    expect(unlisted).toContain('voter-1');

    const counting = countingRepositories(repos);
    const restarted = processOn(counting.repos, clock);
    expect(await drainOutbox(restarted, { only: 'votesChanged', atStart: true })).toMatchObject({
      followed: 1,
    });
    const calls = counting.take();
    // Reading the voter's whole list (200 rows here, thousands for a busy voter) for each idea followed is gone.
    expect(calls['votes.votedIdeaIds']).toBeUndefined();
    expect(calls['votes.isOnVoterList']).toBe(unlisted.length);
    expect(await repos.votes.isOnVoterList(list(idea.id))).toBe(true);
    expect((await repos.votes.votedIdeaIds('contoso', 'voter-1', 'default')).size).toBe(201);
  });

  it('brings data from before tally rows right on first touch', async () => {
    const { ctx, repos, clock } = domain();
    const idea = await submitIdea(ctx, ada, ideaInput('Standing desks'));
    await ctx.votes.settled('contoso', idea.id);
    // Vote rows written without a tally, as before tally rows; the tally itself lost.
    const old = processOn(repos, clock);
    for (const userId of ['grace', 'voter-1', 'voter-2']) {
      await repos.votes.add({ tenantId: 'contoso', ideaId: idea.id, userId, castAt: clock.now() });
    }
    await (repos.votes as unknown as { tallies: Map<string, unknown> }).tallies.clear();
    clock.advance(60_000);
    expect((await getIdea(old, ada, idea.id)).votes).toBe(4);
    expect((await repos.ideas.find('contoso', idea.id))?.value.votes).toBe(4);
    expect(await repos.votes.votedIdeaIds('contoso', 'voter-1', 'default')).toEqual(new Set([idea.id]));
    expect(await castVote(processOn(repos, clock), voter(3), idea.id)).toMatchObject({ votes: 5 });
  });

  it('keeps another tenant out: not found, and nothing changes', async () => {
    const { ctx, repos } = domain();
    const idea = await submitIdea(ctx, ada, ideaInput('Password manager for all'));
    await castVote(ctx, grace, idea.id);
    await expect(castVote(ctx, mallory, idea.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(withdrawVote(ctx, { ...mallory, userId: 'grace' }, idea.id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getIdea(ctx, mallory, idea.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getIdea(ctx, ada, idea.id)).votes).toBe(2);
    expect((await repos.votes.tally('contoso', idea.id)).count).toBe(2);
    expect((await repos.votes.tally('fabrikam', idea.id)).count).toBe(0);
    expect(await repos.votes.findTally('fabrikam', idea.id)).toBeUndefined();
  });

  it('answers not found for ids that could not be ideas', async () => {
    const { ctx } = domain();
    for (const id of ['', 'a/b', '..', 'x'.repeat(200), 'a|b']) {
      await expect(castVote(ctx, ada, id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it('leaves no vote record behind for an idea that does not exist', async () => {
    const { ctx, repos } = domain();
    const idea = await submitIdea(ctx, ada, ideaInput('Only in Contoso'));
    await expect(castVote(ctx, ada, '01JDNOSUCHIDEA000000000000')).rejects.toBeInstanceOf(NotFoundError);
    await expect(castVote(ctx, mallory, idea.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await repos.votes.has('contoso', '01JDNOSUCHIDEA000000000000', 'ada')).toBe(false);
    expect(await repos.votes.has('fabrikam', idea.id, 'mallory')).toBe(false);
  });

  it('brings listed ideas whose copy is behind their tally up, four at a time, each once in a while', async () => {
    const { ctx, repos } = domain();
    const ideas: { id: string }[] = [];
    for (let n = 0; n < 6; n++) ideas.push(await submitIdea(ctx, ada, ideaInput(`Listed idea ${n}`)));
    for (const idea of ideas) await ctx.votes.settled('contoso', idea.id);
    // Votes committed by a process that died before its follow-up, their outbox event long settled.
    for (const idea of ideas) {
      const found = await repos.votes.findTally('contoso', idea.id);
      if (!found) throw new Error('A new idea has no tally.');
      const change = { userId: 'grace', cast: true, at: new Date() };
      await repos.votes.commitVotes(applyChanges(found.value, [change], change.at), found.version, [change]);
    }
    const copies = async () =>
      Promise.all(ideas.map(async (idea) => (await repos.ideas.find('contoso', idea.id))?.value.votes));
    const ids = ideas.map((idea) => idea.id);

    expect(await followListed(ctx, 'contoso', ids)).toBe(4);
    expect(await copies()).toEqual([2, 2, 2, 2, 1, 1]);
    // The next listing checks the ones left out, and not again those checked a moment ago.
    expect(await followListed(ctx, 'contoso', ids)).toBe(2);
    expect(await copies()).toEqual([2, 2, 2, 2, 2, 2]);
    const reads = vi.spyOn(repos.votes, 'findTally');
    expect(await followListed(ctx, 'contoso', ids)).toBe(0);
    expect(reads).not.toHaveBeenCalled();
  });
});
