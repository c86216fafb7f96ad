import { describe, expect, it } from 'vitest';
import { storedCycle } from '../support/storedCycles.js';
import {
  IDEA_CHANGE_KINDS,
  ideaChanged,
  StaleVersionError,
  UNLISTED_HIGH_WATER,
  VoteChangeRefused,
  type IdeaTally,
  type Board,
  type IdeaRecord,
  type Repositories,
  type SavedResponse,
  type StatusChange,
  unconfigured,
  type Weekday,
} from '../../core/src/index.js';
import { storedIdea } from '../support/storedIdeas.js';

/**
 * The promises every storage implementation keeps, run against the in-memory twin and against Table Storage on
 * Azurite. A difference between the two is a bug in one of them.
 */
export function repositoryContract(name: string, makeRepositories: () => Promise<Repositories>): void {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 9, minute));
  const idea = (overrides: Partial<IdeaRecord> = {}): IdeaRecord =>
    storedIdea({
      tenantId: 'tenant-a',
      id: `01JD${Math.random().toString(36).slice(2, 12).toUpperCase()}`,
      title: 'Self-service VPN access',
      description: 'Line one\nLine two — with “quotes”, <b>markup</b> and emoji 🚀',
      category: 'Remote work',
      tags: ['vpn', 'Zugang'],
      author: { id: 'user-1', name: 'Ada Lovelace' },
      createdAt: at(0),
      updatedAt: at(1),
      ...overrides,
    });

  const tallyOf = (of: IdeaRecord, overrides: Partial<IdeaTally> = {}): IdeaTally => ({
    tenantId: of.tenantId,
    ideaId: of.id,
    boardId: of.boardId,
    count: 0,
    heat: 0,
    heatAt: at(0),
    closed: null,
    seq: 1,
    unlisted: [],
    ...overrides,
  });

  describe(`${name} repositories`, () => {
    describe('boards', () => {
      it('creates a board once and returns the stored one afterwards', async () => {
        const { boards } = await makeRepositories();
        const first: Board = {
          tenantId: 'tenant-a',
          id: 'team-1',
          name: 'First',
          teamId: '19:x@thread',
          createdAt: at(0),
          ...unconfigured(),
        };
        expect(await boards.createIfMissing(first)).toEqual({ board: first, created: true });
        expect(await boards.createIfMissing({ ...first, name: 'Second' })).toEqual({
          board: first,
          created: false,
        });
        expect(await boards.find('tenant-a', 'team-1')).toEqual(first);
        expect(await boards.find('tenant-b', 'team-1')).toBeUndefined();
        expect(await boards.list('tenant-b')).toEqual([]);
        expect((await boards.list('tenant-a')).map((b) => b.id)).toEqual(['team-1']);
      });
    });

    describe('board settings', () => {
      it('saves a board only against the version that was read', async () => {
        const { boards } = await makeRepositories();
        const board: Board = {
          tenantId: 'tenant-a',
          id: 'default',
          name: 'Ideas',
          teamId: null,
          createdAt: at(0),
          ...unconfigured(),
        };
        await boards.createIfMissing(board);
        const read = await boards.findVersioned('tenant-a', 'default');
        const configured: Board = {
          ...board,
          description: 'Bring your ideas',
          categories: [
            { id: 'c1', name: 'Security', retired: false },
            { id: 'c2', name: 'Old area', retired: true },
          ],
          suggestedTags: ['vpn'],
          moderation: true,
          announcementChannel: 'conversation:19:announcements@thread.tacv2',
          digestSchedule: null,
          timeZone: 'Europe/Berlin',
        };
        await boards.save(configured, read!.version);
        expect(await boards.find('tenant-a', 'default')).toEqual(configured);
        await expect(boards.save(board, read!.version)).rejects.toBeInstanceOf(StaleVersionError);
        expect(await boards.findVersioned('tenant-b', 'default')).toBeUndefined();
      });
    });

    describe('tenant settings and audit', () => {
      it('creates settings once and changes them only against the version read', async () => {
        const { settings } = await makeRepositories();
        const first = {
          tenantId: 'tenant-a',
          responseSlaBusinessDays: 5,
          reminderLeadDays: [3, 1],
          currency: 'EUR',
          itMembersSeeded: true,
          weekendDays: [5, 6] as Weekday[],
          holidays: [{ date: '2026-12-25', name: 'Christmas Day' }],
        };
        expect(await settings.find('tenant-a')).toBeUndefined();
        await settings.save(first, null);
        await expect(settings.save(first, null)).rejects.toBeInstanceOf(StaleVersionError);
        const read = await settings.find('tenant-a');
        expect(read?.value).toEqual(first);
        await settings.save({ ...first, responseSlaBusinessDays: 3 }, read!.version);
        await expect(
          settings.save({ ...first, responseSlaBusinessDays: 9 }, read!.version),
        ).rejects.toBeInstanceOf(StaleVersionError);
        expect((await settings.find('tenant-a'))?.value.responseSlaBusinessDays).toBe(3);
        expect(await settings.find('tenant-b')).toBeUndefined();
      });

      it('lists audit entries newest first, per tenant', async () => {
        const { audit } = await makeRepositories();
        const entry = (id: string, tenantId = 'tenant-a') => ({
          tenantId,
          id,
          at: at(1),
          by: { id: 'it-1', name: 'Grace' },
          subject: 'board.categories',
          summary: `Change ${id}`,
          before: { names: ['A'] },
          after: { names: ['A', 'B'] },
        });
        for (const id of ['01A', '01C', '01B']) await audit.append(entry(id));
        await audit.append(entry('01D', 'tenant-b'));
        expect(await audit.list('tenant-a', 2)).toEqual([entry('01C'), entry('01B')]);
      });
    });

    describe('ideas', () => {
      it('keeps every field of an idea exactly as written', async () => {
        const { ideas } = await makeRepositories();
        const written = idea({ category: null, tags: [] });
        await ideas.create(written);
        const found = await ideas.find('tenant-a', written.id);
        expect(found?.value).toEqual(written);
        expect(found?.version).toEqual(expect.any(String));
        const withCategory = idea();
        await ideas.create(withCategory);
        expect((await ideas.find('tenant-a', withCategory.id))?.value).toEqual(withCategory);
      });

      it('keeps triage, decisions and the latest change exactly', async () => {
        const { ideas } = await makeRepositories();
        const grace = { id: 'it-1', name: 'Grace Hopper' };
        const declined = idea({ status: 'declined' });
        const written: IdeaRecord = {
          ...declined,
          triage: {
            decline: {
              constraint: 'security',
              rule: 'Policy SEC-12 §3',
              pathToYes: 'Use the managed VPN portal.',
            },
            appeal: {
              by: declined.author,
              reason: 'The portal lacks contractors.',
              at: at(20),
              answeredAt: null,
            },
            itPartner: grace,
            sponsor: { id: 'user-9', name: 'Lee Gu' },
            classification: { sourcing: 'non_core', recommendation: 'buy', value: 4, effort: 2 },
            expectedBenefit: { kind: 'hours_saved_per_month', amount: 120, note: null },
            measuredBenefit: { kind: 'other', amount: null, note: 'Happier contractors' },
            duplicateOf: null,
            firstResponseAt: at(15),
            awaitingApproval: true,
          },
          lastChange: {
            tenantId: 'tenant-a',
            ideaId: declined.id,
            id: '01JDCHANGE',
            from: 'under_review',
            to: 'declined',
            by: grace,
            at: at(15),
            response: 'Not like this — see the path to yes.',
            kind: 'triage',
            decline: {
              constraint: 'security',
              rule: 'Policy SEC-12 §3',
              pathToYes: 'Use the managed VPN portal.',
            },
          },
        };
        await ideas.create(written);
        expect((await ideas.find('tenant-a', written.id))?.value).toEqual(written);
      });

      it('saves a whole idea only against the version that was read', async () => {
        const { ideas } = await makeRepositories();
        const written = idea();
        await ideas.create(written);
        const read = await ideas.find('tenant-a', written.id);
        const planned = { ...written, status: 'planned' as const, updatedAt: at(30) };
        await ideas.save(planned, read!.version);
        const after = await ideas.find('tenant-a', written.id);
        expect(after?.value).toEqual(planned);
        await expect(ideas.save({ ...planned, status: 'declined' }, read!.version)).rejects.toBeInstanceOf(
          StaleVersionError,
        );
        await expect(
          ideas.saveCommentCount({ ...planned, commentCount: 5 }, read!.version),
        ).rejects.toBeInstanceOf(StaleVersionError);
        expect((await ideas.find('tenant-a', written.id))?.value.status).toBe('planned');
      });

      it('saves ideas of one board together, all or nothing, each against the version read', async () => {
        const { ideas } = await makeRepositories();
        const [x, y] = [idea(), idea()];
        for (const each of [x, y]) await ideas.create(each);
        const [readX, readY] = [await ideas.find('tenant-a', x.id), await ideas.find('tenant-a', y.id)];
        if (!readX || !readY) throw new Error('not found');
        const merged = { ...x, status: 'duplicate' as const, updatedAt: at(40) };
        const touched = { ...y, updatedAt: at(40) };
        await ideas.saveTogether([
          { value: merged, version: readX.version },
          { value: touched, version: readY.version },
        ]);
        expect((await ideas.find('tenant-a', x.id))?.value).toEqual(merged);
        expect((await ideas.find('tenant-a', y.id))?.version).not.toEqual(readY.version);
        // The crossing decision, read before the first was written: refused whole, nothing of it written.
        const fresh = await ideas.find('tenant-a', x.id);
        await expect(
          ideas.saveTogether([
            { value: { ...merged, title: 'Changed' }, version: fresh!.version },
            { value: { ...y, status: 'duplicate' }, version: readY.version },
          ]),
        ).rejects.toBeInstanceOf(StaleVersionError);
        expect((await ideas.find('tenant-a', x.id))?.value).toEqual(merged);
        expect((await ideas.find('tenant-a', y.id))?.value).toEqual(touched);
      });

      it('finds an idea only in its own tenant', async () => {
        const { ideas } = await makeRepositories();
        const written = idea();
        await ideas.create(written);
        expect(await ideas.find('tenant-b', written.id)).toBeUndefined();
        expect(await ideas.listBoard('tenant-b', 'default')).toEqual([]);
      });

      it('lists the ideas of one board', async () => {
        const { ideas } = await makeRepositories();
        const onDefault = [idea(), idea()];
        for (const each of [...onDefault, idea({ boardId: 'team-1' }), idea({ tenantId: 'tenant-b' })]) {
          await ideas.create(each);
        }
        const listed = await ideas.listBoard('tenant-a', 'default');
        expect(listed.map((i) => i.id).sort()).toEqual(onDefault.map((i) => i.id).sort());
      });

      it('saves the comment count only against the version that was read', async () => {
        const { ideas } = await makeRepositories();
        const written = idea();
        await ideas.create(written);
        const read = await ideas.find('tenant-a', written.id);
        if (!read) throw new Error('not found');
        await ideas.saveCommentCount({ ...written, commentCount: 2 }, read.version);
        const after = await ideas.find('tenant-a', written.id);
        expect(after?.value).toEqual({ ...written, commentCount: 2 });
        expect(after?.version).not.toEqual(read.version);
        await expect(
          ideas.saveCommentCount({ ...written, commentCount: 9 }, read.version),
        ).rejects.toBeInstanceOf(StaleVersionError);
        expect((await ideas.find('tenant-a', written.id))?.value.commentCount).toBe(2);
      });

      it('copies a tally onto the idea row, never an older one over a newer one', async () => {
        const { ideas } = await makeRepositories();
        const written = idea({ votes: 1, heat: 1 });
        await ideas.create(written);
        const copy = (seq: number, count: number) =>
          ideas.saveVoteCopy({ ...tallyOf(written), count, heat: count / 2, heatAt: at(seq), seq });
        await copy(3, 7);
        expect((await ideas.find('tenant-a', written.id))?.value).toEqual({
          ...written,
          votes: 7,
          heat: 3.5,
          heatAt: at(3),
        });
        await copy(2, 5);
        await copy(3, 6);
        expect((await ideas.find('tenant-a', written.id))?.value.votes).toBe(7);
        await ideas.saveVoteCopy({ ...tallyOf(written), ideaId: 'no-such-idea', seq: 9 });
        expect(await ideas.find('tenant-a', 'no-such-idea')).toBeUndefined();
      });

      it('leaves the copy of the tally alone when the rest of the idea is saved', async () => {
        const { ideas } = await makeRepositories();
        const written = idea();
        await ideas.create(written);
        await ideas.saveVoteCopy({ ...tallyOf(written), count: 4, heat: 2, heatAt: at(4), seq: 5 });
        const read = await ideas.find('tenant-a', written.id);
        await ideas.save({ ...read!.value, votes: 0, heat: 0, status: 'planned' }, read!.version);
        const after = await ideas.find('tenant-a', written.id);
        expect(after?.value).toMatchObject({ votes: 4, heat: 2, status: 'planned' });
      });

      it('lists every tenant’s unanswered ideas, on every board, and no others', async () => {
        const { ideas } = await makeRepositories();
        const unanswered = [
          idea(),
          idea({ boardId: '19:team-1@thread.tacv2' }),
          idea({ tenantId: 'tenant-b' }),
        ];
        const answered = [idea({ status: 'under_review' }), idea({ status: 'duplicate' })];
        for (const each of [...unanswered, ...answered]) await ideas.create(each);
        const listed = await ideas.listUnanswered();
        const byId = (a: IdeaRecord, b: IdeaRecord) => (a.id < b.id ? -1 : 1);
        expect(listed.sort(byId)).toEqual(unanswered.sort(byId));
      });
    });

    describe('votes', () => {
      const vote = { tenantId: 'tenant-a', ideaId: 'idea-1', userId: 'user-1', castAt: at(3) };
      const entry = { tenantId: 'tenant-a', userId: 'user-1', boardId: 'default', ideaId: 'idea-1' };

      it('counts one vote per person however often it is cast', async () => {
        const { votes } = await makeRepositories();
        expect(await votes.add(vote)).toBe('added');
        expect(await votes.add({ ...vote, castAt: at(4) })).toBe('unchanged');
        expect(await votes.add({ ...vote, userId: 'user-2' })).toBe('added');
        const tally = await votes.tally('tenant-a', 'idea-1');
        expect(tally.count).toBe(2);
        expect(tally.castTimes.map((d) => d.getTime()).sort()).toEqual([at(3).getTime(), at(3).getTime()]);
        expect(await votes.has('tenant-a', 'idea-1', 'user-1')).toBe(true);
        expect(await votes.has('tenant-a', 'idea-1', 'user-3')).toBe(false);
      });

      it('lists who voted for an idea, and when', async () => {
        const { votes } = await makeRepositories();
        await votes.add(vote);
        await votes.add({ ...vote, userId: 'user-2', castAt: at(5) });
        await votes.add({ ...vote, ideaId: 'idea-2', userId: 'user-3' });
        await votes.add({ ...vote, tenantId: 'tenant-b', userId: 'user-4' });
        const voters = await votes.voters('tenant-a', 'idea-1');
        expect(voters.sort((a, b) => a.userId.localeCompare(b.userId))).toEqual([
          vote,
          { ...vote, userId: 'user-2', castAt: at(5) },
        ]);
      });

      it('finds a vote with when it was cast', async () => {
        const { votes } = await makeRepositories();
        await votes.add(vote);
        expect(await votes.find('tenant-a', 'idea-1', 'user-1')).toEqual(vote);
        expect(await votes.find('tenant-a', 'idea-1', 'user-2')).toBeUndefined();
        expect(await votes.find('tenant-b', 'idea-1', 'user-1')).toBeUndefined();
      });

      it("lists a person's voted ideas per board", async () => {
        const { votes } = await makeRepositories();
        await votes.setOnVoterList(entry, true);
        await votes.setOnVoterList(entry, true);
        await votes.setOnVoterList({ ...entry, ideaId: 'idea-2' }, true);
        await votes.setOnVoterList({ ...entry, ideaId: 'idea-3', boardId: 'team-1' }, true);
        expect(await votes.votedIdeaIds('tenant-a', 'user-1', 'default')).toEqual(
          new Set(['idea-1', 'idea-2']),
        );
        expect(await votes.votedIdeaIds('tenant-a', 'user-1', 'team-1')).toEqual(new Set(['idea-3']));
        expect(await votes.votedIdeaIds('tenant-a', 'user-2', 'default')).toEqual(new Set());
        expect(await votes.votedIdeaIds('tenant-b', 'user-1', 'default')).toEqual(new Set());
        await votes.setOnVoterList(entry, false);
        await votes.setOnVoterList(entry, false);
        expect(await votes.votedIdeaIds('tenant-a', 'user-1', 'default')).toEqual(new Set(['idea-2']));
      });

      it('tells whether one idea is on a voter’s list, by board, person and tenant', async () => {
        const { votes } = await makeRepositories();
        await votes.setOnVoterList(entry, true);
        await votes.setOnVoterList({ ...entry, ideaId: 'idea-2', boardId: 'team-1' }, true);
        expect(await votes.isOnVoterList(entry)).toBe(true);
        expect(await votes.isOnVoterList({ ...entry, ideaId: 'idea-2' })).toBe(false);
        expect(await votes.isOnVoterList({ ...entry, ideaId: 'idea-2', boardId: 'team-1' })).toBe(true);
        expect(await votes.isOnVoterList({ ...entry, userId: 'user-2' })).toBe(false);
        expect(await votes.isOnVoterList({ ...entry, tenantId: 'tenant-b' })).toBe(false);
        await votes.setOnVoterList(entry, false);
        expect(await votes.isOnVoterList(entry)).toBe(false);
      });

      it('keeps tenants apart even with the same ids', async () => {
        const { votes } = await makeRepositories();
        await votes.add(vote);
        expect(await votes.has('tenant-b', 'idea-1', 'user-1')).toBe(false);
        expect((await votes.tally('tenant-b', 'idea-1')).count).toBe(0);
        expect(await votes.findTally('tenant-b', 'idea-1')).toBeUndefined();
        expect((await votes.tally('tenant-a', 'idea-1')).count).toBe(1);
      });
    });

    describe('vote transactions', () => {
      const ideaOne = idea({ id: 'idea-1' });
      const cast = (userId: string, minute = 3) => ({ userId, cast: true, at: at(minute) });
      const withdraw = (userId: string) => ({ userId, cast: false, at: at(9) });

      it('creates a tally with its first votes, once', async () => {
        const { votes } = await makeRepositories();
        const first = tallyOf(ideaOne, { count: 2, unlisted: ['user-1', 'user-2'] });
        const version = await votes.commitVotes(first, null, [cast('user-1'), cast('user-2')]);
        expect(await votes.findTally('tenant-a', 'idea-1')).toEqual({ value: first, version });
        await expect(votes.commitVotes(first, null, [cast('user-3')])).rejects.toBeInstanceOf(
          StaleVersionError,
        );
        expect((await votes.tally('tenant-a', 'idea-1')).count).toBe(2);
        expect(await votes.has('tenant-a', 'idea-1', 'user-3')).toBe(false);
      });

      it('writes votes and tally together, only against the tally version read', async () => {
        const { votes } = await makeRepositories();
        const v1 = await votes.commitVotes(tallyOf(ideaOne, { count: 1 }), null, [cast('user-1')]);
        const v2 = await votes.commitVotes(tallyOf(ideaOne, { count: 2, seq: 2 }), v1, [cast('user-2')]);
        expect(v2).not.toEqual(v1);
        // A stale version refuses the whole transaction: neither the vote row nor the tally is written.
        await expect(
          votes.commitVotes(tallyOf(ideaOne, { count: 3, seq: 3 }), v1, [cast('user-3')]),
        ).rejects.toBeInstanceOf(StaleVersionError);
        expect(await votes.has('tenant-a', 'idea-1', 'user-3')).toBe(false);
        expect((await votes.findTally('tenant-a', 'idea-1'))?.value.count).toBe(2);
        expect(await votes.find('tenant-a', 'idea-1', 'user-2')).toEqual({
          tenantId: 'tenant-a',
          ideaId: 'idea-1',
          userId: 'user-2',
          castAt: at(3),
        });
      });

      it('refuses the whole transaction for a repeat vote, naming its voter', async () => {
        const { votes } = await makeRepositories();
        const v1 = await votes.commitVotes(tallyOf(ideaOne, { count: 1 }), null, [cast('user-1')]);
        const refused = votes.commitVotes(tallyOf(ideaOne, { count: 3, seq: 2 }), v1, [
          cast('user-2'),
          cast('user-1', 5),
        ]);
        await expect(refused).rejects.toBeInstanceOf(VoteChangeRefused);
        await expect(refused).rejects.toMatchObject({ userId: 'user-1' });
        expect(await votes.has('tenant-a', 'idea-1', 'user-2')).toBe(false);
        expect((await votes.find('tenant-a', 'idea-1', 'user-1'))?.castAt).toEqual(at(3));
        expect(await votes.findTally('tenant-a', 'idea-1')).toEqual({
          value: tallyOf(ideaOne, { count: 1 }),
          version: v1,
        });
      });

      it('withdraws in the same transaction, and refuses a withdrawal of no vote', async () => {
        const { votes } = await makeRepositories();
        const v1 = await votes.commitVotes(tallyOf(ideaOne, { count: 2 }), null, [
          cast('user-1'),
          cast('user-2'),
        ]);
        const v2 = await votes.commitVotes(tallyOf(ideaOne, { count: 1, seq: 2 }), v1, [withdraw('user-1')]);
        expect(await votes.has('tenant-a', 'idea-1', 'user-1')).toBe(false);
        await expect(
          votes.commitVotes(tallyOf(ideaOne, { count: 0, seq: 3 }), v2, [
            withdraw('user-2'),
            withdraw('user-1'),
          ]),
        ).rejects.toMatchObject({ userId: 'user-1' });
        expect(await votes.has('tenant-a', 'idea-1', 'user-2')).toBe(true);
        expect((await votes.voters('tenant-a', 'idea-1')).map((v) => v.userId)).toEqual(['user-2']);
      });

      it('keeps a full note of unlisted voters with the longest ids, and no part of it once shorter', async () => {
        const { votes } = await makeRepositories();
        // Ids are up to 128 characters: a full note is far more than one string property of a row holds.
        const unlisted = Array.from({ length: UNLISTED_HIGH_WATER }, (_, n) => `${n}-`.padEnd(128, 'x'));
        const full = tallyOf(ideaOne, { count: 1, unlisted });
        const v1 = await votes.commitVotes(full, null, [cast('user-1')]);
        expect((await votes.findTally('tenant-a', 'idea-1'))?.value.unlisted).toEqual(unlisted);
        const short = { ...full, seq: 2, unlisted: ['user-1'] };
        await votes.saveTally(short, v1);
        expect((await votes.findTally('tenant-a', 'idea-1'))?.value).toEqual(short);
      });

      it('saves a tally alone on the same terms', async () => {
        const { votes } = await makeRepositories();
        const closed = tallyOf(ideaOne, { closed: { status: 'duplicate', mergedInto: 'idea-2' }, seq: 4 });
        const v1 = await votes.saveTally(closed, null);
        await expect(votes.saveTally(closed, null)).rejects.toBeInstanceOf(StaleVersionError);
        const v2 = await votes.saveTally({ ...closed, closed: null }, v1);
        await expect(votes.saveTally(closed, v1)).rejects.toBeInstanceOf(StaleVersionError);
        expect(await votes.findTally('tenant-a', 'idea-1')).toEqual({
          value: { ...closed, closed: null },
          version: v2,
        });
        expect(await votes.voters('tenant-a', 'idea-1')).toEqual([]);
        expect((await votes.tally('tenant-a', 'idea-1')).count).toBe(0);
      });
    });

    describe('outbox events', () => {
      const event = (tenantId: string, ideaId: string, minute: number) => ({
        kind: 'votesChanged' as const,
        tenantId,
        key: `votes-changed:${ideaId}`,
        ideaId,
        at: at(minute),
      });

      it('keeps one pending event per key, oldest first, until settled at its version', async () => {
        const { events } = await makeRepositories();
        await events.record(event('tenant-a', 'idea-2', 5));
        const first = await events.record(event('tenant-a', 'idea-1', 1));
        await events.record(event('tenant-b', 'idea-1', 3));
        expect((await events.pending(10)).map((e) => [e.value.tenantId, e.value.ideaId])).toEqual([
          ['tenant-a', 'idea-1'],
          ['tenant-b', 'idea-1'],
          ['tenant-a', 'idea-2'],
        ]);
        expect((await events.pending(1))[0]).toEqual({
          value: event('tenant-a', 'idea-1', 1),
          version: first,
        });
        const refreshed = await events.record(event('tenant-a', 'idea-1', 7));
        expect(await events.settle(event('tenant-a', 'idea-1', 1), first)).toBe(false);
        expect(await events.settle(event('tenant-a', 'idea-1', 7), refreshed)).toBe(true);
        expect(await events.settle(event('tenant-a', 'idea-1', 7), refreshed)).toBe(false);
        expect((await events.pending(10)).map((e) => e.value.tenantId)).toEqual(['tenant-b', 'tenant-a']);
      });

      it('keeps each kind of change with the mark of its change, beside votes on the same idea', async () => {
        const { events } = await makeRepositories();
        const kinds = IDEA_CHANGE_KINDS.map((kind, n) =>
          ideaChanged(kind, { tenantId: 'tenant-a', ideaId: 'idea-1', changeId: `change-${n}` }, at(n + 1)),
        );
        for (const change of kinds) await events.record(change);
        await events.record(event('tenant-a', 'idea-1', 30));
        const pending = await events.pending(20);
        expect(pending.map((e) => e.value)).toEqual([...kinds, event('tenant-a', 'idea-1', 30)]);
        const answered = pending.find((e) => e.value.kind === 'answered')!;
        expect(await events.settle(answered.value, answered.version)).toBe(true);
        expect((await events.pending(20)).map((e) => e.value.kind)).not.toContain('answered');
      });
    });

    describe('comments', () => {
      const comment = (id: string, tenantId = 'tenant-a') => ({
        tenantId,
        ideaId: 'idea-1',
        id,
        author: { id: 'user-1', name: 'Ada' },
        text: `Comment ${id}\nwith a second line`,
        createdAt: at(7),
      });

      it('lists comments oldest first, page by page', async () => {
        const { comments } = await makeRepositories();
        for (const id of ['01C', '01A', '01E', '01B', '01D']) await comments.add(comment(id));
        await comments.add(comment('01F', 'tenant-b'));
        const first = await comments.list('tenant-a', 'idea-1', { after: null, limit: 2 });
        expect(first.items.map((c) => c.id)).toEqual(['01A', '01B']);
        expect(first.items[0]).toEqual(comment('01A'));
        const second = await comments.list('tenant-a', 'idea-1', { after: first.next, limit: 2 });
        expect(second.items.map((c) => c.id)).toEqual(['01C', '01D']);
        const last = await comments.list('tenant-a', 'idea-1', { after: second.next, limit: 2 });
        expect(last).toEqual({ items: [comment('01E')], next: null });
        expect(await comments.count('tenant-a', 'idea-1')).toBe(5);
        expect(await comments.count('tenant-b', 'idea-1')).toBe(1);
        expect(await comments.count('tenant-a', 'idea-2')).toBe(0);
      });

      it('finds one comment by its id, in its tenant and idea only', async () => {
        const { comments } = await makeRepositories();
        await comments.add(comment('01A'));
        expect(await comments.find('tenant-a', 'idea-1', '01A')).toEqual(comment('01A'));
        expect(await comments.find('tenant-b', 'idea-1', '01A')).toBeUndefined();
        expect(await comments.find('tenant-a', 'idea-2', '01A')).toBeUndefined();
        expect(await comments.find('tenant-a', 'idea-1', '01B')).toBeUndefined();
      });

      it('ends with next null when the last page is exactly full', async () => {
        const { comments } = await makeRepositories();
        for (const id of ['01A', '01B']) await comments.add(comment(id));
        expect((await comments.list('tenant-a', 'idea-1', { after: null, limit: 2 })).next).toBeNull();
      });
    });

    describe('status history', () => {
      it('keeps changes oldest first, per tenant', async () => {
        const { history } = await makeRepositories();
        const change = (id: string, tenantId = 'tenant-a'): StatusChange => ({
          tenantId,
          ideaId: 'idea-1',
          id,
          from: id === '01A' ? null : 'new',
          to: id === '01A' ? 'new' : 'under_review',
          by: { id: 'it-1', name: 'Grace' },
          at: at(9),
          response: id === '01A' ? null : 'Looking at it this week.',
          kind: id === '01A' ? 'submitted' : 'triage',
          decline: null,
        });
        await history.append(change('01B'));
        await history.append(change('01A'));
        await history.append(change('01A'));
        await history.append(change('01C', 'tenant-b'));
        expect(await history.list('tenant-a', 'idea-1')).toEqual([change('01A'), change('01B')]);
      });
    });

    describe('cycles', () => {
      it('keeps a cycle exactly, per tenant', async () => {
        const { cycles } = await makeRepositories();
        const cycle = storedCycle({
          tenantId: 'tenant-a',
          id: '01JDCYCLE1',
          name: 'FY27 Q1 planning',
          submissionOpensAt: at(0),
          submissionClosesAt: at(30),
          votingOpensAt: at(10),
          votingClosesAt: at(45),
          shortlistSize: 10,
          openedBy: { id: 'it-1', name: 'Grace' },
        });
        await cycles.create(cycle, (await cycles.listBoard('tenant-a', 'default')).version);
        expect(await cycles.find('tenant-a', cycle.id)).toEqual(cycle);
        expect(await cycles.find('tenant-b', cycle.id)).toBeUndefined();
        expect(await cycles.list('tenant-a')).toEqual([cycle]);
        expect(await cycles.list('tenant-b')).toEqual([]);
      });

      it('creates a cycle only against the board’s cycles as they were read', async () => {
        const { cycles } = await makeRepositories();
        const cycle = (id: string, boardId = 'default') =>
          storedCycle({
            tenantId: 'tenant-a',
            boardId,
            id,
            submissionOpensAt: at(0),
            submissionClosesAt: at(30),
            votingClosesAt: at(45),
            reminderDaysBefore: [1],
          });
        const read = await cycles.listBoard('tenant-a', 'default');
        expect(read.value).toEqual([]);
        const other = await cycles.listBoard('tenant-a', 'team-2');
        await cycles.create(cycle('01JDCYCLEA'), read.version);
        await expect(cycles.create(cycle('01JDCYCLEB'), read.version)).rejects.toBeInstanceOf(
          StaleVersionError,
        );
        // Another board's cycles are another set: the first cycle there does not wait for this board's.
        await cycles.create(cycle('01JDCYCLEC', 'team-2'), other.version);
        const after = await cycles.listBoard('tenant-a', 'default');
        expect(after.value.map((c) => c.id)).toEqual(['01JDCYCLEA']);
        expect(after.version).not.toEqual(read.version);
        expect(await cycles.find('tenant-a', '01JDCYCLEB')).toBeUndefined();
        expect((await cycles.list('tenant-a')).map((c) => c.id).sort()).toEqual(['01JDCYCLEA', '01JDCYCLEC']);
      });

      it('lists every tenant’s cycles that close at or after a moment', async () => {
        const { cycles } = await makeRepositories();
        const cycle = (id: string, tenantId: string, closes: number) =>
          storedCycle({ tenantId, id, submissionOpensAt: at(0), votingClosesAt: at(closes) });
        const closed = cycle('01JDCYCLEOLD', 'tenant-a', 10);
        const closing = cycle('01JDCYCLEEDGE', 'tenant-a', 20);
        const later = cycle('01JDCYCLENEW', 'tenant-b', 40);
        for (const each of [closed, closing, later]) {
          await cycles.create(each, (await cycles.listBoard(each.tenantId, each.boardId)).version);
        }
        const listed = await cycles.listClosingSince(at(20));
        expect(listed.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([closing, later]);
      });
    });

    describe('the index of what comes due', () => {
      const entry = (subjectId: string, minute: number, tenantId = 'tenant-a') => ({
        kind: 'nudge' as const,
        tenantId,
        subjectId,
        dueAt: at(minute),
      });
      const ids = (entries: { subjectId: string }[]) => entries.map((e) => e.subjectId);

      it('lists what is due by a moment, earliest first, across tenants, and nothing later', async () => {
        const { due } = await makeRepositories();
        for (const each of [
          entry('late', 30),
          entry('first', 5),
          entry('other', 10, 'tenant-b'),
          entry('edge', 20),
        ]) {
          await due.set(each);
        }
        await due.set({ ...entry('a-cycle', 1), kind: 'cycle' });
        const listed = await due.listDue('nudge', at(20), 100);
        expect(ids(listed)).toEqual(['first', 'other', 'edge']);
        expect(listed[1]).toMatchObject({ kind: 'nudge', tenantId: 'tenant-b', dueAt: at(10) });
        expect(ids(await due.listDue('nudge', at(20), 2))).toEqual(['first', 'other']);
        expect(ids(await due.listDue('cycle', at(59), 100))).toEqual(['a-cycle']);
      });

      it('keeps one entry per subject: setting it again moves it, clearing takes it out', async () => {
        const { due } = await makeRepositories();
        await due.set(entry('idea-1', 5));
        await due.set(entry('idea-1', 40));
        expect(ids(await due.listDue('nudge', at(30), 100))).toEqual([]);
        expect(ids(await due.listDue('nudge', at(45), 100))).toEqual(['idea-1']);
        await due.clear('nudge', 'tenant-a', 'idea-1');
        await due.clear('nudge', 'tenant-a', 'idea-1');
        expect(await due.listDue('nudge', at(59), 100)).toEqual([]);
        expect(await due.listTenant('nudge', 'tenant-a')).toEqual([]);
      });

      it('drops an entry a listing found when its subject is placed again or cleared', async () => {
        const { due } = await makeRepositories();
        await due.set(entry('idea-1', 5));
        const [found] = await due.listDue('nudge', at(10), 100);
        await due.set(entry('idea-1', 50), found);
        expect(ids(await due.listDue('nudge', at(59), 100))).toEqual(['idea-1']);
        await due.set(entry('idea-2', 6));
        const [second] = await due.listDue('nudge', at(10), 100);
        await due.clear('nudge', 'tenant-a', 'idea-2', second);
        expect(ids(await due.listDue('nudge', at(59), 100))).toEqual(['idea-1']);
      });

      it('lists one tenant’s entries of a kind, and no other tenant’s', async () => {
        const { due } = await makeRepositories();
        await due.set(entry('idea-1', 5));
        await due.set(entry('idea-2', 15));
        await due.set(entry('idea-3', 15, 'tenant-b'));
        await due.set({ ...entry('cycle-1', 15), kind: 'cycle' });
        expect(ids(await due.listTenant('nudge', 'tenant-a')).sort()).toEqual(['idea-1', 'idea-2']);
        expect(ids(await due.listTenant('nudge', 'tenant-b'))).toEqual(['idea-3']);
      });
    });

    describe('saved responses', () => {
      const response = (id: string, overrides: Partial<SavedResponse> = {}): SavedResponse => ({
        tenantId: 'tenant-a',
        boardId: 'default',
        id,
        title: `Title ${id}`,
        text: 'Thanks! Line two — with “quotes” and emoji 🚀\nWe will look at it.',
        updatedAt: at(3),
        updatedBy: { id: 'it-1', name: 'Grace' },
        ...overrides,
      });

      it('keeps one set per tenant and board, each change against the set as it was read', async () => {
        const { savedResponses } = await makeRepositories();
        const empty = await savedResponses.listBoard('tenant-a', 'default');
        expect(empty.value).toEqual([]);
        await savedResponses.save(response('r1'), empty.version);
        const one = await savedResponses.listBoard('tenant-a', 'default');
        expect(one.value).toEqual([response('r1')]);
        expect(one.version).not.toEqual(empty.version);
        // A second write checked against the empty set is refused, and nothing of it is kept.
        await expect(savedResponses.save(response('r2'), empty.version)).rejects.toBeInstanceOf(
          StaleVersionError,
        );
        expect((await savedResponses.listBoard('tenant-a', 'default')).value).toEqual([response('r1')]);
        // Other boards and other tenants have sets of their own.
        expect((await savedResponses.listBoard('tenant-a', 'other')).value).toEqual([]);
        expect((await savedResponses.listBoard('tenant-b', 'default')).value).toEqual([]);

        await savedResponses.save(response('r1', { title: 'Renamed', text: 'New text' }), one.version);
        const replaced = await savedResponses.listBoard('tenant-a', 'default');
        expect(replaced.value).toEqual([response('r1', { title: 'Renamed', text: 'New text' })]);
      });

      it('removes a response against the set as it was read, and only one that is there', async () => {
        const { savedResponses } = await makeRepositories();
        await savedResponses.save(
          response('r1'),
          (await savedResponses.listBoard('tenant-a', 'default')).version,
        );
        await savedResponses.save(
          response('r2'),
          (await savedResponses.listBoard('tenant-a', 'default')).version,
        );
        const read = await savedResponses.listBoard('tenant-a', 'default');
        await expect(savedResponses.remove('tenant-a', 'default', 'r9', read.version)).rejects.toBeInstanceOf(
          StaleVersionError,
        );
        await expect(savedResponses.remove('tenant-b', 'default', 'r1', read.version)).rejects.toBeInstanceOf(
          StaleVersionError,
        );
        await savedResponses.remove('tenant-a', 'default', 'r1', read.version);
        await expect(savedResponses.remove('tenant-a', 'default', 'r2', read.version)).rejects.toBeInstanceOf(
          StaleVersionError,
        );
        expect((await savedResponses.listBoard('tenant-a', 'default')).value).toEqual([response('r2')]);
      });
    });

    describe('IT members', () => {
      it('adds a member once, per tenant', async () => {
        const { members } = await makeRepositories();
        const grace = { tenantId: 'tenant-a', userId: 'it-1', name: 'Grace', addedAt: at(2) };
        expect(await members.addItMember(grace)).toBe('added');
        expect(await members.addItMember({ ...grace, name: 'Other' })).toBe('unchanged');
        expect(await members.isItMember('tenant-a', 'it-1')).toBe(true);
        expect(await members.isItMember('tenant-b', 'it-1')).toBe(false);
        expect(await members.listItMembers('tenant-a')).toEqual([grace]);
        expect(await members.listItMembers('tenant-b')).toEqual([]);
        const read = await members.listItMembersVersioned('tenant-a');
        expect(read.value).toEqual([grace]);
        await expect(
          members.removeItMember(
            'tenant-b',
            'it-1',
            (await members.listItMembersVersioned('tenant-b')).version,
          ),
        ).rejects.toBeInstanceOf(StaleVersionError);
        await members.removeItMember('tenant-a', 'it-1', read.version);
        expect(await members.isItMember('tenant-a', 'it-1')).toBe(false);
        expect(await members.listItMembers('tenant-a')).toEqual([]);
      });

      it('removes a member only against the members as they were read', async () => {
        const { members } = await makeRepositories();
        const person = (userId: string) => ({ tenantId: 'tenant-a', userId, name: userId, addedAt: at(2) });
        for (const userId of ['it-1', 'it-2', 'it-3']) await members.addItMember(person(userId));
        const read = await members.listItMembersVersioned('tenant-a');
        await members.removeItMember('tenant-a', 'it-1', read.version);
        // A second removal checked against the same three members is refused, and nobody else leaves.
        await expect(members.removeItMember('tenant-a', 'it-2', read.version)).rejects.toBeInstanceOf(
          StaleVersionError,
        );
        const now = await members.listItMembersVersioned('tenant-a');
        expect(now.value.map((m) => m.userId).sort()).toEqual(['it-2', 'it-3']);
        expect(now.version).not.toEqual(read.version);
        await members.removeItMember('tenant-a', 'it-2', now.version);
        expect((await members.listItMembers('tenant-a')).map((m) => m.userId)).toEqual(['it-3']);
      });
    });

    describe('known people', () => {
      it('keeps each tenant’s people apart, one row per person, the name as last seen', async () => {
        const { people } = await makeRepositories();
        const ada = { tenantId: 'tenant-a', userId: 'ada', name: 'Ada Lovelace', seenAt: at(1) };
        await people.remember(ada);
        await people.remember({ tenantId: 'tenant-a', userId: 'grace', name: 'Grace Hopper', seenAt: at(2) });
        await people.remember({ tenantId: 'tenant-b', userId: 'ada', name: 'Ada of B', seenAt: at(3) });
        expect(await people.find('tenant-a', 'ada')).toEqual(ada);
        expect(await people.find('tenant-a', 'nobody')).toBeUndefined();
        expect(await people.find('tenant-c', 'ada')).toBeUndefined();
        await people.remember({ ...ada, name: 'Ada King', seenAt: at(4) });
        const listed = await people.list('tenant-a');
        expect(listed.map((person) => [person.userId, person.name]).sort()).toEqual([
          ['ada', 'Ada King'],
          ['grace', 'Grace Hopper'],
        ]);
        expect(listed.find((person) => person.userId === 'ada')?.seenAt).toEqual(at(4));
        expect(await people.list('tenant-b')).toEqual([
          { tenantId: 'tenant-b', userId: 'ada', name: 'Ada of B', seenAt: at(3) },
        ]);
        expect(await people.list('tenant-c')).toEqual([]);
      });
    });
  });
}
