import en from './messages/en.json' with { type: 'json' };
import de from './messages/de.json' with { type: 'json' };
import fr from './messages/fr.json' with { type: 'json' };
import es from './messages/es.json' with { type: 'json' };
import ja from './messages/ja.json' with { type: 'json' };
import ar from './messages/ar.json' with { type: 'json' };
import type { Locale } from './locales.js';

/** Every text's key: English is the source catalog, and a test holds the others to its keys and arguments. */
export type MessageKey = keyof typeof en;

export type Catalog = Record<MessageKey, string>;

/** One catalog per language, shared by the tab and the bot's cards. */
export const CATALOGS: Record<Locale, Catalog> = { en, de, fr, es, ja, ar };
