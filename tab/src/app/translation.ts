import { createContext, useContext } from 'react';
import { translatorFor, type Translator } from '@ideabar/core';

/**
 * The person's language for every text of the tab: from Teams' `app.locale`, or the browser's outside Teams. A
 * component reads it with useTranslator(); without a provider (a component test) it is English.
 */
export const TranslatorContext = createContext<Translator>(translatorFor('en-US'));

export const useTranslator = (): Translator => useContext(TranslatorContext);
