import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rememberPerson, type IdeaView } from '@ideabar/core';
import { signInAs, type TabPage } from '../support/browserPage';
import { saveScreenshot } from '../support/screenshots';
import { demoCaller, seedIdeas } from '../support/tabStack';
import { tabSuite, expectAccessible } from '../support/tabSuite';

/**
 * IT's triage in headless Chromium against the real stack (Azurite, the local host with the API, the tab built by
 * Vite): an IT member declines with a structured decision, the author appeals once, IT answers; and IT's
 * classification and partners reach the board. Every state with the triage panel open is checked with axe.
 */
let vpn: IdeaView;
let printers: IdeaView;
let wifi: IdeaView;
const suite = tabSuite({
  async seed(stack) {
    // Patti has opened IdeaBar before, so she is among the people IT can pick as a sponsor outside Teams.
    await rememberPerson(stack.host.services.ideabar, demoCaller('Patti Fernandez'));
    [vpn, printers, wifi] = (await seedIdeas(stack, demoCaller('Adele Vance'), [
      {
        title: 'Split-tunnel VPN for video calls',
        description: 'Calls stutter when all traffic goes through the VPN.',
        category: 'Remote work',
      },
      { title: 'Follow-me printing on every floor', description: 'Print once, collect anywhere.' },
      { title: 'Guest Wi-Fi in the meeting rooms', description: 'Visitors ask for it every day.' },
    ])) as [IdeaView, IdeaView, IdeaView];
  },
});

const tab = () => suite.tab({ width: 1280, height: 900 });

/** Waits for a toast. Fluent also reads its words out through a live region: the first of the two matches. */
const toast = (t: TabPage, text: string | RegExp) => t.page.getByText(text).first().waitFor();

/** Chromium logs each refused request itself ("status of 400"); the tab must log nothing of its own. */
const ownErrors = (t: TabPage) =>
  t.errors.filter((error) => !/the server responded with a status of (400|409)/.test(error));

/** Signs in as `name` once the board has loaded. */
async function signIn(t: TabPage, name: string): Promise<void> {
  await signInAs(t.page, suite.stack.url, name);
  await t.page.getByRole('feed', { name: 'Ideas' }).getByRole('article').first().waitFor();
}

/** Opens the idea in detail, as a shared ?idea= link does. */
async function openIdea(t: TabPage, idea: IdeaView): Promise<Locator> {
  await t.page.goto(`${suite.stack.url}/?idea=${idea.id}`);
  const dialog = t.page.getByRole('dialog', { name: `Idea: ${idea.title}` });
  await dialog.getByRole('heading', { name: 'Where it stands' }).waitFor();
  return dialog;
}

