/**
 * The defects issue #13 found, over HTTP against the local host and a real Azurite: the order of checks on IT-only
 * routes, removing an unknown IT member, retired categories, what moderation hides from insights, and text that
 * spoofs how it reads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BoardView, IdeaView, InsightsReport } from '../../../core/src/index.js';
import type { Person } from '../../support/testHost.js';
import { useTestApi } from '../../support/apiTestBed.js';

const lead: Person = { tenantId: 'order', userId: 'lead', name: 'Lead', roles: ['it'] };
const employee: Person = { tenantId: 'order', userId: 'megan', name: 'Megan' };

const api = useTestApi();
let known: string;
beforeAll(async () => {
  known = (await api.submitIdea(employee, { title: 'A known idea', description: 'd' })).id;
});

/** Every IT-only route, with a body that fails validation; `{id}` is filled in with a known or an unknown idea. */
const IT_ONLY: [method: string, path: string, body?: unknown][] = [
  ['POST', '/api/ideas/{id}/status', { status: 'nope', response: '' }],
  ['PUT', '/api/ideas/{id}/partners', { itPartner: 'x' }],
  ['PUT', '/api/ideas/{id}/classification', { sourcing: 'x', value: 9 }],
  ['PUT', '/api/ideas/{id}/benefits', { expected: { kind: 'x' } }],
  ['POST', '/api/ideas/{id}/merge', { into: '', response: '' }],
  ['PUT', '/api/ideas/{id}/cycle', { cycleId: '!' }],
  ['POST', '/api/ideas/{id}/approve', {}],
  ['POST', '/api/cycles', { name: '', boardId: '!' }],
  ['PUT', '/api/settings', { responseSlaBusinessDays: 'soon' }],
  ['PUT', '/api/boards/{board}', { name: '', moderation: 'yes' }],
  ['POST', '/api/boards/{board}/categories', { name: '' }],
  ['PUT', '/api/boards/{board}/categories/{category}', { retired: 'maybe' }],
  ['POST', '/api/it-members', { userId: '!', name: '' }],
  ['DELETE', '/api/it-members/{member}'],
  ['GET', '/api/settings'],
  ['GET', '/api/audit?limit=-4'],
  ['GET', '/api/export/ideas.csv?boardId=!'],
  ['GET', '/api/boards/{board}/channels'],
  ['GET', '/api/boards/{board}/saved-responses'],
  ['POST', '/api/boards/{board}/saved-responses', { title: '', text: 7 }],
  ['PUT', '/api/boards/{board}/saved-responses/{response}', { title: 5 }],
  ['DELETE', '/api/boards/{board}/saved-responses/{response}'],
];

describe('IT-only routes check who asks before what is asked', () => {
  it.each(IT_ONLY)(
    '%s %s answers an employee 403 without fields, for known and unknown ids',
    async (m, p, b) => {
      for (const [idea, board, category, member] of [
        [known, 'default', 'no-such-category', 'lead'],
        ['no-such-idea', 'no-such-board', 'no-such-category', 'no-such-member'],
      ] as const) {
        const path = p
          .replace('{id}', idea)
          .replace('{board}', board)
          .replace('{category}', category)
          .replace('{member}', member)
          .replace('{response}', 'no-such-response');
        const answer = await api.as<{ error: { code: string; fields?: unknown } }>(employee, m, path, b);
        expect(answer.status, `${m} ${path}`).toBe(403);
        expect(answer.body.error.code).toBe('forbidden');
        expect(answer.body.error).not.toHaveProperty('fields');
      }
    },
  );

  it('answers 404 for removing someone who is no IT member, and changes nothing', async () => {
    const before = await api.as<{ itMembers: unknown[] }>(lead, 'GET', '/api/settings');
    const answer = await api.as(lead, 'DELETE', '/api/it-members/nobody-here');
    expect(answer).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect((await api.as(lead, 'DELETE', '/api/it-members/not%20an%20id')).status).toBe(404);
    const after = await api.as<{ itMembers: unknown[] }>(lead, 'GET', '/api/settings');
    expect(after.body.itMembers).toEqual(before.body.itMembers);
  });
});

