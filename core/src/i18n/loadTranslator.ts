import * as en from './messages/en/index.js';
import { catalogOf, type Catalog, type CatalogAreas } from './catalog.js';
import { DEFAULT_LOCALE, FALLBACK_FORMAT_LOCALE, type Locale } from './locales.js';
import { catalogLocale, translatorWith, type Translator } from './translator.js';

/**
 * Each language's catalog as a chunk of its own, for the tab: a reader downloads English (every default, and the
 * fallback should a chunk fail) and their own language, not all six.
 */
const IMPORTS: Record<Exclude<Locale, 'en'>, () => Promise<CatalogAreas>> = {
  de: () => import('./messages/de/index.js'),
  fr: () => import('./messages/fr/index.js'),
  es: () => import('./messages/es/index.js'),
  ja: () => import('./messages/ja/index.js'),
  ar: () => import('./messages/ar/index.js'),
};

const catalogs = new Map<Locale, Catalog>([[DEFAULT_LOCALE, catalogOf(en)]]);
const loading = new Map<Locale, Promise<Catalog>>();
const translators = new Map<string, Translator>();

/** The translator for a tag if its catalog is here already (English, the pseudo-locale, or one loaded before). */
export function loadedTranslator(tag: string | undefined | null): Translator | undefined {
  const key = tag ?? '';
  const known = translators.get(key);
  if (known) return known;
  const catalog = catalogs.get(catalogLocale(tag));
  if (!catalog) return undefined;
  const translator = translatorWith(tag, catalog);
  translators.set(key, translator);
  return translator;
}

/** English, which every page has at once: the language of defaults and of a component without a provider. */
export const englishTranslator = (): Translator => loadedTranslator(FALLBACK_FORMAT_LOCALE) as Translator;

/**
 * The translator for a tag, its language's catalog loaded first if it is not here yet (once per language, however
 * many ask). Rejects if the catalog cannot be fetched; the caller decides what to show instead.
 */
export async function loadTranslator(tag: string | undefined | null): Promise<Translator> {
  const ready = loadedTranslator(tag);
  if (ready) return ready;
  const locale = catalogLocale(tag) as Exclude<Locale, 'en'>;
  let pending = loading.get(locale);
  if (!pending) {
    pending = IMPORTS[locale]().then((areas) => {
      const catalog = catalogOf(areas);
      catalogs.set(locale, catalog);
      return catalog;
    });
    // A failed fetch may be tried again later (the network came back).
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  await pending;
  return loadedTranslator(tag) as Translator;
}