describe('IT’s triage in Chromium', () => {
  it('declines with a structured decision, takes the author’s one appeal, and answers it', async () => {
    // IT opens the idea: the triage section is theirs.
    const it = await tab();
    await signIn(it, 'Alex Wilber');
    let dialog = await openIdea(it, vpn);
    const triage = dialog.getByRole('region', { name: /^Triage/ });
    await triage.getByRole('radiogroup', { name: /Move to/ }).waitFor();
    await expectAccessible(it, 'open triage panel');
    await saveScreenshot(it.page, 'triage-panel');

    // Declined reveals the decision; sent without a path to yes, the API's message lands on that field.
    await triage.getByRole('radio', { name: 'Declined' }).check();
    const decision = triage.getByRole('group', { name: 'The decision' });
    await decision.getByRole('combobox', { name: /Constraint/ }).click();
    await it.page.getByRole('option', { name: 'Security' }).click();
    await decision
      .getByRole('textbox', { name: /Rule or policy/ })
      .fill('Security policy SEC-12: no split tunnels');
    await triage
      .getByRole('textbox', { name: /Public response/ })
      .fill('Not as asked: split tunnels bypass our traffic inspection.');
    await triage.getByRole('button', { name: 'Decline idea' }).click();
    const pathToYes = decision.getByRole('textbox', { name: /Path to yes/ });
    await decision.getByText(/^Enter a path to yes/).waitFor();
    await expect.poll(() => pathToYes.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => pathToYes.evaluate((box) => box === document.activeElement)).toBe(true);
    expect(
      await decision.getByRole('textbox', { name: /Rule or policy/ }).getAttribute('aria-invalid'),
    ).not.toBe('true');
    await expectAccessible(it, 'decline decision with a field error');
    await saveScreenshot(it.page, 'triage-decline-error');

    await pathToYes.fill('Use the Teams media bypass in the new ZTNA client, available to everyone today.');
    await triage.getByRole('button', { name: 'Decline idea' }).click();
    await toast(it, 'Idea declined. Its author sees what would get it to yes.');
    const yes = dialog.getByRole('region', { name: 'What would get this to yes' });
    await yes.getByText(/Teams media bypass/).waitFor();
    await dialog.getByText('New → Declined').waitFor();
    // The decision and the open panel read as well in Teams' dark and high-contrast themes.
    for (const [label, name] of [
      ['Dark', 'dark'],
      ['High contrast', 'contrast'],
    ] as const) {
      await it.page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await it.page.getByRole('button', { name: /^Theme:/ }).click();
      await it.page.getByRole('menuitemradio', { name: label }).click();
      await it.page.waitForFunction(
        (expected) => document.querySelector('[data-theme]')?.getAttribute('data-theme') === expected,
        name,
      );
      dialog = await openIdea(it, vpn);
      await dialog.getByRole('region', { name: 'What would get this to yes' }).waitFor();
      await expectAccessible(it, `declined idea with the triage panel, ${name} theme`);
      await saveScreenshot(it.page, `triage-declined-${name}`);
    }
    expect(ownErrors(it)).toEqual([]);

    // The author reads the decision as an enabler, and appeals it once.
    const author = await tab();
    await signIn(author, 'Adele Vance');
    dialog = await openIdea(author, vpn);
    await dialog
      .getByRole('region', { name: 'What would get this to yes' })
      .getByText(/Teams media bypass/)
      .waitFor();
    expect(await dialog.getByRole('region', { name: /^Triage/ }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Appeal this decision' }).click();
    const reason = dialog.getByRole('textbox', { name: /Why should IT look at this again/ });
    await expect.poll(() => reason.evaluate((box) => box === document.activeElement)).toBe(true);
    await expectAccessible(author, 'appeal form');
    await reason.fill('The ZTNA client does not run on the lab machines we present from.');
    await dialog.getByRole('button', { name: 'Send appeal' }).click();
    await toast(author, /^Your appeal is in/);
    await dialog.getByText(/waiting for IT’s answer/).waitFor();
    expect(await dialog.getByRole('button', { name: 'Appeal this decision' }).count()).toBe(0);
    await saveScreenshot(author.page, 'triage-appealed');
    expect(ownErrors(author)).toEqual([]);

    // IT sees the idea back under review, and answers the appeal with its next decision.
    await it.page.reload();
    dialog = it.page.getByRole('dialog', { name: `Idea: ${vpn.title}` });
    const answer = dialog.getByRole('form', { name: 'Answer the appeal' });
    await answer.waitFor();
    await dialog.getByText(/Declined → Under review \(the author’s appeal\)/).waitFor();
    await answer.getByRole('radio', { name: 'Planned' }).check();
    await answer
      .getByRole('textbox', { name: /Public response/ })
      .fill('Fair point: we will pilot a media bypass for the lab machines.');
    await expectAccessible(it, 'answering the appeal');
    await answer.getByRole('button', { name: 'Move to Planned' }).click();
    await toast(it, 'Appeal answered: the idea is planned.');
    await dialog.getByText(/IT answered on/).waitFor();
    expect(ownErrors(it)).toEqual([]);

    // The author sees the answer; the one appeal is spent.
    await author.page.reload();
    dialog = author.page.getByRole('dialog', { name: `Idea: ${vpn.title}` });
    const latest = dialog.getByRole('figure', { name: 'IT’s latest response' });
    await latest.getByText(/pilot a media bypass/).waitFor();
    expect(await dialog.getByRole('button', { name: 'Appeal this decision' }).count()).toBe(0);
    expect(await dialog.getByRole('region', { name: 'What would get this to yes' }).count()).toBe(0);
  }, 120_000);

  it('classifies and partners ideas: the rows show the partners, and the board sorts by IT priority', async () => {
    const t = await tab();
    await signIn(t, 'Nestor Wilke');
    for (const [idea, value, effort] of [
      [printers, '2', '4'],
      [wifi, '5', '1'],
    ] as const) {
      const dialog = await openIdea(t, idea);
      const triage = dialog.getByRole('region', { name: /^Triage/ });
      await triage.getByRole('button', { name: 'Classification and priority' }).click();
      const form = triage.getByRole('form', { name: 'Classification' });
      await form.getByRole('radio', { name: /^Non-core/ }).check();
      await form.getByRole('radio', { name: 'Buy', exact: true }).check();
      await form.getByRole('radiogroup', { name: /Value/ }).getByRole('radio', { name: value }).check();
      await form
        .getByRole('radiogroup', { name: /Effort/ })
        .getByRole('radio', { name: effort })
        .check();
      const priority = Number(value) * (6 - Number(effort));
      await form
        .getByRole('status')
        .filter({ hasText: `Priority: ${priority} of 25` })
        .waitFor();
      if (idea === wifi) {
        await expectAccessible(t, 'classification section open');
        await saveScreenshot(t.page, 'triage-classification');
      }
      await form.getByRole('button', { name: 'Save classification' }).click();
      await toast(t, `Classification saved: priority ${priority} of 25.`);
    }

    // Wi-Fi gets its partners, from the IT members the settings list.
    const dialog = t.page.getByRole('dialog', { name: `Idea: ${wifi.title}` });
    const triage = dialog.getByRole('region', { name: /^Triage/ });
    await triage.getByRole('button', { name: 'IT partner and sponsor' }).click();
    await triage.getByRole('combobox', { name: 'IT partner' }).click();
    await t.page.getByRole('option', { name: 'Alex Wilber' }).click();
    await triage.getByRole('combobox', { name: /Business sponsor/ }).fill('patti');
    await t.page.getByRole('option', { name: 'Patti Fernandez' }).click();
    await expectAccessible(t, 'partners section open');
    await triage.getByRole('button', { name: 'Save partners' }).click();
    await toast(t, /^Partners saved/);

    // The other sections, open, are as accessible: merge (with its candidates listed) and benefits.
    await triage.getByRole('button', { name: 'Merge into another idea' }).click();
    await triage.getByRole('combobox', { name: /Merge into/ }).click();
    await t.page.getByRole('listbox').waitFor();
    await expectAccessible(t, 'merge section open, candidates listed');
    await t.page.keyboard.press('Escape');
    await triage.getByRole('button', { name: 'Benefits' }).click();
    await triage.getByRole('combobox', { name: 'Expected benefit' }).waitFor();
    await expectAccessible(t, 'benefits section open');
    await t.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    const row = t.page.getByRole('article', { name: wifi.title });
    await row.getByText('IT partner: Alex Wilber').waitFor();
    await row.getByText('Sponsor: Patti Fernandez').waitFor();

    // Everyone can sort by IT's priority: classified ideas first, highest first.
    await t.page.getByRole('combobox', { name: 'Sort by' }).click();
    await t.page.getByRole('option', { name: 'IT priority' }).click();
    await expect.poll(() => new URL(t.page.url()).searchParams.get('sort')).toBe('priority');
    const feed = t.page.getByRole('feed', { name: 'Ideas' });
    await expect
      .poll(async () => (await feed.getByRole('link').allTextContents()).slice(0, 2))
      .toEqual([wifi.title, printers.title]);
    await expectAccessible(t, 'board sorted by priority');
    await saveScreenshot(t.page, 'triage-board-priority');
    expect(ownErrors(t)).toEqual([]);
  }, 120_000);
});
