/** Lower-case, without accents, so "cafe" finds "Café" and "CAFÉ". */
const fold = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** Every word of the search must appear somewhere in the idea's text, in any order. */
export function matcherFor(search: string): (texts: readonly string[]) => boolean {
  const terms = fold(search).split(/\s+/).filter(Boolean);
  return (texts) => {
    const haystack = fold(texts.join('\n'));
    return terms.every((term) => haystack.includes(term));
  };
}
