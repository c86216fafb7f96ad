import { addComment, type IdeaView } from '@ideabar/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAs, type TabPage } from '../support/browserPage';
import { saveScreenshot } from '../support/screenshots';
import { demoCaller, seedIdeas } from '../support/tabStack';
import { tabSuite } from '../support/tabSuite';

/**
 * People's text is shown as text: an XSS corpus in titles, descriptions, categories, tags and comments, rendered by
 * the real tab in headless Chromium. Nothing may run, and nothing may become a live link.
 */
const CORPUS = [
  '<script>window.__xss = "script"</script>',
  '<img src=x onerror="window.__xss = \'img\'">',
  '<svg onload="window.__xss = \'svg\'"></svg>',
  '"><iframe src="javascript:window.__xss=\'iframe\'"></iframe>',
  'javascript:window.__xss = "bare"',
  '[click me](javascript:window.__xss="md")',
  '[our docs](https://evil.example/phish)',
  '<a href="javascript:window.__xss=\'a\'">open</a>',
  '<style>body { display: none }</style>',
  '{{constructor.constructor("window.__xss = \'template\'")()}}',
  '<details open ontoggle="window.__xss=\'details\'">',
] as const;

let ideas: IdeaView[];
let tab: TabPage;
const dialogs: string[] = [];
const suite = tabSuite({
  async seed(stack) {
    const mallory = demoCaller('<img src=x onerror="window.__xss=\'name\'">', 'mallory');
    ideas = await seedIdeas(
      stack,
      mallory,
      CORPUS.map((text, n) => ({
        title: `${n} ${text}`.slice(0, 120),
        description: `${text}\n\nSee https://evil.example and ${text}`,
        category: text.slice(0, 60),
        tags: [text.slice(0, 30), `<b>${n}</b>`],
      })),
      4,
    );
    for (const [n, idea] of ideas.entries()) {
      await addComment(stack.host.services.ideabar, mallory, idea.id, {
        text: `${CORPUS[n]} ${CORPUS.at(-1 - n)}`,
      });
    }
  },
});

beforeAll(async () => {
  tab = await suite.tab();
  tab.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

/** What the page holds that people's text must never produce. */
const injected = () =>
  tab.page.evaluate(() => {
    const root = document.getElementById('root')?.parentElement ?? document.body;
    const links = [...root.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href);
    return {
      xss: (window as { __xss?: string }).__xss ?? null,
      foreignLinks: links.filter((href) => !href.startsWith(window.location.origin)),
      elements: [
        ...root.querySelectorAll(
          'img, iframe, script, style:not([data-make-styles-bucket]), details, object, embed',
        ),
      ]
        .filter((element) => !element.closest('head'))
        .map((element) => element.outerHTML.slice(0, 80)),
      svgsNotIcons: [...root.querySelectorAll('svg')].filter((svg) => !svg.hasAttribute('data-fui-icon'))
        .length,
      bodyVisible: getComputedStyle(document.body).display !== 'none',
    };
  });

describe('an XSS corpus in what people typed', () => {
  it('shows on the board as text, runs nothing and links nowhere', async () => {
    await signInAs(tab.page, suite.stack.url, 'Megan Bowen');
    const feed = tab.page.getByRole('feed');
    await feed.getByRole('article').first().waitFor();
    // Every title is there, character for character.
    for (const idea of ideas.slice(0, 6)) {
      await feed.getByRole('link', { name: idea.title, exact: true }).waitFor();
    }
    await saveScreenshot(tab.page, 'xss-board');
    expect(await injected()).toEqual({
      xss: null,
      foreignLinks: [],
      elements: [],
      svgsNotIcons: 0,
      bodyVisible: true,
    });
    expect(dialogs).toEqual([]);
  });

  it('shows in every idea’s detail and comments as text, runs nothing and links nowhere', async () => {
    for (const [n, idea] of ideas.entries()) {
      await tab.page.goto(`${suite.stack.url}/?idea=${idea.id}`);
      const dialog = tab.page.getByRole('dialog');
      await dialog.getByText(`${CORPUS[n]} ${CORPUS.at(-1 - n)}`, { exact: true }).waitFor();
      const description = await dialog.locator('p').first().textContent();
      expect(description).toBe(`${CORPUS[n]}\n\nSee https://evil.example and ${CORPUS[n]}`);
      expect(await injected(), `idea ${n}`).toEqual({
        xss: null,
        foreignLinks: [],
        elements: [],
        svgsNotIcons: 0,
        bodyVisible: true,
      });
      if (n === 1) await saveScreenshot(tab.page, 'xss-detail');
    }
    expect(dialogs).toEqual([]);
    expect(tab.errors).toEqual([]);
  });
});
