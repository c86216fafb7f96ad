import type { RichTextBlock, Spacing, TextRun } from './adaptiveCard.js';

/**
 * What people typed, shown as typed. TextRuns are never read as markdown, so `[x](url)`, `**bold**` and `<at>`
 * stay text; control characters other than line breaks are dropped, as the domain never stores them anyway.
 */
export function plainRun(text: string, options: Omit<TextRun, 'type' | 'text'> = {}): TextRun {
  return { type: 'TextRun', text: withoutControlCharacters(text), ...options };
}

export function plainBlock(
  runs: TextRun[],
  options: { spacing?: Spacing; separator?: boolean } = {},
): RichTextBlock {
  return { type: 'RichTextBlock', inlines: runs, ...options };
}

/** Stands for the user's text inside a translated sentence, so the sentence can be cut around it. */
const PLACE = '\u0000';

/**
 * A translated sentence around what someone typed, as runs: the catalog's words (wherever the language puts the
 * text) and the typed text as a run of its own, styled apart and never read as markdown. `sentence` is given
 * a stand-in to place: `(title) => t('card.idea.mergedInto', { title })`.
 */
export function runsAround(
  sentence: (placeholder: string) => string,
  typed: string,
  style: Omit<TextRun, 'type' | 'text'> = {},
): TextRun[] {
  const [before = '', after = ''] = sentence(PLACE).split(PLACE);
  return [...(before ? [plainRun(before)] : []), plainRun(typed, style), ...(after ? [plainRun(after)] : [])];
}

/**
 * For the few places where user text must go through markdown (a TextBlock, a fact), every character markdown
 * or Teams would act on is escaped, so the text reads as typed and nothing becomes a link or a mention.
 */
export function escapeMarkdown(text: string): string {
  return withoutControlCharacters(text)
    .replace(/[\\`*_{}[\]()#+\-.!|>~]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/:\/\//g, ':\u200B//');
}

/** The start of a long text, cut at a word boundary where there is one near the limit. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const withoutControlCharacters = (text: string): string => text.replace(CONTROL, '');
