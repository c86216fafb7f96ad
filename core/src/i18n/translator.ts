import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import type { Catalog, MessageKey } from './catalog.js';
import {
  DEFAULT_LOCALE,
  FALLBACK_FORMAT_LOCALE,
  negotiateLocale,
  PSEUDO_LOCALE,
  safeLocale,
  textDirection,
  type DisplayLocale,
  type Locale,
} from './locales.js';
import { pseudoMessage } from './pseudoLocale.js';

export type MessageValues = Record<string, PrimitiveType>;

/** Every text IdeaBar shows, in one person's language. */
export interface Translator {
  /** The catalog's language (`en`, `de`, … or the pseudo-locale). */
  locale: DisplayLocale;
  /** The tag numbers, dates and plurals are formatted with: the person's own (`de-AT`) when their language has a catalog. */
  formatLocale: string;
  dir: 'ltr' | 'rtl';
  /** The catalog's text for a key, its ICU arguments filled: `t('idea.votes', { count: 3 })` → "3 votes". */
  t(key: MessageKey, values?: MessageValues): string;
}

/** The catalog a client's tag is shown from: the pseudo-locale's texts are English ones, accented. */
export const catalogLocale = (tag: string | undefined | null): Locale => {
  const locale = negotiateLocale(tag);
  return locale === PSEUDO_LOCALE ? DEFAULT_LOCALE : locale;
};

/**
 * The translator for a client's locale tag (Teams' `app.locale`, an activity's `locale`, a browser's language),
 * given the catalog `catalogLocale(tag)` names. Each message is compiled once, on first use.
 */
export function translatorWith(tag: string | undefined | null, catalog: Catalog): Translator {
  const locale = negotiateLocale(tag);
  const own = safeLocale(tag);
  const formatLocale =
    locale === PSEUDO_LOCALE
      ? FALLBACK_FORMAT_LOCALE
      : own.split('-')[0]?.toLowerCase() === locale
        ? own
        : locale === DEFAULT_LOCALE
          ? FALLBACK_FORMAT_LOCALE
          : locale;
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  const formatOf = (messageKey: MessageKey): IntlMessageFormat => {
    let format = compiled.get(messageKey);
    if (!format) {
      const source = catalog[messageKey];
      format = new IntlMessageFormat(locale === PSEUDO_LOCALE ? pseudoMessage(source) : source, formatLocale);
      compiled.set(messageKey, format);
    }
    return format;
  };
  return {
    locale,
    formatLocale,
    dir: locale === PSEUDO_LOCALE ? 'ltr' : textDirection(locale),
    t: (messageKey, values) => String(formatOf(messageKey).format(values)),
  };
}
