// The gold standard the speaker benchmark scores against, derived from PolNeAR's attributions:
//
// - A QUOTATION is the text between double quotation marks in one paragraph: “ opens and ” closes; a straight "
//   (or '' in NYT archive text) opens when no quotation is open and closes when one is. A quotation still open at the paragraph's end runs to
//   that end (the multi-paragraph convention). Single marks are not used (they are apostrophes far more often).
// - A GOLD DIRECT QUOTE is a quotation of ≥ 3 words at least 80% of whose characters lie inside the Content of one
//   attribution (so the annotators say someone said those words). Partial quotes woven into the writer's sentence
//   count; quoted titles, terms and scare quotes that no attribution covers do not.
// - Its SOURCE is that attribution's Source span, classified as a name (it holds a capitalised word other than a
//   leading determiner, a title or a party label: "Trump", "The New York Post", "Clinton spokesman Brian Fallon"),
//   a pronoun ("he", "they"), a description ("a spokesman", "the Republican nominee", "sources"), or none.
import type { Attribution, PolnearArticle, Span } from './load';

export type SourceClass = 'name' | 'pronoun' | 'description' | 'none';

export interface GoldQuote extends Span {
  text: string;
  source: string;
  sourceClass: SourceClass;
  /** Start of the Source span in the file (-1 when none). */
  sourceStart: number;
  /**
   * Who a pronoun or definite description refers to, when the annotation makes it recoverable: the nearest
   * named Source of an earlier attribution in the same or the three preceding paragraphs. Null otherwise.
   */
  referent: string | null;
}

/** Quotation spans (inner text, without the marks) of one paragraph starting at `base` in the file. */
export function findQuotations(para: string, base: number): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = 0; i < para.length; i++) {
    const ch = para[i];
    // The New York Times' archive text writes a double mark as two apostrophes ('' … '').
    const twin = ch === "'" && para[i + 1] === "'";
    if (ch === '“' || ((ch === '"' || twin) && open < 0)) {
      if (open < 0) open = i + (twin ? 2 : 1);
    } else if ((ch === '”' || ch === '"' || twin) && open >= 0) {
      out.push({ start: base + open, end: base + i });
      open = -1;
    }
    if (twin) i++;
  }
  if (open >= 0) out.push({ start: base + open, end: base + para.length });
  return out;
}

export function wordsIn(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const PRONOUNS = /^(?:he|she|they|we|i|it|you|him|her|them|us|me|his|its|their)$/i;
const DETERMINERS =
  /^(?:the|a|an|his|her|their|its|our|this|that|these|those|one|another|some|two|three|both|each|several|many|other)$/i;
/** Capitalised words that do not make a source a name: titles, party and national labels, sentence openers. */
const NOT_NAME_WORDS = new Set(
  (
    'republican republicans democrat democrats democratic gop american americans president presidential sen senator rep ' +
    'gov governor mr mrs ms dr former vice secretary state white house campaign officials official aides aide ' +
    'according but and so if as when while in on at for with'
  ).split(' '),
);

/** The Source's class, by its wording alone. */
export function classifySource(source: string): SourceClass {
  const s = source.trim();
  if (!s) return 'none';
  const words = s.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, ''));
  if (
    words.length <= 2 &&
    words.every((w) => PRONOUNS.test(w) || /^(?:and|both|all|own|themselves|himself|herself)$/i.test(w)) &&
    PRONOUNS.test(words[0]!)
  )
    return 'pronoun';
  if (words.length === 1 && /^(?:who|which|that|whom)$/i.test(words[0]!)) return 'pronoun';
  // "a spokesman for Clinton": a name inside a prepositional phrase qualifies a description.
  let inPhrase = false;
  const named = words.some((w, i) => {
    if (/^(?:for|of|at|with|from|to|in|on|close|familiar|near|about)$/.test(w)) inPhrase = true;
    else if (/^\p{Ll}/u.test(w) && !DETERMINERS.test(w)) inPhrase = false;
    return (
      !inPhrase &&
      /^\p{Lu}/u.test(w) &&
      !NOT_NAME_WORDS.has(w.toLowerCase().replace(/\.$/, '')) &&
      !(i === 0 && (DETERMINERS.test(w) || PRONOUNS.test(w)))
    );
  });
  return named ? 'name' : 'description';
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function paragraphOf(article: PolnearArticle, offset: number): number {
  let p = -1;
  for (let i = 0; i < article.blockStarts.length; i++) if (article.blockStarts[i]! <= offset) p = i;
  return p;
}

/** Whether a named Source may be what `pronoun` refers to: "he" is never "Mrs. Clinton", "she" never "Mr. Trump". */
function fits(pronoun: string, source: string): boolean {
  const p = pronoun.toLowerCase();
  if (p === 'he' && /\b(?:Mrs|Ms|Miss)\b/.test(source)) return false;
  if (p === 'she' && /\bMr\b/.test(source)) return false;
  return true;
}

/**
 * A relative pronoun's antecedent ("Jones, who said …"): the capitalised name just before it; else, as for other
 * pronouns, the nearest named Source of an earlier attribution within `reach` paragraphs whose title fits.
 */
function nearestNamedSource(article: PolnearArticle, at: number, pronoun: string, reach = 3): string | null {
  if (/^(?:who|which|that|whom)$/i.test(pronoun)) {
    const m = /((?:\p{Lu}[\p{L}.'’-]*\s)*\p{Lu}[\p{L}.'’-]*),?\s*$/u.exec(article.text.slice(Math.max(0, at - 80), at));
    return m?.[1] ?? null;
  }
  const para = paragraphOf(article, at);
  let best: Attribution | null = null;
  for (const a of article.attributions) {
    const s = a.source[0];
    if (!s || s.start >= at || classifySource(a.sourceText) !== 'name' || !fits(pronoun, a.sourceText)) continue;
    if (paragraphOf(article, s.start) < para - reach) continue;
    if (!best || s.start > best.source[0]!.start) best = a;
  }
  return best?.sourceText ?? null;
}

/** The article's gold direct quotes (see the module comment), in reading order. */
export function goldQuotes(article: PolnearArticle): GoldQuote[] {
  const out: GoldQuote[] = [];
  article.blocks.forEach((b, i) => {
    for (const q of findQuotations(b.text, article.blockStarts[i]!)) {
      const text = article.text.slice(q.start, q.end);
      if (wordsIn(text) < 3) continue;
      let best: Attribution | null = null;
      let cover = 0;
      for (const a of article.attributions) {
        const c = a.content.reduce((n, s) => n + overlap(s, q), 0);
        if (c > cover) [best, cover] = [a, c];
      }
      if (!best || cover < 0.8 * (q.end - q.start)) continue;
      const sourceClass = classifySource(best.sourceText);
      const sourceStart = best.source[0]?.start ?? -1;
      const definite =
        sourceClass === 'description' && /^(?:the|this|that|his|her|their|its)\s/i.test(best.sourceText.trim());
      const referent =
        (sourceClass === 'pronoun' || definite) && sourceStart >= 0
          ? nearestNamedSource(article, sourceStart, best.sourceText.trim())
          : null;
      out.push({ ...q, text, source: best.sourceText, sourceClass, sourceStart, referent });
    }
  });
  return out;
}
