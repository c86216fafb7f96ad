import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../support/axe';
import { signInAs, type TabPage } from '../support/browserPage';
import { saveScreenshot } from '../support/screenshots';
import { demoCaller, seedIdeas } from '../support/tabStack';
import { tabSuite } from '../support/tabSuite';

/**
 * The board's other states in headless Chromium against the real stack: empty, loading, failing, and a vote the API
 * refuses. Failures are made by intercepting the page's own requests; everything else is real.
 */
const suite = tabSuite();

const { tab } = suite;

async function expectAccessible(t: TabPage, state: string): Promise<void> {
  const found = await seriousA11yViolations(t.page);
  await saveScreenshot(t.page, `state-${state.replaceAll(' ', '-')}`);
  expect(found, state).toEqual([]);
}

const ideasList = /\/api\/ideas(\?.*)?$/;

describe('the board’s states in Chromium', () => {
  it('invites the first idea on an empty board', async () => {
    const t = await tab();
    await signInAs(t.page, suite.stack.url, 'Megan Bowen');
    await t.page.getByRole('heading', { name: 'No ideas here yet' }).waitFor();
    await t.page.getByRole('button', { name: 'Share the first idea' }).waitFor();
    await expectAccessible(t, 'empty board');
    expect(t.errors).toEqual([]);
  });

  it('shows skeleton rows while the ideas load', async () => {
    await seedIdeas(suite.stack, demoCaller('Adele Vance'), [
      { title: 'Self-service VPN access', description: 'Request VPN without a ticket.' },
    ]);
    const t = await tab();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await t.page.route(ideasList, async (route) => {
      await held;
      await route.continue();
    });
    await signInAs(t.page, suite.stack.url, 'Megan Bowen');
    await t.page.locator('[aria-label="Loading ideas"]').waitFor();
    expect(await t.page.locator('main').getAttribute('aria-busy')).toBe('true');
    await expectAccessible(t, 'loading');
    release();
    await t.page.getByRole('article', { name: 'Self-service VPN access' }).waitFor();
  });

  it('says what to do when the ideas cannot be loaded, then recovers', async () => {
    const t = await tab();
    let failing = true;
    await t.page.route(ideasList, (route) =>
      failing
        ? route.fulfill({
            status: 503,
            headers: { 'content-type': 'application/json', 'retry-after': '5' },
            body: JSON.stringify({
              error: { code: 'unavailable', message: 'Table storage timed out (ETIMEDOUT)' },
            }),
          })
        : route.continue(),
    );
    await signInAs(t.page, suite.stack.url, 'Megan Bowen');
    await t.page
      .getByText("Couldn't load the ideas. IdeaBar is busy right now. Try again in 5 seconds.")
      .waitFor();
    expect(await t.page.getByText('ETIMEDOUT').count()).toBe(0);
    await expectAccessible(t, 'load failed');
    failing = false;
    await t.page.getByRole('button', { name: 'Try again' }).click();
    await t.page.getByRole('article', { name: 'Self-service VPN access' }).waitFor();
  });

  it('rolls a refused vote back and says why, in the API’s own words', async () => {
    const t = await tab();
    await t.page.route(/\/vote$/, (route) =>
      route.fulfill({
        status: 409,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          error: { code: 'conflict', message: 'Voting on this idea closed when it was delivered.' },
        }),
      }),
    );
    await signInAs(t.page, suite.stack.url, 'Megan Bowen');
    const row = t.page.getByRole('article', { name: 'Self-service VPN access' });
    await row.getByRole('button', { name: 'Vote for Self-service VPN access, 1 vote' }).click();
    await t.page
      .getByText("Couldn't record your vote. Voting on this idea closed when it was delivered.")
      .first()
      .waitFor();
    await row
      .getByRole('button', { name: 'Vote for Self-service VPN access, 1 vote', pressed: false })
      .waitFor();
    await expectAccessible(t, 'vote refused');
  });
});
