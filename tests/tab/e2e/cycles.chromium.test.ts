import { describe, expect, it } from 'vitest';
import type { IdeaView } from '@ideabar/core';
import { signInAs, type TabPage } from '../support/browserPage';
import { saveScreenshot } from '../support/screenshots';
import { demoCaller, seedIdeas } from '../support/tabStack';
import { expectAccessible, tabSuite } from '../support/tabSuite';

/**
 * Planning cycles in headless Chromium against the real stack (Azurite, the local host with the API, the tab built
 * by Vite): an IT member opens a cycle from the roadmap, is told clearly when a second one overlaps it, and adds an
 * idea to the cycle from its triage panel. The open dialog, with and without a refusal, is checked with axe.
 */
let vpn: IdeaView;
const suite = tabSuite({
  async seed(stack) {
    [vpn] = (await seedIdeas(stack, demoCaller('Adele Vance'), [
      {
        title: 'Split-tunnel VPN for video calls',
        description: 'Calls stutter when all traffic goes through the VPN.',
      },
    ])) as [IdeaView];
  },
});

/** Waits for a toast. Fluent also reads its words out through a live region: the first of the two matches. */
const toast = (t: TabPage, text: string | RegExp) => t.page.getByText(text).first().waitFor();

/** Chromium logs each refused request itself ("status of 409"); the tab must log nothing of its own. */
const ownErrors = (t: TabPage) =>
  t.errors.filter((error) => !/the server responded with a status of (400|409)/.test(error));

describe('planning cycles in Chromium', () => {
  it('IT opens a cycle from the roadmap and adds an idea to it', async () => {
    const it = await suite.tab({ width: 1280, height: 900 });
    await signInAs(it.page, suite.stack.url, 'Alex Wilber');
    await it.page.getByRole('feed', { name: 'Ideas' }).getByRole('article').first().waitFor();
    await it.page.goto(`${suite.stack.url}/?page=roadmap`);

    // The roadmap's one board is the board a cycle opens on.
    const opener = it.page.getByRole('button', { name: 'Open a planning cycle' });
    await opener.click();
    let dialog = it.page.getByRole('dialog', { name: 'Open a planning cycle' });
    await dialog.getByText(/Dates are in your time zone \(UTC\)/).waitFor();
    const name = dialog.getByRole('textbox', { name: /^Name/ });
    await expect.poll(() => name.evaluate((box) => box === document.activeElement)).toBe(true);
    await expectAccessible(it, 'open-cycle dialog');
    await saveScreenshot(it.page, 'cycle-open-dialog');

    await name.fill('FY27 Q1 planning');
    const opens = await dialog.getByLabel(/^Submissions open/).inputValue();
    await dialog.getByRole('button', { name: 'Open cycle' }).click();
    await toast(it, '“FY27 Q1 planning” is open. Its lane is on the roadmap.');
    await dialog.waitFor({ state: 'hidden' });
    const lane = it.page.getByRole('region', { name: 'FY27 Q1 planning' });
    await lane.getByText('Taking ideas').waitFor();
    await expect.poll(() => opener.evaluate((button) => button === document.activeElement)).toBe(true);

    // A second cycle taking ideas at the same time is refused, and the dialog says which one it overlaps.
    await opener.click();
    dialog = it.page.getByRole('dialog', { name: 'Open a planning cycle' });
    await dialog.getByRole('textbox', { name: /^Name/ }).fill('Overlapping planning');
    const submissionOpens = dialog.getByLabel(/^Submissions open/);
    await submissionOpens.fill(opens);
    await dialog.getByRole('button', { name: 'Open cycle' }).click();
    await dialog.getByText(/overlaps that of “FY27 Q1 planning”/).waitFor();
    await expect.poll(() => submissionOpens.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => submissionOpens.evaluate((box) => box === document.activeElement)).toBe(true);
    await expectAccessible(it, 'open-cycle dialog refused for an overlap');
    await saveScreenshot(it.page, 'cycle-open-overlap');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // IT adds the idea to the cycle from its triage panel; everyone then reads it in "Where it stands".
    await it.page.goto(`${suite.stack.url}/?idea=${vpn.id}`);
    const detail = it.page.getByRole('dialog', { name: `Idea: ${vpn.title}` });
    const triage = detail.getByRole('region', { name: /^Triage/ });
    await triage.getByRole('button', { name: 'Planning cycle' }).click();
    const cycle = triage.getByRole('combobox', { name: /Planning cycle/ });
    await triage.getByText(/The board’s cycles that have not closed/).waitFor();
    await cycle.click();
    await it.page.getByRole('option', { name: 'FY27 Q1 planning' }).click();
    await expectAccessible(it, 'triage panel with the planning cycle section open');
    await triage.getByRole('button', { name: 'Save cycle' }).click();
    await toast(it, 'Added to “FY27 Q1 planning”.');
    const standing = detail.getByRole('region', { name: 'Where it stands' });
    await standing.getByText('FY27 Q1 planning (taking ideas)').waitFor();
    await saveScreenshot(it.page, 'cycle-idea-assigned');
    expect(ownErrors(it)).toEqual([]);

    const author = await suite.tab();
    await signInAs(author.page, suite.stack.url, 'Adele Vance');
    await author.page.goto(`${suite.stack.url}/?idea=${vpn.id}`);
    await author.page
      .getByRole('dialog', { name: `Idea: ${vpn.title}` })
      .getByRole('region', { name: 'Where it stands' })
      .getByText('FY27 Q1 planning (taking ideas)')
      .waitFor();
    expect(ownErrors(author)).toEqual([]);
  });
});
