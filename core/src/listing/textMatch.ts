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

/**
 * Words too common to say two ideas are alike, in each language IdeaBar speaks (English, German, French, Spanish,
 * Japanese, Arabic). An idea's language is not recorded, and a title may mix two, so one set holds them all: a word
 * common in one language is rarely a telling word in another.
 */
const STOP_WORDS_BY_LANGUAGE = {
  en: 'a an and are as at be by can could for from have how i in into is it its more my no not of on or our should so that the their them there this to too we what when where which with would you your',
  de: 'aber als am an auch auf aus bei bin bis das dass dem den der des die dies diese dieser doch ein eine einem einen einer es fur hat haben ich ihr im in ist ja kann kein keine mehr mit nach nicht noch nur oder sehr sein sich sie sind so uber um und uns unser unsere vom von vor war wenn werden wie wir wird zu zum zur',
  fr: 'a au aux avec ce ces cette dans de des du elle en est et etre il ils je la le les leur mais me mes mon ne nos notre nous on ou par pas plus pour qu que qui sa sans se ses son sont sur ta te tes ton tu un une vos votre vous',
  es: 'a al como con de del el ella en es esta este esto estos hay la las le les lo los mas me mi mis muy no nos nuestra nuestro o para pero por que se sin son su sus tambien te tu un una unos y ya',
  ja: 'ある いる する から こと として れる など ない この ため その よう また もの という あり まで なる これ できる それ ので ます です した したい ほしい について による',
  ar: 'في من على إلى عن مع هذا هذه ذلك التي الذي الذين أن إن كان كانت لا ما هل قد ثم أو أي كل بعض عند حتى لكن نحن هو هي هم يمكن نريد أجل',
} as const;

const STOP_WORDS = new Set(
  Object.values(STOP_WORDS_BY_LANGUAGE).flatMap((words) => words.split(' ').map(fold)),
);

const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Scripts written without spaces, whose telling words are often two characters long (電池, 交換). */
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Arabic joins the article to its noun (المكتب, "the office"): the noun alone is the word that matters. */
const withoutArabicArticle = (word: string): string =>
  word.length >= 5 && word.startsWith('ال') ? word.slice(2) : word;

/**
 * The distinct words of a text that could tell ideas apart: cut into words by the language's own rules (so
 * Japanese, written without spaces, has words too), folded, no stop words, three letters or more (two in Japanese
 * and Chinese script).
 */
export function significantWords(text: string): Set<string> {
  const found = new Set<string>();
  for (const { segment, isWordLike } of words.segment(text)) {
    if (!isWordLike) continue;
    const word = withoutArabicArticle(fold(segment));
    if (word.length >= (IDEOGRAPHIC.test(word) ? 2 : 3) && !STOP_WORDS.has(word)) found.add(word);
  }
  return found;
}
