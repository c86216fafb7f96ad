import { describe, expect, it } from 'vitest';
import type {
  AuditEntryView,
  BoardView,
  IdeaPage,
  IdeaView,
  Me,
  SettingsView,
} from '../../../core/src/index.js';
import { startTestApi, testConfig, type Person } from '../../support/testHost.js';
import { useTestApi } from '../../support/apiTestBed.js';

const lead: Person = { tenantId: 'contoso', userId: 'nestor', name: 'Nestor Wilke', roles: ['it'] };
const employee: Person = { tenantId: 'contoso', userId: 'megan', name: 'Megan Bowen' };
const otherIt: Person = { tenantId: 'fabrikam', userId: 'nestor', name: 'Fabrikam IT', roles: ['it'] };

const api = useTestApi();

describe('board administration over HTTP (local host, Azurite)', () => {
  it('shows settings only to IT members', async () => {
    expect((await api.as(employee, 'GET', '/api/settings')).status).toBe(403);
    expect((await api.as(employee, 'GET', '/api/audit')).status).toBe(403);
    const settings = await api.as<SettingsView>(lead, 'GET', '/api/settings');
    expect(settings.body).toMatchObject({
      responseSlaBusinessDays: 5,
      reminderLeadDays: [3, 1],
      boards: [{ id: 'default', categories: [], moderation: false }],
      itMembers: [{ userId: 'nestor', name: 'Nestor Wilke' }],
    });
  });

  it('round-trips every board setting, refusing what does not validate', async () => {
    const change = {
      name: 'Ideas for IT',
      description: 'Bring us your ideas.',
      suggestedTags: ['vpn', 'ai'],
      moderation: false,
    };
    const updated = await api.as<BoardView>(lead, 'PUT', '/api/boards/default', change);
    expect(updated).toMatchObject({ status: 200, body: change });
    expect((await api.as<SettingsView>(lead, 'GET', '/api/settings')).body.boards[0]).toMatchObject(change);
    const bad = await api.as(lead, 'PUT', '/api/boards/default', { name: '', moderation: 'yes' });
    expect(bad).toMatchObject({
      status: 400,
      body: { error: { fields: [{ field: 'name' }, { field: 'moderation' }] } },
    });
    expect((await api.as(employee, 'PUT', '/api/boards/default', { name: 'Mine' })).status).toBe(403);
  });

  it('offers only active categories for new ideas; retired ones stay on old ideas and in filters', async () => {
    const added = await api.as<BoardView>(lead, 'POST', '/api/boards/default/categories', {
      name: 'Remote work',
    });
    expect(added.status).toBe(201);
    await api.as(lead, 'POST', '/api/boards/default/categories', { name: 'Facilities' });
    const duplicate = await api.as(lead, 'POST', '/api/boards/default/categories', { name: 'remote WORK' });
    expect(duplicate).toMatchObject({ status: 400, body: { error: { fields: [{ field: 'name' }] } } });

    const old = await api.as<IdeaView>(employee, 'POST', '/api/ideas', {
      title: 'Better VPN',
      description: 'Faster.',
      category: 'remote work',
    });
    expect(old.body.category).toBe('Remote work');
    const unknown = await api.as(employee, 'POST', '/api/ideas', {
      title: 'Nope',
      description: 'x',
      category: 'Golf',
    });
    expect(unknown).toMatchObject({ status: 400, body: { error: { fields: [{ field: 'category' }] } } });

    const remote = added.body.categories.find((c) => c.name === 'Remote work')!;
    const retired = await api.as<BoardView>(lead, 'PUT', `/api/boards/default/categories/${remote.id}`, {
      retired: true,
    });
    expect(retired.body.categories.find((c) => c.id === remote.id)).toMatchObject({ retired: true });
    const refused = await api.as(employee, 'POST', '/api/ideas', {
      title: 'New VPN',
      description: 'x',
      category: 'Remote work',
    });
    expect(refused.status).toBe(400);
    const filtered = await api.as<IdeaPage>(employee, 'GET', '/api/ideas?category=Remote%20work');
    expect(filtered.body.items.map((i) => i.title)).toEqual(['Better VPN']);
    const missing = await api.as(lead, 'PUT', '/api/boards/default/categories/01JDNOPE', { retired: false });
    expect(missing.status).toBe(404);
  });

  it('holds new ideas of a moderated board until IT approves them', async () => {
    await api.as(lead, 'PUT', '/api/boards/default', { moderation: true });
    const idea = await api.submitIdea(employee, {
      title: 'Needs a look first',
      description: 'Moderated.',
    });
    expect(idea.awaitingApproval).toBe(true);
    const colleague: Person = { tenantId: 'contoso', userId: 'adele', name: 'Adele Vance' };
    const titles = async (person: Person) =>
      (await api.as<IdeaPage>(person, 'GET', '/api/ideas?q=moderated&limit=100')).body.items.map(
        (i) => i.title,
      );
    expect(await titles(colleague)).toEqual([]);
    expect(await titles(employee)).toEqual(['Needs a look first']);
    expect(await titles(lead)).toEqual(['Needs a look first']);
    for (const [method, path] of [
      ['GET', ''],
      ['PUT', '/vote'],
      ['GET', '/comments'],
    ] as const) {
      expect((await api.as(colleague, method, `/api/ideas/${idea.id}${path}`)).status, path).toBe(404);
    }
    expect((await api.as(employee, 'POST', `/api/ideas/${idea.id}/approve`)).status).toBe(403);
    const approved = await api.as<IdeaView>(lead, 'POST', `/api/ideas/${idea.id}/approve`);
    expect(approved.body.awaitingApproval).toBe(false);
    expect(await titles(colleague)).toEqual(['Needs a look first']);
    expect((await api.as(colleague, 'PUT', `/api/ideas/${idea.id}/vote`)).status).toBe(200);
    expect((await api.as(lead, 'POST', `/api/ideas/${idea.id}/approve`)).status).toBe(409);
    await api.as(lead, 'PUT', '/api/boards/default', { moderation: false });
  });

  it('changes the SLA and reminder lead times at once, within bounds', async () => {
    const bad = await api.as(lead, 'PUT', '/api/settings', {
      responseSlaBusinessDays: 61,
      reminderLeadDays: [],
    });
    expect(bad).toMatchObject({
      status: 400,
      body: { error: { fields: [{ field: 'responseSlaBusinessDays' }, { field: 'reminderLeadDays' }] } },
    });
    const changed = await api.as<SettingsView>(lead, 'PUT', '/api/settings', {
      responseSlaBusinessDays: 3,
      reminderLeadDays: [1, 7],
    });
    expect(changed.body).toMatchObject({ responseSlaBusinessDays: 3, reminderLeadDays: [7, 1] });
    const insights = await api.as<{ sla: { businessDays: number } }>(employee, 'GET', '/api/insights');
    expect(insights.body.sla.businessDays).toBe(3);
  });

  it('manages IT members, never removing the last one', async () => {
    const alone = await api.as(lead, 'DELETE', '/api/it-members/nestor');
    expect(alone).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
    const added = await api.as<{ itMembers: { userId: string }[] }>(lead, 'POST', '/api/it-members', {
      userId: 'alex',
      name: 'Alex Wilber',
    });
    expect(added.body.itMembers.map((m) => m.userId)).toEqual(['alex', 'nestor']);
    expect(
      (await api.as<Me>({ ...employee, userId: 'alex', name: 'Alex Wilber' }, 'GET', '/api/me')).body.roles,
    ).toContain('it');
    const removed = await api.as<{ itMembers: { userId: string }[] }>(lead, 'DELETE', '/api/it-members/alex');
    expect(removed.body.itMembers.map((m) => m.userId)).toEqual(['nestor']);
    expect(
      (await api.as(employee, 'POST', '/api/it-members', { userId: 'megan', name: 'Megan' })).status,
    ).toBe(403);
  });

  it('keeps another tenant out of these settings', async () => {
    const before = (await api.as<SettingsView>(lead, 'GET', '/api/settings')).body;
    await api.as(otherIt, 'PUT', '/api/boards/default', { name: 'Fabrikam ideas' });
    await api.as(otherIt, 'PUT', '/api/settings', { responseSlaBusinessDays: 20 });
    await api.as(otherIt, 'DELETE', '/api/it-members/nestor');
    const remote = before.boards[0]!.categories[0]!;
    expect(
      (await api.as(otherIt, 'PUT', `/api/boards/default/categories/${remote.id}`, { name: 'Hijacked' }))
        .status,
    ).toBe(404);
    expect((await api.as<SettingsView>(lead, 'GET', '/api/settings')).body).toEqual(before);
    expect((await api.as<SettingsView>(otherIt, 'GET', '/api/settings')).body.boards[0]?.name).toBe(
      'Fabrikam ideas',
    );
  });

  it('records every change: who, when, what', async () => {
    const audit = await api.as<{ items: AuditEntryView[] }>(lead, 'GET', '/api/audit');
    expect(audit.body.items.length).toBeGreaterThanOrEqual(6);
    expect(audit.body.items[0]).toMatchObject({ by: { id: 'nestor' }, subject: 'itMembers' });
    expect(audit.body.items.map((e) => e.summary)).toContain(
      'Added the category "Facilities" to "Ideas for IT"',
    );
    expect(audit.body.items.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
  });
});

describe('IT members from configuration', () => {
  it('are written once per tenant, so a member IT removes stays removed', async () => {
    const config = testConfig({ IT_MEMBERS: 'contoso:seeded-lead,contoso:seeded-deputy' });
    const first = await startTestApi({ config });
    const seededLead: Person = { tenantId: 'contoso', userId: 'seeded-lead', name: 'Lead' };
    expect((await first.as<Me>(seededLead, 'GET', '/api/me')).body.roles).toContain('it');
    expect((await first.as(seededLead, 'DELETE', '/api/it-members/seeded-deputy')).status).toBe(200);
    await first.host.close();
    const restarted = await startTestApi({ config });
    const deputy: Person = { tenantId: 'contoso', userId: 'seeded-deputy', name: 'Deputy' };
    expect((await restarted.as<Me>(deputy, 'GET', '/api/me')).body.roles).toEqual(['employee']);
    await restarted.host.close();
  });
});
