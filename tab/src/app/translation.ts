import { createContext, useCallback, useContext } from 'react';
import { englishTranslator, loadedTranslator, loadTranslator, type Translator } from '@ideabar/core';
import { useLoaded } from '../shared/useLoaded';

/**
 * The person's language for every text of the tab: from Teams' `app.locale`, or the browser's outside Teams. A
 * component reads it with useTranslator(); without a provider (a component test) it is English.
 */
export const TranslatorContext = createContext<Translator>(englishTranslator());

export const useTranslator = (): Translator => useContext(TranslatorContext);

/**
 * The translator for a locale tag once its language is here: at once for English and a language loaded before;
 * otherwise undefined until its catalog's chunk arrives (the tab ships each language apart, so a reader downloads
 * only their own), and English should that chunk fail to load.
 */
export function useTranslatorFor(tag: string): Translator | undefined {
  const ready = loadedTranslator(tag);
  const load = useCallback(() => loadTranslator(tag), [tag]);
  const loaded = useLoaded(ready ? undefined : load);
  return ready ?? loaded.value ?? (loaded.failed ? englishTranslator() : undefined);
}
