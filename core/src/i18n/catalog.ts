import type * as en from './messages/en/index.js';

type EnglishAreas = typeof en;

/** Every text's key: English is the source catalog, and a test holds the others to its keys and arguments. */
export type MessageKey = { [Area in keyof EnglishAreas]: keyof EnglishAreas[Area] }[keyof EnglishAreas];

export type Catalog = Record<MessageKey, string>;

/** A language's areas with every English key of each: `npm run typecheck` fails on a catalog that lacks one. */
export type CatalogAreas = { [Area in keyof EnglishAreas]: Record<keyof EnglishAreas[Area], string> };

/** One language's areas as one catalog: a test holds that no key is written in two areas, where the later would win. */
export const catalogOf = (areas: CatalogAreas): Catalog =>
  Object.assign({}, ...Object.values(areas)) as Catalog;
