import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { callHost, hostTokenFor, spawnHost, type HostProcess } from '../../../scripts/bench/spawnHost.js';
import { keys } from '../../../api/src/storage/keys.js';
import { TALLY_ROW_KEY } from '../../../api/src/storage/tableVotes.js';
import { tableRepositories } from '../../../api/src/storage/tableRepositories.js';
import { tableClients } from '../../../api/src/storage/tables.js';
import type { IdeaPage, IdeaView } from '../../../core/src/index.js';
import { testEnv } from '../../support/testHost.js';

const tokenFor = (host: HostProcess, userId: string): Promise<string> =>
  hostTokenFor(host, 'contoso', userId);

describe('a host killed in the middle of a vote burst (processes on Azurite)', () => {
  it('shows exact counts and every voter’s own vote after a restart, with no further vote', async () => {
    const env = testEnv();
    const first = await spawnHost(env);
    const author = await tokenFor(first, 'author');
    const idea = (
      await callHost<IdeaView>(first, 'POST', '/api/ideas', author, {
        title: 'Kill me mid-burst',
        description: 'Votes arrive while the process dies.',
      })
    ).body;
    const voters = Array.from({ length: 300 }, (_, n) => `crash-${n}`);
    const tokens = await Promise.all(voters.map((userId) => tokenFor(first, userId)));

    let answered = 0;
    const burst = tokens.map((token) =>
      callHost(first, 'PUT', `/api/ideas/${idea.id}/vote`, token).then(
        () => (answered += 1),
        () => undefined,
      ),
    );
    // Killed as an operating system would, once some voters have their answer and others are still in flight.
    while (answered < 30) await new Promise((resolve) => setTimeout(resolve, 5));
    first.child.kill('SIGKILL');
    await Promise.all(burst);
    expect(answered).toBeLessThan(300);

    const second = await spawnHost(env);
    try {
      // The first request waits for the restarted host's start-up drain of the outbox; no one votes again.
      const listed = await callHost<IdeaPage>(second, 'GET', '/api/ideas', await tokenFor(second, 'author'));
      const tables = tableClients(env.STORAGE_CONNECTION_STRING, env.TABLE_PREFIX);
      const rows: string[] = [];
      const filter = `PartitionKey eq '${keys.idea('contoso', idea.id)}'`;
      for await (const row of tables.Votes.listEntities({ queryOptions: { filter } })) {
        if (row.rowKey !== TALLY_ROW_KEY) rows.push(row.rowKey ?? '');
      }
      expect(rows.length).toBeGreaterThanOrEqual(31);
      expect(listed.body.items.map((item) => item.votes)).toEqual([rows.length]);
      const repos = tableRepositories(tables);
      expect((await repos.votes.findTally('contoso', idea.id))?.value.count).toBe(rows.length);
      const voted = new Set(rows);
      const wrong: string[] = [];
      for (const userId of ['author', ...voters]) {
        const mine = await repos.votes.votedIdeaIds('contoso', userId, 'default');
        if (mine.has(idea.id) !== voted.has(userId)) wrong.push(userId);
      }
      expect(wrong).toEqual([]);
    } finally {
      second.child.kill('SIGKILL');
      await once(second.child, 'exit');
    }
  }, 120_000);
});
