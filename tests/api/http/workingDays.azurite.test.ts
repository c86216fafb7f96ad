import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  workingDaysOf,
  type AuditEntryView,
  type Holiday,
  type Inbox,
  type SettingsView,
  type Weekday,
} from '../../../core/src/index.js';
import type { Person } from '../../support/testHost.js';
import { useTestApi } from '../../support/apiTestBed.js';

const ada: Person = { tenantId: 'contoso', userId: 'ada', name: 'Ada Lovelace' };
const grace: Person = { tenantId: 'contoso', userId: 'grace', name: 'Grace Hopper', roles: ['it'] };
const outsider: Person = { tenantId: 'fabrikam', userId: 'grace', name: 'Fabrikam IT', roles: ['it'] };

const api = useTestApi();

const day = (at: Date, plus: number) => new Date(at.getTime() + plus * 86_400_000).toISOString().slice(0, 10);

describe('working days per tenant over HTTP (local host, Azurite)', () => {
  it('moves an idea’s SLA due time with the tenant’s weekend and holidays, for that tenant alone', async () => {
    const idea = await api.submitIdea(ada, {
      title: 'Holiday rota',
      description: 'Why it helps.',
    });
    const createdAt = new Date(idea.createdAt);
    const dueAt = async (who: Person = grace) =>
      (await api.as<Inbox>(who, 'GET', '/api/inbox')).body.items.find((item) => item.idea.id === idea.id)
        ?.dueAt;
    const expected = (weekendDays: Weekday[], holidays: Holiday[]) =>
      addBusinessDays(createdAt, 5, workingDaysOf({ weekendDays, holidays })).toISOString();

    expect(await dueAt()).toBe(expected([0, 6], []));
    // Every day worked: five days after, to the millisecond.
    await api.as(grace, 'PUT', '/api/settings', { weekendDays: [] });
    expect(await dueAt()).toBe(new Date(createdAt.getTime() + 5 * 86_400_000).toISOString());
    // Two holidays within those days push it two days later.
    const holidays = [
      { date: day(createdAt, 2), name: 'Founders’ Day' },
      { date: day(createdAt, 1), name: 'Harvest Day' },
    ];
    const saved = await api.as<SettingsView>(grace, 'PUT', '/api/settings', { holidays });
    expect(saved.status).toBe(200);
    // Kept in date order.
    expect(saved.body.holidays).toEqual([holidays[1], holidays[0]]);
    expect(await dueAt()).toBe(new Date(createdAt.getTime() + 7 * 86_400_000).toISOString());
    // A Friday–Saturday weekend, with the holidays still kept.
    await api.as(grace, 'PUT', '/api/settings', { weekendDays: [6, 5] });
    const settings = (await api.as<SettingsView>(grace, 'GET', '/api/settings')).body;
    expect(settings).toMatchObject({ weekendDays: [5, 6], holidays: [holidays[1], holidays[0]] });
    expect(await dueAt()).toBe(expected([5, 6], holidays));

    // Fabrikam keeps the standard week, and sees none of Contoso's holidays.
    const theirs = await api.as<SettingsView>(outsider, 'GET', '/api/settings');
    expect(theirs.body).toMatchObject({ weekendDays: [0, 6], holidays: [] });

    const audit = await api.as<{ items: AuditEntryView[] }>(grace, 'GET', '/api/audit');
    expect(audit.body.items[0]).toMatchObject({
      subject: 'settings',
      by: { id: 'grace' },
      before: { weekendDays: [], holidays: expect.any(Array) },
      after: { weekendDays: [5, 6] },
    });
  });

  it('refuses a calendar that does not validate, field by field, and changes nothing', async () => {
    const before = (await api.as<SettingsView>(grace, 'GET', '/api/settings')).body;
    const refused = await api.as(grace, 'PUT', '/api/settings', {
      weekendDays: [0, 1, 2, 3, 4, 5, 6],
      holidays: [
        { date: '2026-02-30', name: 'Leap' },
        { date: '2026-12-25', name: '' },
        { date: '2026-12-25', name: 'x'.repeat(81) },
      ],
    });
    expect(refused.status).toBe(400);
    const fields = (refused.body as { error: { fields: { field: string; problem: string }[] } }).error.fields;
    expect(fields.map((f) => [f.field, f.problem])).toEqual([
      ['weekendDays', 'invalid'],
      ['holidays.0.date', 'invalid'],
      ['holidays.1.name', 'required'],
      ['holidays.2.date', 'invalid'],
      ['holidays.2.name', 'too_long'],
    ]);
    const tooMany = Array.from({ length: 101 }, (_, index) => ({
      date: day(new Date('2027-01-01T00:00:00Z'), index),
      name: `Day ${index + 1}`,
    }));
    expect(await api.as(grace, 'PUT', '/api/settings', { holidays: tooMany })).toMatchObject({
      status: 400,
      body: { error: { fields: [{ field: 'holidays', problem: 'too_many', limit: 100 }] } },
    });
    expect(await api.as(grace, 'PUT', '/api/settings', { weekendDays: [7] })).toMatchObject({ status: 400 });
    expect((await api.as<SettingsView>(grace, 'GET', '/api/settings')).body).toEqual(before);
  });

  it('lets only IT members change the working days', async () => {
    expect((await api.as(ada, 'PUT', '/api/settings', { weekendDays: [5, 6] })).status).toBe(403);
  });
});
