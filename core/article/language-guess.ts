// The language of Latin-script text from its function words, and the article's language from what the page declares
// and what its text says. Pure: strings in, an ISO 639-1 code (or null) out. Measured by bench/language-guess.ts.
//
// Each language has a list of its commonest short words that the other listed languages do not use as often: words
// two of them share ("de", "la", "que", "en", "in", "a", "e", "o") are in no list. The listed words alone are a tenth
// to a third of running text in each of these languages and a few in a hundred in the others, so a few hundred
// characters decide, and no list of nouns drifts with the news.

/** Languages the guess can name, each with its distinctive function words, space-separated (elisions end in '). */
export const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  en: 'the and of to is that was for with it this are be by have from not but they his her she he which at or been were has had their will would we you there what who when can more also about after than into its our said these those could should them my your just all',
  de: 'der die das und nicht ist mit sich auf für den dem ein eine einer eines einem einen auch von zu im wird werden sind wurde hat haben dass daß aber oder wie nach bei aus noch nur sie ich wir über vor durch kann wenn doch schon sehr mehr zum zur diese dieser man am ob sowie gegen unter immer einfach',
  fr: "le les et est du une dans pour qui pas sur au aux avec ce ces cette elle ils sont ont été être mais où plus nous vous leur ses aussi très tout comme fait était avait peut qu' n' s' j' d' sa je ne même lors donc ainsi",
  es: 'el los las y su sus más pero fue estos también ya muy sin hasta cuando hay según dijo están eso esa han donde había puede otro otra mismo tiene cuenta así hace sino aunque ante tras ni ese esos él ellos ellas usted qué año años mientras cual cuál hoy nuevo nueva siempre',
  it: "di che della dei delle degli è non sono anche alla alle nel nella nei gli più hanno questo questa essere stato stata dopo ancora tra sul sulla dalla dal cui molto perché ci per ma anni già dell' all' nell' un' dall' sull' ad ed loro",
  pt: 'os na nas em um uma não são é com ao pelo pela mas foi também ele ela isso seu sua já muito sem até disse às aos você tem pode eles seus suas num numa pelos onde há',
  nl: 'het een van dat niet op te zijn voor met ook maar om aan bij nog wordt worden werd naar uit wel heeft hebben geen deze tot hun ze zo meer kunnen wat hij zij ik jij onze wij nu heel',
};

/** Which language each listed word counts for (the lists share no word: tests/core/article/language-guess.test.ts). */
const LANGUAGE_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(FUNCTION_WORDS).flatMap(([lang, words]) => words.split(' ').map((w): [string, string] => [w, lang])),
);

/** The languages {@link guessLanguage} can name. */
export const GUESSED_LANGUAGES: readonly string[] = Object.keys(FUNCTION_WORDS);

/** Text read for a guess: the start of the article is enough, and a bound keeps huge pages cheap. */
const SAMPLE_CHARS = 20_000;
/** Fewer words than this is too short to tell (a caption, a title): no guess. */
const MIN_WORDS = 40;
/** The winner's listed words must be this share of all words: text in an unlisted language has few of them. */
const MIN_SHARE = 0.08;
/** And this many times the runner-up's: a wide margin, so pages quoting another language keep their own. */
const MIN_MARGIN = 3;

/** How many of a text's words each language's list holds, and how many words were read. */
export interface LanguageCounts {
  words: number;
  hits: Record<string, number>;
}

/** Counts each language's function words in the start of `text` (its first {@link SAMPLE_CHARS} characters). */
export function countFunctionWords(text: string): LanguageCounts {
  const hits: Record<string, number> = Object.fromEntries(GUESSED_LANGUAGES.map((l) => [l, 0]));
  let words = 0;
  // A word, with the apostrophe of an elision kept on its first part ("l'État" → "l'", "qu'il" → "qu'").
  for (const m of text.slice(0, SAMPLE_CHARS).matchAll(/\p{L}+(?:['’](?=\p{L}))?/gu)) {
    words++;
    const word = m[0].toLowerCase().replace('’', "'");
    const lang = LANGUAGE_OF.get(word);
    if (lang) hits[lang]!++;
  }
  return { words, hits };
}

/**
 * The language of Latin-script `text` (an ISO 639-1 code from {@link GUESSED_LANGUAGES}), or null when the text is
 * short, in none of those languages, or mixed: the best language's function words must be at least 15% of the
 * words and three times the runner-up's. Pure.
 */
export function guessLanguage(text: string): string | null {
  const { words, hits } = countFunctionWords(text);
  if (words < MIN_WORDS) return null;
  const ranked = Object.entries(hits).sort((a, b) => b[1] - a[1]);
  const [best, count] = ranked[0]!;
  const runnerUp = ranked[1]?.[1] ?? 0;
  if (count < MIN_SHARE * words || count < MIN_MARGIN * runnerUp) return null;
  return best;
}

/**
 * The article's language: what the page declares (`declared`: html lang, content-language, JSON-LD, og:locale),
 * unless its text is clearly another language the guess knows (a template's default lang="en" on a German page), and
 * the guess where the page declares none. Short or unsure text keeps the declaration. A guess that agrees with the
 * declared primary language keeps the declared value as written ("en-GB"). Pure.
 */
export function articleLanguage(declared: string | null | undefined, text: string): string | null {
  const value = declared?.trim() || null;
  const guess = guessLanguage(text);
  if (!guess) return value;
  const primary = value?.toLowerCase().split(/[-_]/)[0];
  return primary === guess ? value : guess;
}
