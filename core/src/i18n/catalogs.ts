import * as en from './messages/en/index.js';
import * as de from './messages/de/index.js';
import * as fr from './messages/fr/index.js';
import * as es from './messages/es/index.js';
import * as ja from './messages/ja/index.js';
import * as ar from './messages/ar/index.js';
import type { Locale } from './locales.js';

/** Every text's key: English is the source catalog, and a test holds the others to its keys and arguments. */
export type MessageKey = keyof typeof en.catalog;

export type Catalog = Record<MessageKey, string>;

/** One catalog per language, shared by the tab and the bot's cards. */
export const CATALOGS: Record<Locale, Catalog> = {
  en: en.catalog,
  de: de.catalog,
  fr: fr.catalog,
  es: es.catalog,
  ja: ja.catalog,
  ar: ar.catalog,
};

/** Each language's catalog by area of the app (`messages/<language>/<area>.json`). */
export const CATALOG_AREAS: Record<Locale, Record<string, Record<string, string>>> = {
  en: en.areas,
  de: de.areas,
  fr: fr.areas,
  es: es.areas,
  ja: ja.areas,
  ar: ar.areas,
};
