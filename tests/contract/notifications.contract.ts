import { describe, expect, it } from 'vitest';
import {
  conversationKeys,
  POSTED_CARDS_KEPT,
  type ConversationRecord,
  type NotificationRepositories,
  type OutboxKey,
  type PostedCard,
} from '../../core/src/index.js';

/** The promises the bot's storage keeps, run against the in-memory twin and against Table Storage on Azurite. */
export function notificationContract(
  name: string,
  makeRepositories: () => Promise<NotificationRepositories>,
): void {
  const at = (second: number) => new Date(Date.UTC(2026, 10, 23, 9, 0, second));
  const channel = (overrides: Partial<ConversationRecord> = {}): ConversationRecord => ({
    tenantId: 'tenant-a',
    key: conversationKeys.board('19:team@thread.tacv2'),
    kind: 'board',
    conversationId: '19:general@thread.tacv2;messageid=1700000000000',
    userId: null,
    boardId: '19:team@thread.tacv2',
    reference: JSON.stringify({ serviceUrl: 'https://smba.example/', conversation: { id: '19:general' } }),
    name: 'Platform Team › General',
    updatedAt: at(0),
    ...overrides,
  });

  describe(`${name} notification repositories`, () => {
    it('saves, finds, replaces and removes conversation references, per tenant', async () => {
      const { conversations } = await makeRepositories();
      const record = channel();
      expect(await conversations.save(record)).toBe('created');
      expect(await conversations.find('tenant-a', record.key)).toEqual(record);
      expect(await conversations.find('tenant-b', record.key)).toBeUndefined();
      // A language comes with a later activity; until then the record has none.
      const moved = {
        ...record,
        reference: '{"serviceUrl":"https://elsewhere/"}',
        locale: 'de-de',
        updatedAt: at(5),
      };
      expect(await conversations.save(moved)).toBe('updated');
      expect(await conversations.find('tenant-a', record.key)).toEqual(moved);
      await conversations.remove('tenant-a', record.key);
      expect(await conversations.find('tenant-a', record.key)).toBeUndefined();
      await expect(conversations.remove('tenant-a', record.key)).resolves.toBeUndefined();
    });

    it('of two saves racing for a new conversation, exactly one creates it', async () => {
      const { conversations } = await makeRepositories();
      const outcomes = await Promise.all([conversations.save(channel()), conversations.save(channel())]);
      expect(outcomes.sort()).toEqual(['created', 'updated']);
    });

    it('lists board channels of every tenant, and the channels of one board', async () => {
      const { conversations } = await makeRepositories();
      const personal: ConversationRecord = {
        ...channel(),
        key: conversationKeys.personal('user-1'),
        kind: 'personal',
        conversationId: 'a:1personal/with/slashes#and?marks',
        userId: 'user-1',
        boardId: null,
        name: null,
      };
      const announcements = channel({
        key: conversationKeys.other('19:announcements@thread.tacv2'),
        kind: 'channel',
        conversationId: '19:announcements@thread.tacv2',
        name: 'Platform Team › Announcements',
      });
      const elsewhere = channel({
        key: conversationKeys.other('19:other@thread.tacv2'),
        kind: 'channel',
        conversationId: '19:other@thread.tacv2',
        boardId: '19:other-team@thread.tacv2',
        name: null,
      });
      await conversations.save(channel());
      await conversations.save(channel({ tenantId: 'tenant-b' }));
      await conversations.save(personal);
      await conversations.save(announcements);
      await conversations.save(elsewhere);
      expect(await conversations.find('tenant-a', personal.key)).toEqual(personal);
      expect(await conversations.find('tenant-a', elsewhere.key)).toEqual(elsewhere);
      const boards = await conversations.listBoardChannels();
      expect(boards.map((b) => b.tenantId).sort()).toEqual(['tenant-a', 'tenant-b']);
      const ofBoard = await conversations.listForBoard('tenant-a', channel().boardId!);
      expect(ofBoard.sort((a, b) => a.key.localeCompare(b.key))).toEqual([channel(), announcements]);
      expect(await conversations.listForBoard('tenant-c', channel().boardId!)).toEqual([]);
    });

    it('keeps followers per idea, idempotently', async () => {
      const { followers } = await makeRepositories();
      await followers.set('tenant-a', 'idea-1', 'user-2', true);
      await followers.set('tenant-a', 'idea-1', 'user-1', true);
      await followers.set('tenant-a', 'idea-1', 'user-1', true);
      await followers.set('tenant-b', 'idea-1', 'user-3', true);
      expect(await followers.list('tenant-a', 'idea-1')).toEqual(['user-1', 'user-2']);
      expect(await followers.has('tenant-a', 'idea-1', 'user-3')).toBe(false);
      await followers.set('tenant-a', 'idea-1', 'user-2', false);
      await followers.set('tenant-a', 'idea-1', 'user-2', false);
      expect(await followers.list('tenant-a', 'idea-1')).toEqual(['user-1']);
      expect(await followers.has('tenant-a', 'idea-1', 'user-1')).toBe(true);
    });

    describe('outbox', () => {
      const key: OutboxKey = {
        tenantId: 'tenant-a',
        reminder: 'digest',
        occurrence: '2026-W48',
        recipient: conversationKeys.other('19:x@thread.tacv2;messageid=1'),
      };

      it('gives an entry to one run at a time, however many race for it', async () => {
        const { outbox } = await makeRepositories();
        const claims = await Promise.all(
          Array.from({ length: 8 }, (_, run) => outbox.claim(key, `run-${run}`, at(0), at(60))),
        );
        expect(claims.filter((claim) => claim.claimed)).toHaveLength(1);
      });

      it('never gives out a sent or gone entry again, nor one another run holds', async () => {
        const { outbox } = await makeRepositories();
        expect((await outbox.claim(key, 'run-1', at(0), at(60))).claimed).toBe(true);
        expect(await outbox.claim(key, 'run-2', at(1), at(61))).toEqual({ claimed: false, state: 'sending' });
        expect(
          await outbox.settle(key, 'run-2', { state: 'sent', attempts: 1, detail: null, at: at(2) }),
        ).toBe(false);
        expect(
          await outbox.settle(key, 'run-1', { state: 'sent', attempts: 2, detail: null, at: at(2) }),
        ).toBe(true);
        expect(await outbox.claim(key, 'run-3', at(120), at(180))).toEqual({ claimed: false, state: 'sent' });
        expect(await outbox.find(key)).toMatchObject({ state: 'sent', attempts: 2, runId: 'run-1' });

        const gone = { ...key, recipient: conversationKeys.personal('user-9') };
        await outbox.claim(gone, 'run-1', at(0), at(60));
        await outbox.settle(gone, 'run-1', { state: 'gone', attempts: 1, detail: '403', at: at(1) });
        expect(await outbox.claim(gone, 'run-2', at(2), at(62))).toEqual({ claimed: false, state: 'gone' });
        expect(await outbox.find(gone)).toMatchObject({ state: 'gone', detail: '403' });
      });

      it('gives back an entry whose run died (lease ran out) or failed', async () => {
        const { outbox } = await makeRepositories();
        await outbox.claim(key, 'run-1', at(0), at(30));
        const retaken = await outbox.claim(key, 'run-2', at(31), at(90));
        expect(retaken).toMatchObject({ claimed: true, entry: { runId: 'run-2' } });
        expect(
          await outbox.settle(key, 'run-1', { state: 'sent', attempts: 1, detail: null, at: at(32) }),
        ).toBe(false);
        await outbox.settle(key, 'run-2', { state: 'failed', attempts: 6, detail: '502', at: at(40) });
        const again = await outbox.claim(key, 'run-3', at(41), at(100));
        expect(again).toMatchObject({ claimed: true, entry: { runId: 'run-3', attempts: 6 } });
        expect(await outbox.find({ ...key, occurrence: '2026-W49' })).toBeUndefined();
      });
    });

    describe('posted cards', () => {
      // Teams' ids as they come: a channel thread's conversation id, chat and message ids with ':' ';' '@'.
      const card = (overrides: Partial<PostedCard> = {}): PostedCard => ({
        tenantId: 'tenant-a',
        ideaId: 'idea-1',
        conversationId: '19:general@thread.tacv2;messageid=1700000000000',
        activityId: '1:1aBcD_e-F;x@y/z#q?',
        reference: JSON.stringify({ serviceUrl: 'https://smba.example/', conversationId: '19:general' }),
        postedAt: at(0),
        ...overrides,
      });

      it('records each message once, lists an idea’s cards newest first, per tenant and idea', async () => {
        const { postedCards } = await makeRepositories();
        const first = card();
        const second = card({ conversationId: 'a:1personal/with/slashes', activityId: '1700000000123' });
        await postedCards.record(first);
        await postedCards.record(second);
        await postedCards.record({ ...second, postedAt: at(5) });
        await postedCards.record(card({ tenantId: 'tenant-b', activityId: 'other' }));
        await postedCards.record(card({ ideaId: 'idea-2', activityId: 'other' }));
        expect(await postedCards.list('tenant-a', 'idea-1')).toEqual([{ ...second, postedAt: at(5) }, first]);
        expect(await postedCards.list('tenant-b', 'idea-1')).toEqual([
          card({ tenantId: 'tenant-b', activityId: 'other' }),
        ]);
        expect(await postedCards.list('tenant-c', 'idea-1')).toEqual([]);
      });

      it('forgets a message that is gone, in its own tenant and idea only', async () => {
        const { postedCards } = await makeRepositories();
        await postedCards.record(card());
        await postedCards.record(card({ tenantId: 'tenant-b' }));
        await postedCards.record(card({ ideaId: 'idea-2' }));
        await postedCards.remove(card());
        await expect(postedCards.remove(card())).resolves.toBeUndefined();
        expect(await postedCards.list('tenant-a', 'idea-1')).toEqual([]);
        expect(await postedCards.list('tenant-b', 'idea-1')).toHaveLength(1);
        expect(await postedCards.list('tenant-a', 'idea-2')).toHaveLength(1);
      });

      it(`keeps the newest ${POSTED_CARDS_KEPT} of an idea`, async () => {
        const { postedCards } = await makeRepositories();
        const many = Array.from({ length: POSTED_CARDS_KEPT + 3 }, (_, n) =>
          card({ activityId: `17000000${String(n).padStart(5, '0')}`, postedAt: at(n) }),
        );
        for (const each of many) await postedCards.record(each);
        const kept = await postedCards.list('tenant-a', 'idea-1');
        expect(kept).toHaveLength(POSTED_CARDS_KEPT);
        expect(kept[0]).toEqual(many.at(-1));
        expect(kept.at(-1)).toEqual(many[3]);
        // The ones let go are gone from storage, not just from the answer: forgetting a kept one leaves 49.
        await postedCards.remove(kept[0]!);
        expect(await postedCards.list('tenant-a', 'idea-1')).toHaveLength(POSTED_CARDS_KEPT - 1);
      });
    });
  });
}
