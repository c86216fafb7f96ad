/** The rule lives in core, beside the catalogs' own choice of language, so the tab and the bot read tags alike. */
export { FALLBACK_FORMAT_LOCALE as FALLBACK_LOCALE, safeLocale } from '@ideabar/core';
