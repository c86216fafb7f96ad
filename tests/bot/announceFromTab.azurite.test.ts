import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { IdeaView } from '../../core/src/index.js';
import { storedBoardChannel } from './support/storedConversations.js';
import type { Person } from '../support/testHost.js';
import { useBotTestBed } from './support/botTestBed.js';
import { plainTexts } from './support/cardValidation.js';
import { textOf } from './support/botHarness.js';
import type { AdaptiveCard } from '../../bot/src/cards/adaptiveCard.js';
import { AFTER_THE_ANSWER } from '../support/waits.js';

const TENANT = 'tenant-tab';
const CHANNEL = '19:ideas-for-it@thread.tacv2';
const ADA: Person = { tenantId: TENANT, userId: 'ada', name: 'Ada' };
const GRACE: Person = { tenantId: TENANT, userId: 'grace', name: 'Grace', roles: ['it'] };

/**
 * An idea submitted in the tab (POST /api/ideas on the local host, tables on Azurite) reaches its board's channel
 * as a card, through the strict fake Bot Connector; one waiting for approval reaches it once IT approves.
 */
describe('ideas from the tab in the board channel', () => {
  const bot = useBotTestBed();
  const { api, connector } = bot;

  beforeAll(async () => {
    const { services } = api.host;
    // The tenant's default board exists once anyone reads it.
    expect((await api.as(ADA, 'GET', '/api/boards')).status).toBe(200);
    await services.bot.services.store.conversations.save(
      storedBoardChannel('default', {
        tenantId: TENANT,
        conversationId: CHANNEL,
        serviceUrl: bot.serviceUrl,
        name: 'Ideas for IT › General',
      }),
    );
  });

  const cardsInChannel = () =>
    connector.deliveries
      .filter((d) => d.conversationId === CHANNEL)
      .map((d) => plainTexts(d.card as AdaptiveCard).join(' '));

  it('posts each new idea once, and a moderated one only after approval', async () => {
    const submitted = await api.as<IdeaView>(ADA, 'POST', '/api/ideas', {
      title: 'Self-service VPN',
      description: 'Request VPN access without a ticket.',
    });
    expect(submitted.status).toBe(201);
    await vi.waitFor(() => expect(cardsInChannel()).toHaveLength(1), AFTER_THE_ANSWER);
    expect(cardsInChannel()[0]).toContain('Self-service VPN');

    expect((await api.as(GRACE, 'PUT', '/api/boards/default', { moderation: true })).status).toBe(200);
    const waiting = await api.as<IdeaView>(ADA, 'POST', '/api/ideas', {
      title: 'Badge readers on every floor',
      description: 'Fewer doors propped open.',
    });
    expect(waiting.body.awaitingApproval).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(cardsInChannel()).toHaveLength(1);

    expect((await api.as(GRACE, 'POST', `/api/ideas/${waiting.body.id}/approve`)).status).toBe(200);
    await vi.waitFor(() => expect(cardsInChannel()).toHaveLength(2), AFTER_THE_ANSWER);
    expect(cardsInChannel()[1]).toContain('Badge readers on every floor');
  });

  it('keeps the count on the channel card current when people vote in the tab: one edit per burst', async () => {
    // The test before left the board moderated.
    expect((await api.as(GRACE, 'PUT', '/api/boards/default', { moderation: false })).status).toBe(200);
    const posted = await api.as<IdeaView>(ADA, 'POST', '/api/ideas', {
      title: 'Quieter meeting rooms',
      description: 'Acoustic panels in the small rooms.',
    });
    const { postedCards } = api.host.services.bot.services.store;
    await vi.waitFor(
      async () => expect(await postedCards.list(TENANT, posted.body.id)).toHaveLength(1),
      AFTER_THE_ANSWER,
    );
    const [card] = await postedCards.list(TENANT, posted.body.id);
    const voters = Array.from({ length: 20 }, (_, n) => ({
      tenantId: TENANT,
      userId: `voter-${n}`,
      name: `Voter ${n}`,
    }));
    const votes = await Promise.all(
      voters.map((voter) => api.as(voter, 'PUT', `/api/ideas/${posted.body.id}/vote`)),
    );
    expect(votes.every((vote) => vote.status === 200)).toBe(true);
    await api.host.services.bot.flush();
    const edits = connector.editsOf(card!.activityId);
    expect(edits).toHaveLength(1);
    expect(textOf(edits[0]!.card as AdaptiveCard)).toContain('21 votes');
  });
});
