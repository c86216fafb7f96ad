import * as en from './messages/en/index.js';
import * as de from './messages/de/index.js';
import * as fr from './messages/fr/index.js';
import * as es from './messages/es/index.js';
import * as ja from './messages/ja/index.js';
import * as ar from './messages/ar/index.js';
import type { Locale } from './locales.js';

type EnglishAreas = typeof en;

/** Every text's key: English is the source catalog, and a test holds the others to its keys and arguments. */
export type MessageKey = { [Area in keyof EnglishAreas]: keyof EnglishAreas[Area] }[keyof EnglishAreas];

export type Catalog = Record<MessageKey, string>;

/** A language's areas with every English key of each: `npm run typecheck` fails on a catalog that lacks one. */
type Areas = { [Area in keyof EnglishAreas]: Record<keyof EnglishAreas[Area], string> };

/** Each language's catalog by area of the app (`messages/<language>/<area>.json`). */
export const CATALOG_AREAS: Record<Locale, Areas> = { en, de, fr, es, ja, ar };

/** One language's areas as one catalog: a test holds that no key is written in two areas, where the later would win. */
const catalogOf = (areas: Areas): Catalog => Object.assign({}, ...Object.values(areas)) as Catalog;

/** One catalog per language, shared by the tab and the bot's cards. */
export const CATALOGS: Record<Locale, Catalog> = {
  en: catalogOf(en),
  de: catalogOf(de),
  fr: catalogOf(fr),
  es: catalogOf(es),
  ja: catalogOf(ja),
  ar: catalogOf(ar),
};
