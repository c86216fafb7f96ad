import { describe, expect, it } from 'vitest';
import { getIdea, listIdeas } from '../../../core/src/index.js';
import { PLAYGROUND_PERSON } from '../../../api/src/host/playground.js';
import { latestAnswer } from '../../../bot/src/turns/verbs/ideaViews.js';
import { saveScreenshot } from '../../tab/support/screenshots.js';
import { PLAYGROUND_CALLER, playgroundSuite } from '../support/playgroundSuite.js';

/**
 * The Playground as the demo, end to end: Microsoft 365 Agents Playground (npm, offline) in headless Chromium,
 * signed in as the demo person of the demo tenant, against the local host on Azurite with the demo board seeded as
 * `npm start` seeds it. A person who has never typed a command goes from the welcome card's buttons to voting on
 * the top ideas and seeing where their own ideas stand.
 */
describe('the demo in Microsoft 365 Agents Playground', () => {
  const suite = playgroundSuite({ demo: true });
  const megan = PLAYGROUND_CALLER;
  const lastCard = () => suite.page.locator('.ac-adaptiveCard').last();

  async function say(text: string): Promise<void> {
    await suite.page.locator('[data-lexical-editor="true"]').click();
    await suite.page.keyboard.type(text);
    await suite.page.keyboard.press('Enter');
  }

  it('welcome buttons → the demo board’s top open ideas → vote from the list → counted for the demo person', async (context) => {
    context.onTestFailed(async () => {
      await suite.page
        .screenshot({ path: 'test-results/demo-playground-failure.png' })
        .catch(() => undefined);
    });
    const { ideabar } = suite.api.host.services;
    await suite.page.goto(suite.playground.url);
    await expect.poll(() => lastCard().innerText(), { timeout: 20_000 }).toContain('Welcome to IdeaBar');
    // The Playground speaks as the demo person, to a bot named IdeaBar.
    expect(await suite.page.getByText(PLAYGROUND_PERSON.name).count()).toBeGreaterThan(0);
    expect(await suite.page.getByText('Test Bot').count()).toBe(0);
    const welcome = lastCard();
    for (const name of ['Share an idea', 'Top ideas', 'My ideas']) {
      await expect.poll(() => welcome.getByRole('button', { name }).count()).toBe(1);
    }
    // The board opens in the tab, on the demo board.
    // (The Playground renders Action.OpenUrl as a button with the link role, its address in the title.)
    const board = await welcome.getByRole('link', { name: 'Open the board' }).getAttribute('title');
    expect(new URL(board!).searchParams.get('boardId')).toBe('default');

    // What the demo person should see: the demo board's open ideas by votes, as the tab lists them.
    const expected = await listIdeas(ideabar, megan, { sort: 'top', status: 'open', limit: 5 });
    expect(expected.total).toBeGreaterThan(5);
    await welcome.getByRole('button', { name: 'Top ideas' }).click();
    await expect.poll(() => lastCard().innerText(), { timeout: 10_000 }).toContain('Top open ideas');
    const list = await lastCard().innerText();
    for (const idea of expected.items) expect(list).toContain(idea.title);
    expect(list).toContain(`…and ${expected.total - 5} more open ideas on the board.`);
    expect(list).not.toContain('Delivered ·');
    // Each row links to its idea in the tab, on the board it is on.
    const firstLink = await lastCard()
      .getByRole('link', { name: 'Open', exact: true })
      .first()
      .getAttribute('href');
    expect(new URL(firstLink!).searchParams.get('idea')).toBe(expected.items[0]!.id);

    const unvoted = expected.items.find((idea) => !idea.myVote);
    expect(unvoted, 'the demo person has not voted for every top idea').toBeDefined();
    await lastCard().getByRole('button', { name: 'Vote', exact: true }).first().click();
    await expect.poll(() => lastCard().innerText(), { timeout: 10_000 }).toContain('Your vote is in.');
    const after = await getIdea(ideabar, megan, unvoted!.id);
    expect(after.myVote).toBe(true);
    expect(after.votes).toBe(unvoted!.votes + 1);
    expect(await lastCard().innerText()).toContain(`${after.votes} votes · ✓ you voted`);
    // The README's picture of the bot in a Teams client: the whole list, so the page is made tall enough for it.
    await suite.page.setViewportSize({ width: 1300, height: 1400 });
    await lastCard().getByText('Top open ideas').scrollIntoViewIfNeeded();
    await saveScreenshot(suite.page, 'bot-playground-top', { docsName: 'playground-card' });
    await suite.page.setViewportSize({ width: 1300, height: 1000 });
  }, 120_000);

  it('my ideas: the demo person’s ideas with each one’s status and IT’s latest answer', async () => {
    const { ideabar } = suite.api.host.services;
    const mine = await listIdeas(ideabar, megan, { mine: 'true', sort: 'new', limit: 5 });
    expect(mine.items.length).toBeGreaterThan(0);
    await say('my ideas');
    await expect.poll(() => lastCard().innerText(), { timeout: 10_000 }).toContain('Your ideas');
    const card = await lastCard().innerText();
    for (const idea of mine.items) expect(card).toContain(idea.title);
    // Each idea with the latest public word on it, as the bot reads it, or that IT has not answered yet.
    const details = await Promise.all(mine.items.map((idea) => getIdea(ideabar, megan, idea.id)));
    const answers = details.map(latestAnswer);
    expect(answers.some(Boolean), 'IT has answered some of the demo person’s ideas').toBe(true);
    for (const answer of answers) {
      expect(card).toContain(
        answer
          ? `${answer.kind === 'appeal' ? 'You appealed' : answer.by.name}: ${answer.response.slice(0, 40)}`
          : 'No answer from IT yet.',
      );
    }

    await say('help');
    await expect.poll(() => lastCard().innerText(), { timeout: 10_000 }).toContain('Here is what I can do');
    const help = await lastCard().innerText();
    expect(help).toContain('my ideas');
    // A personal chat is not a team's channel: the digest command is not offered here.
    expect(help).not.toContain('digest');
  }, 60_000);
});
