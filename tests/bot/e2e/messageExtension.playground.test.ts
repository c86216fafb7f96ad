import { describe, expect, it } from 'vitest';
import { getIdea, listIdeas } from '../../../core/src/index.js';
import {} from '../../../api/src/host/playground.js';
import { saveScreenshot } from '../../tab/support/screenshots.js';
import { PLAYGROUND_CALLER, playgroundSuite } from '../support/playgroundSuite.js';

/**
 * The message extension end to end in Microsoft 365 Agents Playground (npm, offline), which has a compose box
 * search and a link unfurling dialog of its own: it posts real `composeExtension/query` and
 * `composeExtension/queryLink` invokes to the local host on Azurite, lists the results' preview rows, inserts the
 * picked card into the compose box and sends it, and its Vote then reaches the bot as any card action does. (The
 * Playground reads no manifest, so the command id and parameter name are typed into its search options.) A link
 * that unfurls to nothing is held by tests/bot/endpoint.azurite.test.ts instead: the Playground's unfurling dialog
 * (0.2.28) renders the first result without checking there is one, and its page goes blank.
 */
describe('searching and sharing ideas in Microsoft 365 Agents Playground', () => {
  const suite = playgroundSuite({ demo: true });
  const megan = PLAYGROUND_CALLER;
  const page = () => suite.page;
  const lastCard = () => page().locator('.ac-adaptiveCard').last();

  async function openExtension(command: 'Search Command' | 'Link Unfurling'): Promise<void> {
    await page().getByRole('button', { name: 'Trigger Message Extension App' }).click();
    await page().getByRole('menuitem', { name: command }).click();
  }

  it('search from the compose box → pick an idea → its card in the chat → Vote counts', async (context) => {
    context.onTestFailed(async () => {
      await page()
        .screenshot({ path: 'test-results/msgext-playground-failure.png' })
        .catch(() => undefined);
    });
    const { ideabar } = suite.api.host.services;
    await page().goto(suite.playground.url);
    await expect.poll(() => lastCard().innerText(), { timeout: 20_000 }).toContain('Welcome to IdeaBar');

    // An open idea of the demo board that the demo person has not voted for, found by a word of its title.
    const open = await listIdeas(ideabar, megan, { status: 'open', sort: 'top', limit: 100 });
    const target = open.items.find((idea) => !idea.myVote && idea.title.split(' ').some((w) => w.length > 6));
    expect(target, 'an open demo idea the demo person has not voted for').toBeDefined();
    const word = target!.title
      .split(' ')
      .find((w) => w.length > 6)!
      .replace(/[^\p{L}\p{N}-]/gu, '');
    const expected = await listIdeas(ideabar, megan, { q: word, sort: 'top', limit: 25 });

    await openExtension('Search Command');
    await page().getByText('Specify Command ID or Parameter').click();
    await page().getByPlaceholder('Command ID').fill('searchIdeas');
    await page().getByPlaceholder('Parameter name').fill('query');
    await page().getByPlaceholder('Enter a search term').fill(word);
    // Each result is a compact row: the idea's title, its status and votes.
    const row = page().getByText(target!.title, { exact: true });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    for (const idea of expected.items) {
      expect(await page().getByText(idea.title, { exact: true }).count()).toBeGreaterThan(0);
    }
    await saveScreenshot(page(), 'bot-playground-search');
    await row.first().click();

    // The picked idea goes into the compose box as its full card, and out with the message.
    await page().getByRole('button', { name: 'Send Message' }).click();
    const shared = page().locator('.ac-adaptiveCard', { hasText: target!.title }).last();
    await expect.poll(() => shared.count(), { timeout: 10_000 }).toBe(1);
    expect(await shared.innerText()).toContain(`${target!.votes} votes`);
    // Sharing a card is not a command: the bot does not answer it as one it did not understand.
    await page().waitForTimeout(1_500);
    expect(await page().getByText('I didn’t understand').count()).toBe(0);
    await shared.getByRole('button', { name: 'Vote', exact: true }).click();
    await expect
      .poll(() => page().getByText('You voted for this idea').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    const after = await getIdea(ideabar, megan, target!.id);
    expect(after.myVote).toBe(true);
    expect(after.votes).toBe(target!.votes + 1);
  }, 120_000);

  it('a pasted IdeaBar link unfurls into the idea’s card, sent with its Vote', async () => {
    const { ideabar, bot } = suite.api.host.services;
    if (!page().url().startsWith('http')) await page().goto(suite.playground.url);
    const [idea] = (await listIdeas(ideabar, megan, { status: 'open', sort: 'top', limit: 1 })).items;
    const link = new URL(bot.services.settings.tabUrl);
    link.searchParams.set('idea', idea!.id);

    await openExtension('Link Unfurling');
    const dialog = page().getByRole('dialog');
    const address = page().getByLabel('Enter an URL');
    await address.fill(link.toString());
    await expect
      .poll(
        () =>
          dialog
            .locator('.ac-adaptiveCard')
            .first()
            .innerText()
            .catch(() => ''),
        { timeout: 15_000 },
      )
      .toContain(idea!.title);
    await saveScreenshot(page(), 'bot-playground-unfurl');
    await address.press('Enter');
    // The dialog's own preview matches too until the sent card shows: wait for the chat's card to carry its Vote.
    const shared = page().locator('.ac-adaptiveCard', { hasText: idea!.title });
    await expect
      .poll(
        () =>
          shared
            .last()
            .getByRole('button', { name: /^(Vote|Withdraw my vote)$/ })
            .count()
            .catch(() => 0),
        { timeout: 10_000 },
      )
      .toBe(1);
  }, 90_000);
});
