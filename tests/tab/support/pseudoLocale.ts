import { PSEUDO_CLOSE, PSEUDO_OPEN } from '@ideabar/core';

/** The attributes people meet as text: screen readers read them, browsers show them as hints. */
const TEXT_ATTRIBUTES = ['aria-label', 'aria-description', 'placeholder', 'title', 'alt', 'aria-valuetext'];

const CATALOG_TEXT = new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'gu');

/** What is left of a text once every catalog message (bracketed by the pseudo-locale) and the test's data are out. */
function leftOver(text: string, data: readonly string[]): string {
  let rest = text;
  // A message can hold another as an argument ("⟦Ţĥéɱé: ⟦Ļîĝĥţ⟧⟧"): take the innermost out until none is left.
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(CATALOG_TEXT, ' ');
  }
  for (const value of [...data].sort((a, b) => b.length - a.length)) rest = rest.split(value).join(' ');
  return /\p{L}/u.test(rest) ? rest.trim() : '';
}

/**
 * Every text under `root` (text nodes and the attributes people meet) that did not come from the catalog, rendered
 * in the pseudo-locale. `data` is what people typed or the API sent (titles, names), which is shown as it is.
 * Elements matching `skip` belong to surfaces not translated yet.
 */
export function textOutsideCatalog(
  root: Element,
  { data = [], skip }: { data?: readonly string[]; skip?: string } = {},
): string[] {
  const found: string[] = [];
  const skipped = (element: Element | null) => Boolean(skip && element?.closest(skip));
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (!parent || skipped(parent) || parent.closest('style, script')) continue;
      const rest = leftOver(node.textContent ?? '', data);
      if (rest) found.push(rest);
    } else if (node instanceof Element && !skipped(node)) {
      for (const name of TEXT_ATTRIBUTES) {
        const value = node.getAttribute(name);
        const rest = value ? leftOver(value, data) : '';
        if (rest) found.push(`${name}="${rest}"`);
      }
    }
  }
  return found;
}
