import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../../tab/support/screenshots.js';
import { playgroundSuite } from '../support/playgroundSuite.js';

/**
 * End to end in Microsoft 365 Agents Playground (npm, offline) driven by playwright-core in headless Chromium from
 * npm, against the local host on Azurite: the Playground posts real Teams activities to /api/messages, renders the
 * bot's Adaptive Cards and sends `adaptiveCard/action` invokes when a button is clicked.
 */
describe('the bot in Microsoft 365 Agents Playground', () => {
  const suite = playgroundSuite();

  const chat = () => suite.page.locator('main, [role="main"], body').first();
  const lastCard = () => suite.page.locator('.ac-adaptiveCard').last();

  it('install → welcome; new idea → submit → idea card; vote → count 1; again → withdrawn', async (context) => {
    context.onTestFailed(async () => {
      await suite.page.screenshot({ path: 'test-results/bot-playground-failure.png' }).catch(() => undefined);
    });
    await suite.page.goto(suite.playground.url);
    // Opening the Playground installs the app in its personal chat.
    await expect.poll(() => chat().innerText(), { timeout: 20_000 }).toContain('Welcome to IdeaBar');
    expect(await suite.page.getByText('Welcome to IdeaBar').count()).toBe(1);

    // The compose box is a rich-text editor (contenteditable), typed into like a person would.
    await suite.page.locator('[data-lexical-editor="true"]').click();
    await suite.page.keyboard.type('new idea');
    await suite.page.keyboard.press('Enter');
    const form = lastCard();
    await expect.poll(() => form.innerText(), { timeout: 10_000 }).toContain('Share an idea with IT');
    await form.getByLabel('Title').fill('Self-service VPN reset');
    await form
      .getByLabel('Description')
      .fill('Let people reset their **own** VPN token [here](https://x.example).');
    await form.getByRole('button', { name: 'Submit idea' }).click();

    await expect
      .poll(() => lastCard().innerText(), { timeout: 10_000 })
      .toContain('Your idea is on the board');
    const ideaText = await lastCard().innerText();
    expect(ideaText).toContain('Self-service VPN reset');
    // A new idea comes with its author's vote: they withdraw it, then vote again from the card.
    expect(ideaText).toContain('1 vote');
    await lastCard().getByRole('button', { name: 'Withdraw my vote' }).click();
    await expect.poll(() => lastCard().innerText(), { timeout: 10_000 }).toContain('0 votes');
    // Typed markdown shows as typed: no bold, no link.
    expect(ideaText).toContain('**own**');
    expect(await lastCard().locator('a[href="https://x.example"]').count()).toBe(0);

    await lastCard().getByRole('button', { name: 'Vote', exact: true }).click();
    await expect.poll(() => lastCard().innerText(), { timeout: 10_000 }).toContain('You voted for this idea');
    expect(await lastCard().innerText()).toContain('1 vote');
    // Nothing edits the clicker's own view afterwards (a shared-card edit once did, in a personal chat).
    await suite.page.waitForTimeout(1_500);
    expect(await lastCard().innerText()).toContain('You voted for this idea');
    await saveScreenshot(suite.page, 'bot-playground-card');

    await lastCard().getByRole('button', { name: 'Withdraw my vote' }).click();
    await expect.poll(() => lastCard().innerText(), { timeout: 10_000 }).toContain('Your vote was withdrawn');
    const withdrawn = await lastCard().innerText();
    expect(withdrawn).toContain('0 votes');
    expect(withdrawn).not.toContain('You voted for this idea');
    await suite.page.screenshot({ path: 'test-results/bot-playground.png' });
  }, 120_000);
});
