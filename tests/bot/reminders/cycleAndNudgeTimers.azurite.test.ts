import functions from '@azure/functions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedCycle } from '../../support/storedCycles.js';
import {
  defaultBoard,
  repairDueIndex,
  untriaged,
  type Cycle,
  type IdeaRecord,
} from '../../../core/src/index.js';
import { timersFor } from '../../../api/src/routes.js';
import { storedBoardChannel } from '../support/storedConversations.js';
import { startTestApi, type TestApi } from '../../support/testHost.js';
import { storeCycle } from '../../support/domain.js';
import { FakeBotConnector } from '../support/fakeBotConnector.js';
import { storedIdea } from '../../support/storedIdeas.js';

const { InvocationContext } = functions;
const DAY = 86_400_000;

/**
 * The cycle and response-nudge timers as the Functions app runs them: from the route table, on the local host's
 * services (tables on Azurite, so the cross-tenant reads run against Table Storage), sending through the strict
 * fake Bot Connector. The clock is the real one, so every moment is set relative to now.
 */
describe('the cycle and response-nudge timers (local host on Azurite, strict fake Bot Connector)', () => {
  let api: TestApi;
  let connector: FakeBotConnector;
  const now = Date.now();
  const channelOf = (tenantId: string) => `19:${tenantId}-ideas@thread.tacv2`;

  const cycle = (tenantId: string, id: string, opens: number, closes: number): Cycle =>
    storedCycle({
      tenantId,
      id,
      submissionOpensAt: new Date(opens),
      votingClosesAt: new Date(closes),
      shortlistSize: 2,
    });

  const idea = (tenantId: string, id: string, votes: number, extra: Partial<IdeaRecord> = {}): IdeaRecord =>
    storedIdea({ tenantId, id, votes, createdAt: new Date(now - 20 * DAY), ...extra });

  beforeAll(async () => {
    connector = new FakeBotConnector({ tenantLimitPerSecond: 50, failureRate: 0.1 });
    const url = await connector.start();
    api = await startTestApi();
    const { services } = api.host;
    await services.ready();
    const { repos } = services.ideabar;
    for (const tenantId of ['tenant-a', 'tenant-b']) {
      await repos.boards.createIfMissing(defaultBoard(tenantId, new Date(now - 30 * DAY)));
      await services.bot.services.store.conversations.save(
        storedBoardChannel('default', {
          tenantId,
          conversationId: channelOf(tenantId),
          serviceUrl: url,
          updatedAt: new Date(now),
        }),
      );
    }
    // Tenant A: a cycle whose voting closed an hour ago, with three answered ideas; and one idea long unanswered.
    await storeCycle(repos.cycles, cycle('tenant-a', '01JDCYCLECLOSED', now - 20 * DAY, now - 3_600_000));
    const answered = { ...untriaged(), firstResponseAt: new Date(now - 19 * DAY) };
    for (const [id, votes] of [
      ['01JDIDEAA1', 3],
      ['01JDIDEAA2', 9],
      ['01JDIDEAA3', 5],
    ] as const) {
      await repos.ideas.create(
        idea('tenant-a', id, votes, { cycleId: '01JDCYCLECLOSED', status: 'under_review', triage: answered }),
      );
    }
    await repos.ideas.create(idea('tenant-a', '01JDIDEAWAITING', 0));
    // Tenant B: a cycle that opened a minute ago, and a very old cycle there is nothing more to say about.
    await storeCycle(repos.cycles, cycle('tenant-b', '01JDCYCLEOPEN', now - 60_000, now + 20 * DAY));
    await storeCycle(repos.cycles, cycle('tenant-b', '01JDCYCLEOLD', now - 400 * DAY, now - 380 * DAY));
    // Written straight to storage, as by an IdeaBar before the index of what comes due: `npm run repair` indexes it.
    expect(await repairDueIndex(services.ideabar, new Date(now))).toEqual({ ideas: 1, cycles: 2 });
  }, 60_000);

  afterAll(async () => {
    await connector?.stop();
    await api?.host.close();
  });

  it('runs twice at once and once more: each channel hears each thing once', async () => {
    const timers = timersFor(api.host.services.config);
    const run = async (name: string) => {
      const timer = timers.find((t) => t.name === name)!;
      const context = () => new InvocationContext({ functionName: timer.name });
      await Promise.all([
        timer.run(api.host.services, { isPastDue: false }, context()),
        timer.run(api.host.services, { isPastDue: true }, context()),
      ]);
      await timer.run(api.host.services, { isPastDue: false }, context());
    };
    expect(timers.map((t) => `${t.name} ${t.schedule}`)).toEqual(
      expect.arrayContaining(['reminder-cycle 0 */15 * * * *', 'reminder-response-nudge 0 0 * * * *']),
    );
    await run('reminder-cycle');
    await run('reminder-response-nudge');

    expect(connector.deliveredPerConversation()).toEqual(
      new Map([
        [channelOf('tenant-a'), 2],
        [channelOf('tenant-b'), 1],
      ]),
    );
    const summaries = (tenantId: string) =>
      connector.deliveries.filter((d) => d.tenantId === tenantId).map((d) => d.summary);
    expect(summaries('tenant-a').sort()).toEqual([
      'An idea is overdue for IT’s answer',
      'Planning cycle results: Cycle 01JDCYCLECLOSED',
    ]);
    expect(summaries('tenant-b')).toEqual(['Planning cycle open: Cycle 01JDCYCLEOPEN']);
  }, 60_000);
});
