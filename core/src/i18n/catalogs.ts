import * as en from './messages/en/index.js';
import * as de from './messages/de/index.js';
import * as fr from './messages/fr/index.js';
import * as es from './messages/es/index.js';
import * as ja from './messages/ja/index.js';
import * as ar from './messages/ar/index.js';
import { catalogOf, type Catalog, type CatalogAreas } from './catalog.js';
import type { Locale } from './locales.js';

/** Each language's catalog by area of the app (`messages/<language>/<area>.json`). */
export const CATALOG_AREAS: Record<Locale, CatalogAreas> = { en, de, fr, es, ja, ar };

/**
 * One catalog per language, for the bot's cards and the API, which speak every language at once. The tab loads
 * only its reader's language (`loadTranslator`), so it never imports this module.
 */
export const CATALOGS: Record<Locale, Catalog> = {
  en: catalogOf(en),
  de: catalogOf(de),
  fr: catalogOf(fr),
  es: catalogOf(es),
  ja: catalogOf(ja),
  ar: catalogOf(ar),
};
