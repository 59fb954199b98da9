// Whether Lede's key-fact rules can read an article's language, and the language's name to say so when they cannot.
// The fact rules are English (word lists, verbs, number words); on other languages they find nothing or the wrong
// thing, so the popup says so plainly instead of showing an empty or misleading list.

/** Languages (ISO 639-1 primary subtags) the fact rules are written for. */
const FACT_LANGUAGES = new Set(['en']);

/** Scripts that are never English text, with the language to name when the page declares none. */
const SCRIPTS: [RegExp, string | null][] = [
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0400-\u04ff]/g, null],
  [/[\u0600-\u06ff]/g, null],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0900-\u097f]/g, null],
  [/[\u0e00-\u0e7f]/g, 'th'],
  [/[\u0370-\u03ff]/g, 'el'],
];

/** What the popup needs to know: null when facts can be shown, else the language's name (or null name: unknown). */
export interface UnsupportedLanguage {
  /** The language's name in `uiLang` ("Korean"), or null when the page does not say and the script is shared. */
  name: string | null;
}

/**
 * Null when the fact rules support the article's language; otherwise which language it is. `lang` is the article's
 * language (`Article.lang`: what the page declares, or what its Latin-script text clearly is, from
 * core/article/language-guess.ts); a page with none is judged by the script of `sample` (a few hundred characters of
 * its text): Latin text Lede cannot tell is given the benefit of the doubt. Pure.
 */
export function unsupportedFactsLanguage(
  lang: string | null | undefined,
  sample: string,
  uiLang = 'en',
): UnsupportedLanguage | null {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (/^[a-z]{2,3}$/.test(primary)) {
    if (FACT_LANGUAGES.has(primary) && !isMostlyForeignScript(sample)) return null;
    if (!FACT_LANGUAGES.has(primary)) return { name: languageName(primary, uiLang) };
  }
  const script = dominantForeignScript(sample);
  if (script === undefined) return null;
  return { name: script ? languageName(script, uiLang) : null };
}

/**
 * {@link unsupportedFactsLanguage} for an article as the popup and sidebar hold it: its language (the one the facts and
 * speakers were extracted with), the start of its text as the sample, and the browser's language for the name.
 */
export function articleFactsLanguage(
  article: { lang: string | null; textContent: string },
  uiLang: string = typeof navigator === 'undefined' ? 'en' : navigator.language,
): UnsupportedLanguage | null {
  return unsupportedFactsLanguage(article.lang, article.textContent.slice(0, 2000), uiLang);
}

/** The language named by the most frequent non-Latin script in `text` (null: a script shared by many), or undefined. */
function dominantForeignScript(text: string): string | null | undefined {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return undefined;
  let best: { count: number; lang: string | null } | null = null;
  for (const [re, lang] of SCRIPTS) {
    const count = (text.match(re) ?? []).length;
    if (count > (best?.count ?? 0)) best = { count, lang };
  }
  // Kana among Han characters is Japanese, not Chinese.
  if (best?.lang === 'zh' && /[\u3040-\u30ff]/.test(text)) best = { ...best, lang: 'ja' };
  return best && best.count >= 0.3 * letters ? best.lang : undefined;
}

/** A page declared English whose text is mostly another script (a template's default lang="en"). */
function isMostlyForeignScript(text: string): boolean {
  return dominantForeignScript(text) !== undefined;
}

function languageName(code: string, uiLang: string): string | null {
  try {
    const name = new Intl.DisplayNames([uiLang, 'en'], { type: 'language' }).of(code);
    return name && name !== code ? name : null;
  } catch {
    // An invalid code or a runtime without Intl.DisplayNames: say "this language".
    return null;
  }
}
