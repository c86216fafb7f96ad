import functions from '@azure/functions';
import { describe, expect, it } from 'vitest';
import { storedCycle } from '../../support/storedCycles.js';
import {
  conversationKeys,
  defaultBoard,
  repairDueIndex,
  type ConversationRecord,
  type IdeaRecord,
} from '../../../core/src/index.js';
import { timersFor } from '../../../api/src/routes.js';
import { tablesOf } from '../../support/testHost.js';
import { storeCycle } from '../../support/domain.js';
import { playgroundSuite } from '../support/playgroundSuite.js';
import { storedIdea } from '../../support/storedIdeas.js';

const { InvocationContext } = functions;
const DAY = 86_400_000;

/**
 * A cycle's results card, sent proactively by the cycle timer, as Microsoft 365 Agents Playground (npm, offline)
 * receives it on its Bot Connector API and renders it in headless Chromium. The Playground has one conversation,
 * its personal chat with the bot, so the board's channel is stood in for by that chat's stored reference.
 */
describe('cycle results in Microsoft 365 Agents Playground', () => {
  const suite = playgroundSuite();

  /** The personal chat the Playground opened with the bot when it installed the app. */
  async function playgroundChat(): Promise<ConversationRecord> {
    const { Conversations } = tablesOf(suite.api.host.services.config);
    for await (const row of Conversations.listEntities<{
      key: string;
      kind: string;
      partitionKey: string;
    }>()) {
      if (row.kind !== 'personal') continue;
      const tenantId = row.partitionKey.split('|')[0]!;
      const record = await suite.api.host.services.bot.services.store.conversations.find(tenantId, row.key);
      if (record) return record;
    }
    throw new Error('The Playground never installed the bot.');
  }

  it('renders the ranked shortlist the timer posts once voting has closed', async (context) => {
    context.onTestFailed(async () => {
      await suite.page
        .screenshot({ path: 'test-results/cycle-results-playground-failure.png' })
        .catch(() => undefined);
    });
    await suite.page.goto(suite.playground.url);
    await expect
      .poll(() => suite.page.locator('body').innerText(), { timeout: 20_000 })
      .toContain('Welcome to IdeaBar');

    const chat = await playgroundChat();
    const { tenantId } = chat;
    const { services } = suite.api.host;
    const { repos } = services.ideabar;
    await services.bot.services.store.conversations.save({
      ...chat,
      key: conversationKeys.board('default'),
      kind: 'board',
      userId: null,
      boardId: 'default',
    });
    const now = Date.now();
    await repos.boards.createIfMissing(defaultBoard(tenantId, new Date(now - 30 * DAY)));
    await storeCycle(
      repos.cycles,
      storedCycle({
        tenantId,
        id: '01JDPLAYGROUNDCYCLE',
        name: 'FY27 Q1 planning',
        submissionOpensAt: new Date(now - 20 * DAY),
        submissionClosesAt: new Date(now - 6 * DAY),
        votingClosesAt: new Date(now - 60_000),
        shortlistSize: 2,
      }),
    );
    const idea = (id: string, title: string, votes: number): IdeaRecord =>
      storedIdea({
        tenantId,
        id,
        title,
        status: 'under_review',
        createdAt: new Date(now - 10 * DAY),
        votes,
        triage: { firstResponseAt: new Date(now - 9 * DAY) },
        cycleId: '01JDPLAYGROUNDCYCLE',
      });
    await repos.ideas.create(idea('01JDPGIDEA1', 'Self-service VPN reset', 4));
    await repos.ideas.create(idea('01JDPGIDEA2', 'Laptops with **more** memory', 9));
    await repos.ideas.create(idea('01JDPGIDEA3', 'A third idea, not shortlisted', 1));
    // Written straight to storage, so indexed as `npm run repair` indexes data from before the index.
    await repairDueIndex(services.ideabar, new Date());

    const timer = timersFor(services.config).find((t) => t.name === 'reminder-cycle')!;
    await timer.run(services, { isPastDue: false }, new InvocationContext({ functionName: timer.name }));

    const card = suite.page.locator('.ac-adaptiveCard').last();
    await expect.poll(() => card.innerText(), { timeout: 15_000 }).toContain('Planning cycle results');
    const text = await card.innerText();
    expect(text).toContain('FY27 Q1 planning');
    expect(text).toContain('3 ideas took part');
    // Ranked by votes, as typed (no markdown), and only the shortlist.
    expect(text.indexOf('Laptops with **more** memory')).toBeLessThan(text.indexOf('Self-service VPN reset'));
    expect(text).toContain('9 votes');
    expect(text).not.toContain('A third idea');
    // Teams' date functions were rendered, not shown as written.
    expect(text).not.toContain('{{DATE');
    expect(await card.getByRole('link', { name: 'Open', exact: true }).count()).toBe(2);
    await suite.page.screenshot({ path: 'test-results/cycle-results-playground.png' });
  }, 120_000);
});
