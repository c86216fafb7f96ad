import { once } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { callHost, hostTokenFor, spawnHost, type HostProcess } from '../../scripts/bench/spawnHost.js';
import { tableNotifications } from '../../api/src/storage/tableRepositories.js';
import { tableClients } from '../../api/src/storage/tables.js';
import { OUTBOX_FOLLOW_AFTER_MS, type IdeaView } from '../../core/src/index.js';
import { storedBoardChannel } from './support/storedConversations.js';
import { testEnv } from '../support/testHost.js';
import { FakeBotConnector } from './support/fakeBotConnector.js';

const CHANNEL = '19:crash-channel@thread.tacv2';

const tokenFor = (host: HostProcess, userId: string): Promise<string> =>
  hostTokenFor(host, 'contoso', userId);

/**
 * A new idea's channel post is an event recorded before the idea itself, not a promise held by the process that
 * answered: the host is killed (SIGKILL) as soon as the tab has its 201, and the restarted host posts the idea, once.
 * Processes on Azurite; the strict fake Bot Connector on loopback stands in for Teams.
 */
describe('a host killed right after a new idea’s 201 (processes on Azurite, strict fake Bot Connector)', () => {
  it('posts the idea in its board channel after the restart, exactly once', async () => {
    const connector = new FakeBotConnector({ tenantLimitPerSecond: 50 });
    const serviceUrl = await connector.start();
    const env = testEnv();
    const first = await spawnHost(env);
    let second: HostProcess | undefined;
    try {
      const ada = await tokenFor(first, 'ada');
      // The default board exists once anyone reads it; the bot was installed in its channel.
      expect((await callHost(first, 'GET', '/api/boards', ada)).status).toBe(200);
      const store = tableNotifications(tableClients(env.STORAGE_CONNECTION_STRING, env.TABLE_PREFIX));
      await store.conversations.save(
        storedBoardChannel('default', {
          tenantId: 'contoso',
          conversationId: CHANNEL,
          serviceUrl,
          name: 'Ideas for IT › General',
        }),
      );

      const submitted = await callHost<IdeaView>(first, 'POST', '/api/ideas', ada, {
        title: 'Survive the crash',
        description: 'Posted even though the process died.',
      });
      // Killed as an operating system would, the moment the answer is in: the post it was about to make is lost
      // with it, unless it is a record in storage.
      first.child.kill('SIGKILL');
      await once(first.child, 'exit');
      const answeredAt = Date.now();
      expect(submitted.status).toBe(201);

      // Past the time the drainer leaves an event to the process that recorded it, a host starts on the same
      // storage; its start-up drain runs with the first request.
      await new Promise((resolve) => setTimeout(resolve, answeredAt + OUTBOX_FOLLOW_AFTER_MS - Date.now()));
      second = await spawnHost(env);
      const restarted = second;
      expect((await callHost(restarted, 'GET', '/api/boards', await tokenFor(restarted, 'ada'))).status).toBe(
        200,
      );
      const inChannel = () => connector.deliveries.filter((d) => d.conversationId === CHANNEL);
      await vi.waitFor(() => expect(inChannel()).toHaveLength(1), { timeout: 30_000, interval: 200 });
      expect(inChannel()[0]!.summary).toBe('New idea: Survive the crash');
      // The host records the post once Teams has answered it, a step after the answer the fake counts: wait for it.
      await vi.waitFor(
        async () => expect(await store.postedCards.list('contoso', submitted.body.id)).toHaveLength(1),
        { timeout: 30_000, interval: 200 },
      );
      // Once: another drain (the timer's, or a third process) finds the post made.
      await callHost(restarted, 'GET', '/api/boards', await tokenFor(restarted, 'ada'));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(inChannel()).toHaveLength(1);
    } finally {
      for (const host of [first, second]) {
        if (host && host.child.exitCode === null && host.child.signalCode === null) {
          host.child.kill('SIGKILL');
          await once(host.child, 'exit');
        }
      }
      await connector.stop();
    }
    // Two host processes compile and start here, with a 10 s wait between: on a shared two-core machine that took
    // over two minutes with nothing wrong. A bound on a hang only.
  }, 240_000);
});
