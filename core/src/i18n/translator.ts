import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { CATALOGS, type MessageKey } from './catalogs.js';
import {
  DEFAULT_LOCALE,
  FALLBACK_FORMAT_LOCALE,
  negotiateLocale,
  PSEUDO_LOCALE,
  safeLocale,
  textDirection,
  type DisplayLocale,
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

const translators = new Map<string, Translator>();

/**
 * The translator for a client's locale tag (Teams' `app.locale`, an activity's `locale`, a browser's language);
 * unknown or missing tags get English. Built once per tag, and each message compiled once on first use.
 */
export function translatorFor(tag: string | undefined | null): Translator {
  const key = tag ?? '';
  const known = translators.get(key);
  if (known) return known;
  const translator = buildTranslator(tag);
  translators.set(key, translator);
  return translator;
}

function buildTranslator(tag: string | undefined | null): Translator {
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
      const english = CATALOGS[DEFAULT_LOCALE][messageKey];
      const source = locale === PSEUDO_LOCALE ? pseudoMessage(english) : CATALOGS[locale][messageKey];
      format = new IntlMessageFormat(source, formatLocale);
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
