/** The locale every format falls back to when the browser's or Teams' own tag is not one Intl accepts. */
export const FALLBACK_LOCALE = 'en-US';

/**
 * A locale tag Intl accepts. Browsers on a POSIX-locale desktop report tags such as `en-US@posix` or `C`, which
 * every Intl constructor rejects with a RangeError; the tab then formats with the nearest tag that works (the part
 * before `@` or `.`), or en-US. Every Intl use in the tab goes through this, so no tag can blank a page.
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
  return FALLBACK_LOCALE;
}
