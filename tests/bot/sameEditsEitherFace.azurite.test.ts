import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { IdeaView } from '../../core/src/index.js';
import type { AdaptiveCard } from '../../bot/src/cards/adaptiveCard.js';
import type { Person } from '../support/testHost.js';
import { ADA, botAdded, cardAction, GRACE, TEAM, TENANT } from './support/activities.js';
import { textOf } from './support/botHarness.js';
import { useBotTestBed } from './support/botTestBed.js';

const asPerson = (person: typeof ADA): Person => ({
  tenantId: TENANT,
  userId: person.aadObjectId,
  name: person.name,
});
const IT: Person = { tenantId: TENANT, userId: 'aad-it', name: 'IT Desk', roles: ['it'] };

/**
 * Cards behave the same whichever face a change came from: two ideas posted in their board's channel, one changed
 * in the tab (HTTP on the local host), the other from its card (bot invokes on the same host); each vote, comment
 * and status change makes one edit of the idea's card, saying the same. Tables on Azurite, the strict fake Bot
 * Connector for Teams.
 */
describe('shared cards edited the same from the tab and from a card', () => {
  const bot = useBotTestBed();
  const { api, connector } = bot;

  beforeAll(async () => {
    expect((await bot.send(botAdded(ADA, 'channel'))).status).toBe(200);
  });

  it('a vote, a comment and a status change: one edit each, the same words, tab or card', async () => {
    const { services } = api.host;
    const post = async (title: string) => {
      const idea = await api.as<IdeaView>(asPerson(ADA), 'POST', '/api/ideas', {
        title,
        description: 'Same card, whichever face.',
        boardId: TEAM.id,
      });
      expect(idea.status).toBe(201);
      const { postedCards } = services.bot.services.store;
      await vi.waitFor(async () => expect(await postedCards.list(TENANT, idea.body.id)).toHaveLength(1), {
        timeout: 10_000,
        interval: 100,
      });
      const [card] = await postedCards.list(TENANT, idea.body.id);
      return { id: idea.body.id, activityId: card!.activityId };
    };
    const fromTab = await post('Changed in the tab');
    const fromCard = await post('Changed from its card');
    const click = async (verb: string, data: Record<string, unknown>) => {
      const answer = await bot.send(
        cardAction(GRACE, verb, { ideaId: fromCard.id, ...data }, 'channel', {
          replyToId: fromCard.activityId,
        }),
      );
      expect(answer.status).toBe(200);
    };
    const settled = async () => {
      for (const idea of [fromTab, fromCard]) await services.ideabar.votes.settled(TENANT, idea.id);
      await services.bot.flush();
    };
    // Whatever the posts themselves still asked for is done before the first change.
    await settled();
    const before = new Map(
      [fromTab, fromCard].map((idea) => [idea, connector.editsOf(idea.activityId).length]),
    );
    const edits = (idea: { id: string; activityId: string }) =>
      connector
        .editsOf(idea.activityId)
        .slice(before.get(idea))
        .map((edit) => textOf(edit.card as AdaptiveCard));

    expect((await api.as(asPerson(GRACE), 'PUT', `/api/ideas/${fromTab.id}/vote`)).status).toBe(200);
    await click('vote', {});
    await settled();
    for (const idea of [fromTab, fromCard]) {
      expect(edits(idea)).toEqual([expect.any(String)]);
      expect(edits(idea)[0]).toContain('2 votes · 0 comments');
    }

    const comment = 'Count me in.';
    expect(
      (await api.as(asPerson(GRACE), 'POST', `/api/ideas/${fromTab.id}/comments`, { text: comment })).status,
    ).toBe(201);
    await click('comment', { comment });
    await settled();
    for (const idea of [fromTab, fromCard]) {
      expect(edits(idea)).toHaveLength(2);
      expect(edits(idea)[1]).toContain('2 votes · 1 comment');
    }

    // IT decides in the tab (cards offer no status change): the card it was clicked on follows like the other.
    for (const idea of [fromTab, fromCard]) {
      const planned = await api.as(IT, 'POST', `/api/ideas/${idea.id}/status`, {
        status: 'planned',
        response: 'Planned for the first quarter.',
      });
      expect(planned.status).toBe(200);
    }
    await settled();
    for (const idea of [fromTab, fromCard]) {
      expect(edits(idea)).toHaveLength(3);
      expect(edits(idea)[2]).toContain('Planned for the first quarter.');
    }
    // Apart from the title, each edit said the same of both ideas.
    const untitled = (texts: string[], title: string) => texts.map((text) => text.replaceAll(title, 'TITLE'));
    const sameIds = (texts: string[], id: string) => texts.map((text) => text.replaceAll(id, 'ID'));
    expect(sameIds(untitled(edits(fromTab), 'Changed in the tab'), fromTab.id)).toEqual(
      sameIds(untitled(edits(fromCard), 'Changed from its card'), fromCard.id),
    );
  }, 60_000);
});
