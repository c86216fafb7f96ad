import { CATALOGS } from './catalogs.js';
import { catalogLocale, translatorWith, type Translator } from './translator.js';

const translators = new Map<string, Translator>();

/**
 * The translator for a client's locale tag from every catalog at hand, for the bot and the API, which answer
 * people in any language; unknown or missing tags get English. Built once per tag.
 */
export function translatorFor(tag: string | undefined | null): Translator {
  const key = tag ?? '';
  const known = translators.get(key);
  if (known) return known;
  const translator = translatorWith(tag, CATALOGS[catalogLocale(tag)]);
  translators.set(key, translator);
  return translator;
}
