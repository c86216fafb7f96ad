import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { IdeaView } from '../../../core/src/index.js';
import type { AdaptiveCard } from '../../../bot/src/cards/adaptiveCard.js';
import type { Person as ApiPerson } from '../../support/testHost.js';
import {
  ADA,
  botAdded,
  cardAction,
  GRACE,
  installation,
  TEAM,
  TENANT,
  type Person,
} from '../support/activities.js';
import { textOf } from '../support/botHarness.js';
import { expectValidCard } from '../support/cardValidation.js';
import { useBotTestBed } from '../support/botTestBed.js';

const LIN: Person = { teamsId: '29:lin', aadObjectId: 'aad-lin', name: 'Lin' };
const NOOR: Person = { teamsId: '29:noor', aadObjectId: 'aad-noor', name: 'Noor' };
const asPerson = (person: Person): ApiPerson => ({
  tenantId: TENANT,
  userId: person.aadObjectId,
  name: person.name,
});
/** A group chat the bot was never added to: someone inserted the idea's card there from the compose box. */
const UNKNOWN_CHAT = '19:inserted-from-compose@thread.v2';

/**
 * A shared idea card speaks its conversation's language, whoever changed the idea and in whatever language they
 * clicked: the channel the bot was installed in from a German Teams gets the new idea and every edit of it in
 * German; a person clicking from a Japanese Teams reads their own view in Japanese; a chat the bot does not know
 * gets English. Tables on Azurite, the strict fake Bot Connector for Teams, turns through the host's endpoint.
 */
describe('shared idea cards in their conversation’s language', () => {
  const bot = useBotTestBed();
  const { api, connector } = bot;

  const turn = async (activity: Record<string, unknown>) => {
    const answer = await bot.send(activity);
    expect(answer.status).toBe(200);
    return (answer.body as { value?: AdaptiveCard } | null)?.value;
  };

  beforeAll(async () => {
    // The team's channel installed from a German Teams; Lin's own chat from a Japanese one.
    await turn({ ...botAdded(ADA, 'channel'), locale: 'de-de' });
    await turn({ ...installation(LIN, 'add'), locale: 'ja-jp' });
  }, 60_000);

  it('posts and edits in German in a German channel, answers a Japanese clicker in Japanese, and English elsewhere', async () => {
    const { services } = api.host;
    const title = 'Self-service VPN certificates';
    const created = await api.as<IdeaView>(asPerson(ADA), 'POST', '/api/ideas', {
      title,
      description: 'So nobody waits a day for a certificate.',
      boardId: TEAM.id,
    });
    expect(created.status).toBe(201);
    const ideaId = created.body.id;
    const settled = async () => {
      await services.ideabar.votes.settled(TENANT, ideaId);
      await services.bot.flush();
    };

    // The new idea's post in the board's channel, with its summary, is German.
    await vi.waitFor(
      () => expect(connector.deliveries.some((d) => d.conversationId === TEAM.id)).toBe(true),
      {
        timeout: 10_000,
        interval: 100,
      },
    );
    const post = connector.deliveries.find((d) => d.conversationId === TEAM.id)!;
    expectValidCard(post.card);
    expect(post.summary).toBe(`Neue Idee: ${title}`);
    expect(textOf(post.card as AdaptiveCard)).toContain('Von Ada Lovelace');
    expect(textOf(post.card as AdaptiveCard)).toContain('1 Stimme');
    await settled();
    const editsOfPost = () => connector.editsOf(post.activityId).map((edit) => edit.card as AdaptiveCard);
    const before = editsOfPost().length;

    // A vote in the tab, which sends no language: the channel's card is edited, in the channel's German.
    expect((await api.as(asPerson(GRACE), 'PUT', `/api/ideas/${ideaId}/vote`)).status).toBe(200);
    await settled();
    expect(editsOfPost()).toHaveLength(before + 1);
    expect(textOf(editsOfPost().at(-1)!)).toContain('2 Stimmen');

    // Lin votes on the channel's card from a Japanese Teams: Lin's own view is Japanese, the channel's stays German.
    const linsView = await turn({
      ...cardAction(LIN, 'vote', { ideaId }, 'channel', { replyToId: post.activityId }),
      locale: 'ja-jp',
    });
    expectValidCard(linsView);
    expect(textOf(linsView!)).toContain('投票しました。');
    expect(textOf(linsView!)).toContain('3 票');
    await settled();
    const channelEdit = editsOfPost().at(-1)!;
    expectValidCard(channelEdit);
    expect(textOf(channelEdit)).toContain('3 Stimmen');
    expect(textOf(channelEdit)).not.toMatch(/票|votes/);
    // Lin's client fetches Lin's own view of the edited card, in Lin's language.
    expect(JSON.stringify(channelEdit.refresh)).toContain(LIN.teamsId);

    // The copy in Lin's own chat with the bot: Lin's client refreshes it in Japanese; no edit overwrites it.
    const editsBefore = connector.edits.length;
    const linsCopy = await turn({
      ...cardAction(LIN, 'refreshIdea', { ideaId }, 'personal'),
      locale: 'ja-jp',
    });
    expect(textOf(linsCopy!)).toContain('3 票');
    expect((await api.as(asPerson(GRACE), 'DELETE', `/api/ideas/${ideaId}/vote`)).status).toBe(200);
    await settled();
    const newEdits = connector.edits.slice(editsBefore);
    expect(newEdits.map((edit) => edit.conversationId)).toEqual([TEAM.id]);
    expect(textOf(newEdits[0]!.card as AdaptiveCard)).toContain('2 Stimmen');

    // A chat the bot does not know: Noor clicks from a German Teams, and the chat's copy is edited in English.
    const inserted = await services.bot.services.sender.deliver(
      { serviceUrl: bot.serviceUrl, conversationId: UNKNOWN_CHAT, tenantId: TENANT },
      { kind: 'send', activity: { type: 'message', text: 'the card inserted from the compose box' } },
    );
    expect(inserted.status).toBe('delivered');
    const insertedId = connector.deliveries.find((d) => d.conversationId === UNKNOWN_CHAT)!.activityId;
    const noorsView = await turn({
      ...cardAction(NOOR, 'vote', { ideaId }, 'groupChat', { replyToId: insertedId }),
      conversation: { id: UNKNOWN_CHAT, conversationType: 'groupChat', tenantId: TENANT, isGroup: true },
      locale: 'de-de',
    });
    expect(textOf(noorsView!)).toContain('Ihre Stimme ist gezählt.');
    await settled();
    const chatEdit = connector.editsOf(insertedId).at(-1)?.card as AdaptiveCard;
    expectValidCard(chatEdit);
    expect(textOf(chatEdit)).toContain('3 votes');
    expect(textOf(editsOfPost().at(-1)!)).toContain('3 Stimmen');
  }, 60_000);
});
