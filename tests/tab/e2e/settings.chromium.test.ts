import { describe, expect, it } from 'vitest';
import { rememberPerson, type AuditEntryView } from '@ideabar/core';
import type { TenantSettingsView } from '../../../tab/src/api/settingsApi';
import { signInAs } from '../support/browserPage';
import { saveScreenshot } from '../support/screenshots';
import { DEMO_TENANT_ID, demoCaller } from '../support/tabStack';
import { tabSuite, expectAccessible } from '../support/tabSuite';

/**
 * The settings page in headless Chromium against the real stack (Azurite, the local host with the API, the tab
 * built by Vite): an IT member changes categories, IT members and the digest schedule, each checked through the API
 * and its audit log; someone else is offered no settings at all.
 */
// Patti has opened IdeaBar before, so she is among the people IT can pick outside Teams.
const suite = tabSuite({
  seed: (stack) => rememberPerson(stack.host.services.ideabar, demoCaller('Patti Fernandez')),
});

const tab = () => suite.tab({ width: 1280, height: 900 });

/** The API as a demo person calls it, with a dev token of their own. */
async function asPerson(userId: string, name: string, roles: string[] = []) {
  const signIn = await fetch(`${suite.stack.url}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: DEMO_TENANT_ID, userId, name, roles }),
  });
  const { token } = (await signIn.json()) as { token: string };
  return async <T>(path: string): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${suite.stack.url}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.status, body: (await response.json()) as T };
  };
}

describe('the settings page in Chromium', () => {
  it('lets an IT member add and retire categories, add an IT member and change the digest, all audited', async () => {
    const t = await tab();
    const { page } = t;
    await signInAs(page, `${suite.stack.url}/?page=settings`, 'Alex Wilber');
    const settings = page.getByRole('region', { name: 'Settings' });
    await settings.getByRole('heading', { name: 'Board: Ideas for IT' }).waitFor();
    await expectAccessible(t, 'settings page');
    await saveScreenshot(page, 'settings');

    // Categories: two added, one retired.
    const categories = settings.getByRole('region', { name: 'Categories' });
    for (const name of ['Remote work', 'Printers']) {
      await categories.getByRole('textbox', { name: 'New category' }).fill(name);
      await categories.getByRole('button', { name: 'Add category' }).click();
      // first(): for a moment Fluent also announces the toast's text through its own live region.
      await page.getByText(`Added the category “${name}”.`).first().waitFor();
    }
    // A name the board has already, in other letters: refused on the field, nothing sent.
    await categories.getByRole('textbox', { name: 'New category' }).fill('remote WORK');
    await categories.getByRole('button', { name: 'Add category' }).click();
    await categories.getByText('The board has a category “Remote work” already.').waitFor();
    expect(await categories.getByRole('textbox', { name: 'New category' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await expectAccessible(t, 'category name refused');
    await categories.getByRole('button', { name: 'Retire “Printers”' }).click();
    await categories.getByRole('button', { name: 'Bring back “Printers”' }).waitFor();
    expect(await categories.getByRole('listitem').filter({ hasText: 'Printers' }).textContent()).toContain(
      'Retired',
    );

    // IT members: Patti joins, picked by name among the people IdeaBar knows.
    const members = settings.getByRole('region', { name: 'IT members' });
    await members.getByRole('combobox', { name: 'Add a person' }).fill('patti');
    await page.getByRole('option', { name: 'Patti Fernandez' }).click();
    await members.getByRole('button', { name: 'Add IT member' }).click();
    await page.getByText('Added Patti Fernandez to the IT members.').first().waitFor();
    await members.getByRole('listitem').filter({ hasText: 'Patti Fernandez' }).waitFor();
    await members.getByRole('button', { name: 'Remove Patti Fernandez' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove Patti Fernandez from the IT members?' });
    await confirm.waitFor();
    await expectAccessible(t, 'removing an IT member');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'hidden' });

    // The digest: a preset, then a custom schedule with its next runs worked out as it is typed.
    const announcements = settings.getByRole('region', { name: 'Announcements' });
    const save = announcements.getByRole('button', { name: 'Save announcements' });
    expect(await save.isDisabled()).toBe(true);
    await announcements.getByRole('combobox', { name: 'Digest' }).click();
    await page.getByRole('option', { name: 'Weekly on Friday at 16:00' }).click();
    await save.click();
    await page.getByText('Saved where announcements go and when the digest is sent.').first().waitFor();
    await announcements.getByRole('combobox', { name: 'Digest' }).click();
    await page.getByRole('option', { name: 'Custom' }).click();
    const cron = announcements.getByRole('textbox', { name: 'Schedule (cron)' });
    await cron.fill('*/10 7 * * 1-5');
    await announcements
      .getByText('A digest goes out at most once a day: give one minute and one hour.')
      .waitFor();
    await cron.fill('30 7 * * 1-5');
    const next = announcements.getByRole('list', { name: 'Next digests' });
    await expect.poll(() => next.getByRole('listitem').count()).toBe(3);
    expect(await next.getByRole('listitem').first().textContent()).toMatch(/at 07:30 AM$/);
    await expectAccessible(t, 'custom digest schedule');
    await saveScreenshot(page, 'settings-digest');
    await save.click();
    await expect.poll(() => save.isDisabled()).toBe(true);

    // What the API kept.
    const alex = await asPerson('alex.wilber', 'Alex Wilber', ['it']);
    const { body: kept } = await alex<TenantSettingsView>('/api/settings');
    const board = kept.boards.find((b) => b.isDefault);
    expect(board?.categories.map(({ name, retired }) => ({ name, retired }))).toEqual([
      { name: 'Remote work', retired: false },
      { name: 'Printers', retired: true },
    ]);
    expect(kept.itMembers.map((m) => m.userId)).toContain('patti.fernandez');
    expect(board?.digestSchedule).toBe('30 7 * * 1-5');
    expect(board?.timeZone).toBe('UTC');

    // Each change is in the audit log, newest first, and on the page.
    const { body: audit } = await alex<{ items: AuditEntryView[] }>('/api/audit?limit=20');
    const summaries = audit.items.map((entry) => entry.summary);
    expect(summaries).toEqual(
      expect.arrayContaining([
        'Added the category "Remote work" to "Ideas for IT"',
        'Added the category "Printers" to "Ideas for IT"',
        'Retired the category "Printers" on "Ideas for IT"',
        'Added Patti Fernandez to the IT members',
      ]),
    );
    const digestChanges = audit.items.filter((entry) => entry.summary.includes('digestSchedule'));
    expect(digestChanges.map((entry) => entry.after)).toEqual([
      // A new schedule is saved with the time zone it was read in on the page.
      { digestSchedule: '30 7 * * 1-5', timeZone: 'UTC' },
      { digestSchedule: '0 16 * * 5', timeZone: 'UTC' },
    ]);
    expect(audit.items.every((entry) => entry.by.name === 'Alex Wilber')).toBe(true);
    const history = settings.getByRole('list', { name: 'Changes, newest first' });
    await expect
      .poll(() => history.getByRole('listitem').first().textContent())
      .toContain(digestChanges[0]?.summary ?? 'a digest change');
    await history
      .getByRole('listitem')
      .first()
      .getByRole('button', { name: /^Show details/ })
      .click();
    await history.getByText('"30 7 * * 1-5"', { exact: false }).waitFor();
    await expectAccessible(t, 'change history with details');
    await history.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'settings-organisation');
    expect(t.errors).toEqual([]);
  });

  it('offers no settings to someone who is not an IT member, not even by URL', async () => {
    const t = await tab();
    const { page } = t;
    await signInAs(page, suite.stack.url, 'Megan Bowen');
    const pages = page.getByRole('tablist', { name: 'IdeaBar pages' });
    await pages.getByRole('tab', { name: 'Board' }).waitFor();
    await page.getByText('Signed in as Megan Bowen').waitFor();
    expect(await pages.getByRole('tab', { name: 'Settings' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /settings/i }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /settings/i }).count()).toBe(0);

    await page.goto(`${suite.stack.url}/?page=settings`);
    await page.getByText('Only IT members can change IdeaBar’s settings.').waitFor();
    expect(await page.getByRole('region', { name: 'Settings' }).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'New category' }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Settings' }).count()).toBe(0);
    await expectAccessible(t, 'settings refused');
    await saveScreenshot(page, 'settings-not-it');

    const megan = await asPerson('megan.bowen', 'Megan Bowen');
    expect((await megan('/api/settings')).status).toBe(403);
    expect((await megan('/api/audit')).status).toBe(403);
    expect(t.errors).toEqual([]);
  });
});
