import { describe, expect, it } from 'vitest';
import { assignToCycle, castVote, openCycle, type IdeaView } from '@ideabar/core';
import { signInAs } from '../support/browserPage';
import { saveScreenshot } from '../support/screenshots';
import { demoCaller, seedIdeas } from '../support/tabStack';
import { expectAccessible, tabSuite } from '../support/tabSuite';

/**
 * A meeting's side panel in headless Chromium against the real stack (Azurite, the local host, the tab built by
 * Vite), 320 px wide as Teams gives it. Outside Teams `/meeting` shows what the side panel's frame context shows:
 * the board's current cycle and its shortlist. Someone in the meeting votes from the panel, someone else votes from
 * their own, and the first panel ranks the shortlist again without a reload.
 */
const DAY = 86_400_000;
let ideas: IdeaView[];

const suite = tabSuite({
  async seed(stack) {
    const { ideabar } = stack.host.services;
    const it = demoCaller('Alex Wilber');
    // As signing in as an IT member of the demo people does (POST /api/dev/token).
    await ideabar.itDirectory.addItMember(it);
    ideas = await seedIdeas(stack, demoCaller('Adele Vance'), [
      { title: 'Self-service VPN access', description: 'Request VPN access without a ticket.' },
      { title: 'Dark mode for the intranet', description: 'Easier on the eyes in the evening.' },
      { title: 'Standing desks on every floor', description: 'Fewer back complaints.' },
    ]);
    const now = Date.now();
    const cycle = await openCycle(ideabar, it, {
      name: 'FY27 Q1 planning',
      submissionOpensAt: new Date(now - DAY).toISOString(),
      submissionClosesAt: new Date(now + 7 * DAY).toISOString(),
      votingClosesAt: new Date(now + 14 * DAY).toISOString(),
      shortlistSize: 3,
    });
    for (const idea of ideas) await assignToCycle(ideabar, it, idea.id, { cycleId: cycle.id });
    // With their author's own votes, dark mode leads with three, VPN access has two, standing desks one.
    const [vpn, dark] = ideas as [IdeaView, IdeaView, IdeaView];
    await castVote(ideabar, demoCaller('Lee Gu'), dark.id);
    await castVote(ideabar, demoCaller('Lynne Robbins'), dark.id);
    await castVote(ideabar, demoCaller('Lee Gu'), vpn.id);
  },
});

describe('the meeting side panel in Chromium', () => {
  it('ranks the shortlist live as people in the meeting vote', { timeout: 90_000 }, async () => {
    const megan = await suite.tab({ width: 320, height: 720 });
    await signInAs(megan.page, suite.stack.url, 'Megan Bowen');
    await megan.page.goto(`${suite.stack.url}/meeting?boardId=default`);
    const shortlist = megan.page.getByRole('list', { name: /Shortlist of FY27 Q1 planning/ });
    const ranked = () => shortlist.getByRole('listitem').getByRole('link').allTextContents();
    await shortlist.getByRole('listitem').first().waitFor();
    expect(await ranked()).toEqual([
      'Dark mode for the intranet',
      'Self-service VPN access',
      'Standing desks on every floor',
    ]);
    await megan.page.getByText('Taking ideas').waitFor();
    // Nothing scrolls sideways in the side panel's width.
    expect(await megan.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectAccessible(megan, 'meeting side panel');
    await saveScreenshot(megan.page, 'meeting-side-panel');

    await megan.page.getByText(/^Submissions close in 7 days/).waitFor();
    await megan.page.getByText('3 ideas take part; the top 3 go to IT review.').waitFor();

    // Megan votes from the panel, and sees her vote counted at once.
    await megan.page.getByRole('button', { name: 'Vote for Standing desks on every floor, 1 vote' }).click();
    await megan.page
      .getByRole('button', { name: 'Vote for Standing desks on every floor, 2 votes' })
      .and(megan.page.locator('[aria-pressed="true"]'))
      .waitFor();

    // Nestor, in the same meeting, votes from his own panel: standing desks now have three, as many as dark mode.
    const nestor = await suite.tab({ width: 320, height: 720 });
    await signInAs(nestor.page, suite.stack.url, 'Nestor Wilke');
    await nestor.page.goto(`${suite.stack.url}/meeting?boardId=default`);
    await nestor.page
      .getByRole('button', { name: 'Vote for Standing desks on every floor, 2 votes' })
      .click();
    await nestor.page
      .getByRole('button', { name: 'Vote for Standing desks on every floor, 3 votes' })
      .waitFor();
    // And Patti's vote, from the board, puts them first.
    await castVote(suite.stack.host.services.ideabar, demoCaller('Patti Fernandez'), ideas[2]!.id);

    // Megan's panel, left open, ranks them first at its next refresh, without a reload.
    await expect
      .poll(ranked, { timeout: 45_000, interval: 500 })
      .toEqual(['Standing desks on every floor', 'Dark mode for the intranet', 'Self-service VPN access']);
    await megan.page
      .getByRole('button', { name: 'Vote for Standing desks on every floor, 4 votes' })
      .waitFor();
    expect(megan.errors).toEqual([]);
    expect(nestor.errors).toEqual([]);
  });
});
