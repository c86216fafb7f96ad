import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousA11yViolations } from '../support/axe';
import { openTabPage, signInAs, type TabPage } from '../support/browserPage';
import { launchChromium, type LaunchedChromium } from '../../support/chromium';
import { saveScreenshot } from '../support/screenshots';
import { buildTab, demoCaller, seedIdeas, startTabStack, type TabStack } from '../support/tabStack';

/**
 * The board's other states in headless Chromium against the real stack: empty, loading, failing, and a vote the API
 * refuses. Failures are made by intercepting the page's own requests; everything else is real.
 */
let stack: TabStack;
let chromium: LaunchedChromium;
let staticDir: string;
const open: TabPage[] = [];

beforeAll(async () => {
  staticDir = await buildTab(mkdtempSync(join(tmpdir(), 'ideabar-tab-')));
  [stack, chromium] = await Promise.all([
    startTabStack({ connectionString: inject('azuriteConnectionString'), staticDir }),
    launchChromium(),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.all(open.map((tab) => tab.close()));
  await chromium?.close();
  await stack?.close();
  if (staticDir) rmSync(staticDir, { recursive: true, force: true });
});

async function tab(): Promise<TabPage> {
  const opened = await openTabPage(chromium.browser);
  open.push(opened);
  return opened;
}

async function expectAccessible(t: TabPage, state: string): Promise<void> {
  const found = await seriousA11yViolations(t.page);
  await saveScreenshot(t.page, `state-${state.replaceAll(' ', '-')}`);
  expect(found, state).toEqual([]);
}

const ideasList = /\/api\/ideas(\?.*)?$/;

describe('the board’s states in Chromium', () => {
  it('invites the first idea on an empty board', async () => {
    const t = await tab();
    await signInAs(t.page, stack.url, 'Megan Bowen');
    await t.page.getByRole('heading', { name: 'No ideas here yet' }).waitFor();
    await t.page.getByRole('button', { name: 'Share the first idea' }).waitFor();
    await expectAccessible(t, 'empty board');
    expect(t.errors).toEqual([]);
  });

  it('shows skeleton rows while the ideas load', async () => {
    await seedIdeas(stack, demoCaller('Adele Vance'), [
      { title: 'Self-service VPN access', description: 'Request VPN without a ticket.' },
    ]);
    const t = await tab();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await t.page.route(ideasList, async (route) => {
      await held;
      await route.continue();
    });
    await signInAs(t.page, stack.url, 'Megan Bowen');
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
    await signInAs(t.page, stack.url, 'Megan Bowen');
    await t.page
      .getByText("Couldn't load the ideas: IdeaBar is busy right now. Try again in 5 seconds.")
      .waitFor();
    expect(await t.page.getByText('ETIMEDOUT').count()).toBe(0);
    await expectAccessible(t, 'load failed');
    failing = false;
    await t.page.getByRole('button', { name: 'Try again' }).click();
    await t.page.getByRole('article', { name: 'Self-service VPN access' }).waitFor();
  });

  it('rolls a refused vote back and says why', async () => {
    const t = await tab();
    await t.page.route(/\/vote$/, (route) =>
      route.fulfill({
        status: 409,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ error: { code: 'conflict', message: 'stale version' } }),
      }),
    );
    await signInAs(t.page, stack.url, 'Megan Bowen');
    const row = t.page.getByRole('article', { name: 'Self-service VPN access' });
    await row.getByRole('button', { name: 'Vote for Self-service VPN access, 0 votes' }).click();
    await t.page
      .getByText("Couldn't record your vote: it changed in the meantime. Reload and try again.")
      .first()
      .waitFor();
    await row
      .getByRole('button', { name: 'Vote for Self-service VPN access, 0 votes', pressed: false })
      .waitFor();
    await expectAccessible(t, 'vote refused');
  });
});