describe('retired categories', () => {
  const it_: Person = { tenantId: 'retired', userId: 'lead', name: 'Lead', roles: ['it'] };
  const person: Person = { tenantId: 'retired', userId: 'ann', name: 'Ann' };

  it('stay refused when every category of the board is retired; other text is taken again', async () => {
    const added = await api.as<BoardView>(it_, 'POST', '/api/boards/default/categories', {
      name: 'Printers',
    });
    const printers = added.body.categories.find((c) => c.name === 'Printers');
    await api.as(it_, 'PUT', `/api/boards/default/categories/${printers?.id}`, { retired: true });

    const retired = await api.as(person, 'POST', '/api/ideas', {
      title: 'Colour printing',
      description: 'd',
      category: 'PRINTERS',
    });
    expect(retired).toMatchObject({ status: 400, body: { error: { fields: [{ field: 'category' }] } } });
    const typed = await api.as<IdeaView>(person, 'POST', '/api/ideas', {
      title: 'Quieter rooms',
      description: 'd',
      category: 'Facilities',
    });
    expect(typed).toMatchObject({ status: 201, body: { category: 'Facilities' } });
    const ideas = await api.as<{ items: IdeaView[] }>(person, 'GET', '/api/ideas');
    expect(ideas.body.items.map((idea) => idea.title)).toEqual(['Quieter rooms']);
  });
});

describe('insights on a moderated board', () => {
  const it_: Person = { tenantId: 'moderated', userId: 'lead', name: 'Lead', roles: ['it'] };
  const author: Person = { tenantId: 'moderated', userId: 'ann', name: 'Ann' };
  const reader: Person = { tenantId: 'moderated', userId: 'bob', name: 'Bob' };

  it('leave ideas awaiting approval, and the category typed into them, to IT', async () => {
    await api.as(author, 'POST', '/api/ideas', { title: 'Public idea', description: 'd', category: 'Open' });
    await api.as(it_, 'PUT', '/api/boards/default', { moderation: true });
    const waiting = await api.as<IdeaView>(author, 'POST', '/api/ideas', {
      title: 'Waiting idea',
      description: 'd',
      category: 'Secret reorganisation',
    });
    expect(waiting.body.awaitingApproval).toBe(true);

    for (const person of [reader, author]) {
      const seen = await api.as<InsightsReport>(person, 'GET', '/api/insights?boardId=default');
      expect(seen.body).toMatchObject({ ideas: 1, funnel: { submitted: 1 } });
      expect(seen.body.byArea.map((area) => area.category)).toEqual(['Open']);
    }
    const forIt = await api.as<InsightsReport>(it_, 'GET', '/api/insights');
    expect(forIt.body.ideas).toBe(2);
    expect(forIt.body.byArea.map((area) => area.category).sort()).toEqual(['Open', 'Secret reorganisation']);
  });
});

describe('text that spoofs how it reads', () => {
  const person: Person = { tenantId: 'spoof', userId: 'eve', name: 'Eve' };

  it('loses its bidi controls, zero-width and C1 characters in every field; emoji sequences stay whole', async () => {
    const idea = await api.as<IdeaView>(person, 'POST', '/api/ideas', {
      title: 'Invoice\u202Egpj.exe\u202C review\u200B',
      description: 'Line\u2066 one\u2069\nLine two\u0085 👩\u200D💻',
      category: '\u200BFinance\uFEFF',
      tags: ['a\u200Cb', 'c\u0090'],
    });
    expect(idea.status).toBe(201);
    expect(idea.body).toMatchObject({
      title: 'Invoicegpj.exe review',
      description: 'Line one\nLine two 👩\u200D💻',
      category: 'Finance',
      tags: ['ab', 'c'],
    });
    const comment = await api.as<{ text: string }>(person, 'POST', `/api/ideas/${idea.body.id}/comments`, {
      text: 'Agreed\u200F!\u009B',
    });
    expect(comment).toMatchObject({ status: 201, body: { text: 'Agreed!' } });
  });

  it('refuses a field that is nothing but invisible characters, naming the field', async () => {
    const answer = await api.as(person, 'POST', '/api/ideas', {
      title: '\u202E\u200B\u200B\u200B',
      description: 'd',
    });
    expect(answer).toMatchObject({ status: 400, body: { error: { fields: [{ field: 'title' }] } } });
  });
});
