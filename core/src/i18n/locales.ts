/** The languages IdeaBar speaks, each with a message catalog in `messages/`. English is the source of every text. */
export const LOCALES = ['en', 'de', 'fr', 'es', 'ja', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/**
 * Windows' pseudo-locale: every catalog text accented and bracketed, so a test (or a person) sees at a glance any
 * text that bypasses the catalog. Never negotiated from a client's tag; only asked for by name.
 */
export const PSEUDO_LOCALE = 'qps-ploc';

/** A language IdeaBar can show: one of its catalogs, or the pseudo-locale. */
export type DisplayLocale = Locale | typeof PSEUDO_LOCALE;

/** The locale every format falls back to when the browser's or Teams' own tag is not one Intl accepts. */
export const FALLBACK_FORMAT_LOCALE = 'en-US';

const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur']);

/**
 * A locale tag Intl accepts. Browsers on a POSIX-locale desktop report tags such as `en-US@posix` or `C`, which
 * every Intl constructor rejects with a RangeError; formats then use the nearest tag that works (the part before
 * `@` or `.`), or en-US, so no tag can blank a page or fail a card.
 */
export function safeLocale(tag: string | undefined | null): string {
  for (const candidate of [tag, tag?.split(/[@.]/)[0]?.replace(/_/g, '-')]) {
    // "C" and "POSIX" are POSIX's names for no locale at all, though "posix" reads as a well-formed language.
    if (!candidate || /^(c|posix)$/i.test(candidate)) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(candidate);
      if (!canonical) continue;
      // A formatter is built once to prove it: a well-formed tag can still be one a formatter refuses.
      new Intl.NumberFormat(canonical);
      return canonical;
    } catch {
      // Not a tag Intl takes: try the next candidate.
    }
  }
  return FALLBACK_FORMAT_LOCALE;
}

/**
 * The catalog for a client's tag, by its language alone: Teams says `en-us`, `ar-sa`, `ja-jp`, `fr-ca`, browsers
 * `de-DE` or `de`. A language without a catalog, and a tag that is no tag, get English. The pseudo-locale is
 * answered only when asked for exactly.
 */
export function negotiateLocale(tag: string | undefined | null): DisplayLocale {
  if (tag?.toLowerCase() === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  const language = safeLocale(tag).split('-')[0]?.toLowerCase();
  return LOCALES.find((locale) => locale === language) ?? DEFAULT_LOCALE;
}

/** Which way a language's text runs, for `dir` on the page and `rtl` on cards. */
export const textDirection = (tag: string): 'ltr' | 'rtl' =>
  RIGHT_TO_LEFT.has(safeLocale(tag).split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
