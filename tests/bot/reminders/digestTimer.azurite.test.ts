import functions from '@azure/functions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  conversationKeys,
  openTeamBoard,
  submitIdea,
  type DigestFrequency,
} from '../../../core/src/index.js';
import { timersFor } from '../../../api/src/routes.js';
import { serializeReference } from '../../../bot/src/conversations/storedReference.js';
import { digestPeriod } from '../../../bot/src/reminders/digestReminder.js';
import { startTestApi, type TestApi } from '../../support/testHost.js';
import { FakeBotConnector } from '../support/fakeBotConnector.js';

const { InvocationContext } = functions;

/**
 * The digest as the Functions app runs it: the timer from the route table, on the local host's services (tables on
 * Azurite), sending through the strict fake Bot Connector.
 */
describe('the digest timer (local host on Azurite, strict fake Bot Connector)', () => {
  let api: TestApi;
  let connector: FakeBotConnector;
  const boards: { id: string; digest: DigestFrequency | null; ideas: number }[] = [
    ...Array.from({ length: 20 }, (_, n) => ({ id: `19:team${n}@thread.tacv2`, digest: null, ideas: 2 })),
    { id: '19:monthly@thread.tacv2', digest: 'monthly', ideas: 1 },
    { id: '19:quiet@thread.tacv2', digest: 'off', ideas: 1 },
    { id: '19:empty@thread.tacv2', digest: 'weekly', ideas: 0 },
  ];

  beforeAll(async () => {
    connector = new FakeBotConnector({ tenantLimitPerSecond: 50, failureRate: 0.05 });
    const url = await connector.start();
    api = await startTestApi();
    const { services } = api.host;
    await services.ready();
    const caller = { tenantId: 'tenant-a', userId: 'aad-ada', name: 'Ada' };
    for (const board of boards) {
      await openTeamBoard(services.ideabar, caller, { teamId: board.id, name: `Board ${board.id}` });
      for (let n = 0; n < board.ideas; n += 1) {
        await submitIdea(services.ideabar, caller, {
          title: `Idea ${n} on ${board.id}`,
          description: 'd',
          boardId: board.id,
        });
      }
      await services.bot.services.store.conversations.save({
        tenantId: 'tenant-a',
        key: conversationKeys.board(board.id),
        kind: 'board',
        conversationId: board.id,
        userId: null,
        boardId: board.id,
        reference: serializeReference({
          serviceUrl: url,
          conversationId: board.id,
          tenantId: 'tenant-a',
          channelId: 'msteams',
          botId: '28:bot',
        }),
        digest: board.digest,
        updatedAt: new Date(),
      });
    }
  }, 60_000);

  afterAll(async () => {
    await connector?.stop();
    await api?.host.close();
  });

  it('runs twice at once and once more: one digest per board channel, none where it is off or empty', async () => {
    const timer = timersFor(api.host.services.config).find((t) => t.name === 'reminder-digest')!;
    expect(timer.schedule).toBe('0 0 9 * * *');
    const context = () => new InvocationContext({ functionName: timer.name });
    await Promise.all([
      timer.run(api.host.services, { isPastDue: false }, context()),
      timer.run(api.host.services, { isPastDue: true }, context()),
    ]);
    await timer.run(api.host.services, { isPastDue: false }, context());

    const delivered = connector.deliveredPerConversation();
    const expected = boards.filter((b) => b.digest !== 'off' && b.ideas > 0).map((b) => b.id);
    expect([...delivered.keys()].sort()).toEqual(expected.sort());
    expect([...delivered.values()].every((count) => count === 1)).toBe(true);
    expect(connector.deliveries[0]!.summary).toMatch(/^IdeaBar digest: Board 19:/);
  }, 60_000);

  it('names each period once: ISO weeks (Monday first) and months', () => {
    expect(digestPeriod('weekly', new Date('2026-11-23T09:00:00Z'))).toBe('2026-W48');
    expect(digestPeriod('weekly', new Date('2026-11-29T23:59:59Z'))).toBe('2026-W48');
    expect(digestPeriod('weekly', new Date('2026-11-30T00:00:00Z'))).toBe('2026-W49');
    expect(digestPeriod('weekly', new Date('2027-01-01T09:00:00Z'))).toBe('2026-W53');
    expect(digestPeriod('monthly', new Date('2026-11-30T09:00:00Z'))).toBe('2026-11');
  });
});
