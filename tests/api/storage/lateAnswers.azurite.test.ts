import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { storedCycle } from '../../support/storedCycles.js';
import { tableRepositories } from '../../../api/src/storage/tableRepositories.js';
import { ensureTables, tableClients } from '../../../api/src/storage/tables.js';
import {
  defaultSettings,
  StaleVersionError,
  type AuditEntry,
  type Comment,
  type Cycle,
  type IdeaRecord,
} from '../../../core/src/index.js';
import { lateAnswerProxy, type LateAnswerProxy } from '../../support/lateAnswerProxy.js';
import { freshTablePrefix } from '../../support/testHost.js';
import { storedIdea } from '../../support/storedIdeas.js';

const at = new Date('2026-11-23T09:00:00Z');
const TRY_TIMEOUT_MS = 300;

let proxy: LateAnswerProxy;
beforeAll(async () => {
  proxy = await lateAnswerProxy(inject('azuriteConnectionString'));
});
afterAll(() => proxy.close());

/** Repositories reaching Azurite through the proxy, with a short per-try timeout so a lost answer is retried soon. */
async function repositories() {
  const tables = tableClients(proxy.connectionString, freshTablePrefix(), {
    tryTimeoutMs: TRY_TIMEOUT_MS,
    budgetMs: 10_000,
  });
  await ensureTables(tables);
  return tableRepositories(tables);
}

const idea = (id: string, title = 'Docking stations at every desk'): IdeaRecord =>
  storedIdea({
    tenantId: 'tenant-a',
    id,
    title,
    description: 'One cable for screen, power and network.',
    tags: ['hardware'],
    createdAt: at,
    votes: 1,
    heat: 1,
  });

const cycle = (id: string): Cycle =>
  storedCycle({
    tenantId: 'tenant-a',
    id,
    submissionOpensAt: at,
    submissionClosesAt: new Date('2026-12-23T09:00:00Z'),
    votingClosesAt: new Date('2027-01-07T09:00:00Z'),
  });

const transactions = (method: string, path: string) => method === 'POST' && path.endsWith('$batch');

describe('conditional inserts whose answer storage lost after writing (Azurite behind a proxy)', () => {
  it('takes a new idea as created when the retry finds the very row it wrote', async () => {
    const repos = await repositories();
    const lostBefore = proxy.lost;
    proxy.loseNextAnswer((method, path) => method === 'POST' && /Ideas$/.test(path));
    await repos.ideas.create(idea('01JDIDEALATE'));
    expect(proxy.lost).toBe(lostBefore + 1);
    expect((await repos.ideas.find('tenant-a', '01JDIDEALATE'))?.value).toMatchObject({
      title: 'Docking stations at every desk',
      votes: 1,
    });
  });

  it('still refuses an idea whose key holds another write', async () => {
    const repos = await repositories();
    await repos.ideas.create(idea('01JDIDEATAKEN', 'The first idea with this id'));
    await expect(repos.ideas.create(idea('01JDIDEATAKEN', 'Another idea'))).rejects.toMatchObject({
      statusCode: 409,
    });
    expect((await repos.ideas.find('tenant-a', '01JDIDEATAKEN'))?.value.title).toBe(
      'The first idea with this id',
    );
  });

  it('takes a comment as added when the retry finds it written', async () => {
    const repos = await repositories();
    const comment: Comment = {
      tenantId: 'tenant-a',
      ideaId: '01JDIDEALATE',
      id: '01JDCOMMENTLATE',
      author: { id: 'grace', name: 'Grace' },
      text: 'Yes, and a spare at the help bar.',
      createdAt: at,
    };
    const lostBefore = proxy.lost;
    proxy.loseNextAnswer((method, path) => method === 'POST' && /Comments$/.test(path));
    await repos.comments.add(comment);
    expect(proxy.lost).toBe(lostBefore + 1);
    expect(await repos.comments.find('tenant-a', '01JDIDEALATE', '01JDCOMMENTLATE')).toEqual(comment);
  });

  it('takes a cycle as opened when the retry of its transaction finds it, and still refuses a real rival', async () => {
    const repos = await repositories();
    const read = await repos.cycles.listBoard('tenant-a', 'default');
    const lostBefore = proxy.lost;
    proxy.loseNextAnswer(transactions);
    await repos.cycles.create(cycle('01JDCYCLELATE'), read.version);
    expect(proxy.lost).toBe(lostBefore + 1);
    expect((await repos.cycles.listBoard('tenant-a', 'default')).value.map((c) => c.id)).toEqual([
      '01JDCYCLELATE',
    ]);
    // A cycle checked against the same old set is another write: refused, as before.
    await expect(repos.cycles.create(cycle('01JDCYCLERIVAL'), read.version)).rejects.toBeInstanceOf(
      StaleVersionError,
    );
  });

  it('takes an audit entry as written when the retry finds it, rather than failing the change it records', async () => {
    const repos = await repositories();
    const entry: AuditEntry = {
      tenantId: 'tenant-a',
      id: '01JDAUDITLATE',
      at,
      by: { id: 'grace', name: 'Grace' },
      subject: 'settings.responseSla',
      summary: 'Set the response time to 3 business days',
      before: { responseSlaBusinessDays: 5 },
      after: { responseSlaBusinessDays: 3 },
    };
    const lostBefore = proxy.lost;
    proxy.loseNextAnswer((method, path) => method === 'POST' && /Audit$/.test(path));
    await repos.audit.append(entry);
    expect(proxy.lost).toBe(lostBefore + 1);
    expect(await repos.audit.list('tenant-a', 10)).toEqual([entry]);
  });

  it('answers an IT member added when the retry finds the row it wrote, and unchanged for one already there', async () => {
    const repos = await repositories();
    const member = { tenantId: 'tenant-a', userId: 'megan', name: 'Megan', addedAt: at };
    const lostBefore = proxy.lost;
    proxy.loseNextAnswer((method, path) => method === 'POST' && /Members$/.test(path));
    expect(await repos.members.addItMember(member)).toBe('added');
    expect(proxy.lost).toBe(lostBefore + 1);
    const later = { ...member, addedAt: new Date('2026-11-24T09:00:00Z') };
    expect(await repos.members.addItMember(later)).toBe('unchanged');
    expect(await repos.members.listItMembers('tenant-a')).toEqual([member]);
  });

  it('takes settings as saved when the retry of the create or the update finds them, and still refuses a rival', async () => {
    const repos = await repositories();
    const first = { ...defaultSettings('tenant-a', 5), currency: 'EUR' };
    proxy.loseNextAnswer((method, path) => method === 'POST' && /Settings$/.test(path));
    await repos.settings.save(first, null);
    const read = await repos.settings.find('tenant-a');
    expect(read?.value).toEqual(first);

    const second = { ...first, responseSlaBusinessDays: 3 };
    const lostBefore = proxy.lost;
    proxy.loseNextAnswer((method, path) => method === 'PUT' && /Settings\(/.test(path));
    await repos.settings.save(second, read?.version ?? null);
    expect(proxy.lost).toBe(lostBefore + 1);
    expect((await repos.settings.find('tenant-a'))?.value).toEqual(second);
    // A save made from the same old read that writes something else is another admin's: refused, as before.
    await expect(
      repos.settings.save({ ...first, currency: 'GBP' }, read?.version ?? null),
    ).rejects.toBeInstanceOf(StaleVersionError);
  });
});
