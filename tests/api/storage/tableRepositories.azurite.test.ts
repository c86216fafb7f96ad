import { describe, expect, it } from 'vitest';
import { keys } from '../../../api/src/storage/keys.js';
import { ideaRefRow, ideaRow } from '../../../api/src/storage/tableIdeas.js';
import { tableRepositories } from '../../../api/src/storage/tableRepositories.js';
import { ensureTables } from '../../../api/src/storage/tables.js';
import { type IdeaRecord } from '../../../core/src/index.js';
import { repositoryContract } from '../../contract/repositories.contract.js';
import { tablesOf, testConfig } from '../../support/testHost.js';
import { storedIdea } from '../../support/storedIdeas.js';

async function freshTables() {
  const tables = tablesOf(testConfig());
  await ensureTables(tables);
  return tables;
}

repositoryContract('Table Storage (Azurite)', async () => tableRepositories(await freshTables()));

describe('Table Storage (Azurite) specifics', () => {
  it('follows continuation tokens past the 1,000-row page limit', async () => {
    const tables = await freshTables();
    const at = new Date('2026-11-23T09:00:00Z');
    const ideas: IdeaRecord[] = Array.from({ length: 1_234 }, (_, n) =>
      storedIdea({
        tenantId: 'tenant-a',
        id: `idea-${String(n).padStart(5, '0')}`,
        description: 'x'.repeat(50),
        createdAt: at,
        votes: n % 7,
      }),
    );
    for (let start = 0; start < ideas.length; start += 100) {
      const batch = ideas.slice(start, start + 100);
      await tables.Ideas.submitTransaction(batch.map((idea) => ['create', ideaRow(idea)]));
      await tables.Ideas.submitTransaction(batch.map((idea) => ['create', ideaRefRow(idea)]));
    }
    const listed = await tableRepositories(tables).ideas.listBoard('tenant-a', 'default');
    expect(listed).toHaveLength(1_234);
    expect(new Set(listed.map((idea) => idea.id)).size).toBe(1_234);
  });

  it('starts every partition key with the tenant id', () => {
    const made = [
      keys.boards('t1'),
      keys.boardIdeas('t1', 'b'),
      keys.ideaRefs('t1'),
      keys.idea('t1', 'i'),
      keys.voter('t1', 'u'),
      keys.itMembers('t1'),
    ];
    for (const key of made) expect(key.startsWith('t1|')).toBe(true);
  });

  it('refuses to build a key from a part that could escape its partition', () => {
    for (const bad of ['a|b', 'a/b', 'a#b', 'a?b', 'a\\b', '', 'a\u0001b', 'x'.repeat(129)]) {
      expect(() => keys.idea('t1', bad)).toThrow();
      expect(() => keys.idea(bad, 'i')).toThrow();
    }
  });
});
