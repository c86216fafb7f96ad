import { describe, expect, it, vi } from 'vitest';
import {
  castVote,
  getIdea,
  IdeaTallies,
  NotFoundError,
  submitIdea,
  withdrawVote,
} from '../../../core/src/index.js';
import { ada, domain, grace, ideaInput, mallory, voter } from '../../support/domain.js';

describe('voting', () => {
  it('casts and withdraws idempotently', async () => {
    const { ctx } = domain();
    const idea = await submitIdea(ctx, ada, ideaInput('Single sign-on for the wiki'));
    expect(await castVote(ctx, grace, idea.id)).toEqual({ ideaId: idea.id, votes: 1, myVote: true });
    expect(await castVote(ctx, grace, idea.id)).toEqual({ ideaId: idea.id, votes: 1, myVote: true });
    expect(await castVote(ctx, ada, idea.id)).toEqual({ ideaId: idea.id, votes: 2, myVote: true });
    expect(await withdrawVote(ctx, grace, idea.id)).toEqual({ ideaId: idea.id, votes: 1, myVote: false });
    expect(await withdrawVote(ctx, grace, idea.id)).toEqual({ ideaId: idea.id, votes: 1, myVote: false });
    expect(await getIdea(ctx, grace, idea.id)).toMatchObject({ votes: 1, myVote: false });
    expect(await getIdea(ctx, ada, idea.id)).toMatchObject({ votes: 1, myVote: true });
  });

  it('counts every voter exactly once when hundreds vote and double-click at the same instant', async () => {
    const { ctx, repos } = domain();
    const idea = await submitIdea(ctx, ada, ideaInput('Bigger mailboxes'));
    const voters = Array.from({ length: 300 }, (_, n) => voter(n));
    const clicks = [...voters, ...voters].map((person) => castVote(ctx, person, idea.id));
    const answers = await Promise.all(clicks);
    expect(answers.every((answer) => answer.myVote && answer.votes >= 1 && answer.votes <= 300)).toBe(true);
    expect((await getIdea(ctx, ada, idea.id)).votes).toBe(300);
    expect((await repos.votes.tally('contoso', idea.id)).count).toBe(300);
  });

  it('reads the idea a handful of times, not once per voter, when hundreds vote at once', async () => {
    const { ctx, repos } = domain();
    const idea = await submitIdea(ctx, ada, ideaInput('Quieter meeting rooms'));
    const find = vi.spyOn(repos.ideas, 'find');
    await Promise.all(Array.from({ length: 200 }, (_, n) => castVote(ctx, voter(n), idea.id)));
    expect((await getIdea(ctx, ada, idea.id)).votes).toBe(200);
    // One shared read for the burst, plus one per recount that did not start from it.
    expect(find.mock.calls.length).toBeLessThan(20);
  });

  it('stays exact when several instances recount the same idea at once', async () => {
    const { ctx, repos, clock } = domain();
    const idea = await submitIdea(ctx, ada, ideaInput('Faster laptops'));
    // Four processes share storage but not memory. Uneven storage latency lets a recount that started early finish
    // late with an old count; only the conditional write keeps it from overwriting a newer one.
    const jittery = {
      ...repos,
      votes: {
        ...repos.votes,
        add: repos.votes.add.bind(repos.votes),
        tally: async (tenantId: string, ideaId: string) => {
          const tally = await repos.votes.tally(tenantId, ideaId);
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 4));
          return tally;
        },
      },
    };
    const instances = Array.from({ length: 4 }, () => ({ ...ctx, tallies: new IdeaTallies(jittery, clock) }));
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await Promise.all(
      Array.from({ length: 200 }, async (_, n) => {
        await sleep(Math.random() * 40);
        return castVote(instances[n % 4]!, voter(n), idea.id);
      }),
    );
    expect((await getIdea(ctx, ada, idea.id)).votes).toBe(200);
  });

  it('never lets a recount that read an old count overwrite a newer one', async () => {
    const { ctx, repos, clock } = domain();
    const idea = await submitIdea(ctx, ada, ideaInput('Guest Wi-Fi vouchers'));
    const vote = (userId: string) => ({
      tenantId: 'contoso',
      ideaId: idea.id,
      userId,
      castAt: clock.now(),
    });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let held = false;
    const slow = {
      ...repos,
      votes: {
        ...repos.votes,
        tally: async (tenantId: string, ideaId: string) => {
          const tally = await repos.votes.tally(tenantId, ideaId);
          if (!held) {
            held = true;
            await gate;
          }
          return tally;
        },
      } as typeof repos.votes,
    };
    const instanceA = new IdeaTallies(slow, clock);
    const instanceB = new IdeaTallies(repos, clock);
    await repos.votes.add(vote('grace'));
    const recountA = instanceA.refresh('contoso', idea.id);
    await vi.waitFor(() => expect(held).toBe(true));
    await repos.votes.add(vote('ada'));
    expect((await instanceB.refresh('contoso', idea.id)).votes).toBe(2);
    release();
    expect((await recountA).votes).toBe(2);
    expect((await repos.ideas.find('contoso', idea.id))?.value.votes).toBe(2);
  });

  it('answers a voter with a count that includes their own vote', async () => {
    const { ctx } = domain();
    const idea = await submitIdea(ctx, ada, ideaInput('Dark mode for the intranet'));
    const answers = await Promise.all(Array.from({ length: 50 }, (_, n) => castVote(ctx, voter(n), idea.id)));
    const counts = answers.map((a) => a.votes);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...counts)).toBe(50);
  });

  it('repairs a tally that a crash left behind on the next vote, even a repeated one', async () => {
    const { ctx, repos, clock } = domain();
    const idea = await submitIdea(ctx, ada, ideaInput('Shared team calendars'));
    // A vote written just before its process died: the record is there, the tally was never recounted.
    await repos.votes.add({
      tenantId: 'contoso',
      ideaId: idea.id,
      userId: 'grace',
      castAt: clock.now(),
    });
    expect((await getIdea(ctx, ada, idea.id)).votes).toBe(0);
    expect(await castVote(ctx, grace, idea.id)).toMatchObject({ votes: 1 });
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
    expect((await getIdea(ctx, ada, idea.id)).votes).toBe(1);
    expect((await repos.votes.tally('contoso', idea.id)).count).toBe(1);
    expect((await repos.votes.tally('fabrikam', idea.id)).count).toBe(0);
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
});
