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

/** Words too common to say two ideas are alike. */
const STOP_WORDS = new Set(
  'a an and are as at be by can could for from have how i in into is it its more my no not of on or our should so that the their them there this to too we what when where which with would you your'.split(
    ' ',
  ),
);

/** The distinct words of a text that could tell ideas apart: folded, three letters or more, no stop words. */
export function significantWords(text: string): Set<string> {
  return new Set(
    fold(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 3 && !STOP_WORDS.has(word)),
  );
}
