// When a predicted speaker counts as the gold Source of a PolNeAR quote. The rule, and its limits:
//
// - NAME source ("Trump", "Clinton spokesman Brian Fallon", "The New York Post"): the prediction's words (titles
//   and possessives dropped) are all among the Source's words, or the Source's name words are all among the
//   prediction's words and share its last word ("Donald Trump" for "Trump": the full name the article uses).
//   Limits: "Clinton" for a Source "Clinton" is accepted whichever Clinton Lede meant; "Trump" is accepted for
//   "the Trump campaign". A reflexive after the name is no modifier: "Cruz himself" is Cruz.
// - ARTICLE-AWARE NAME match (the second figure the bench prints, "name (article-aware match)"; docs/speakers.md
//   "Name match", speakers-name-match.md): also right when the article itself ties the two names to one person. The prediction's name words
//   and the Source's head name words each lie within exactly one of the full names the article writes (runs of two
//   or more capitalised words, titles and initials dropped; a full name written longer, "Finance Minister Lou
//   Jiwei", is the same one), it is one full name for both, and one of the two is itself a full name the article
//   writes (article-names.ts); or one is an acronym of the other ("The RNC", "Republican National Committee"). So "Lou Jiwei" is right for "Mr. Lou", "Donald J. Trump"
//   for a lone "Donald", "Calvin Williams" for "Chief Williams", where the article writes one such full name. Never
//   by a list of names; never for a Source naming two people ("David and Jeanne Heidler"), a word two full names
//   share ("Clinton" beside Hillary and Bill Clinton), or a father and son ("Donald Trump", "Donald Trump Jr.").
//   Limits: a person the article names by one word only ("President Obama") has no full name, so "Obama" could be
//   tied to the article's one "Michelle Obama"; a title the list lacks ("Dean Amar") and a misspelling stay wrong,
//   as does an outlet, document or show the annotators gave as Source for a person's words (not a scorer's slip).
// - PRONOUN source ("he"): the gold referent (see gold.ts: the nearest named Source of an earlier attribution,
//   within three paragraphs) matched by the name rule. Without a referent the quote is left out of speaker accuracy
//   and counts as unrecoverable. Limit: the referent is a proxy for coreference (CoreNLP's coreference layer, which
//   the corpus documents, is not in this checkout); see the hand check in the bench's output notes.
// - DESCRIPTION source ("a spokesman for the campaign", "the Republican nominee"): the prediction matches the
//   description's text (one contains the other, covering half of it), or a definite description's referent (as
//   for pronouns). "A spokesman for Clinton" is not Clinton: docs/extraction.md keeps the description when nobody is
//   named.
import { type ArticleNames, isAcronymOf, isSameFullName } from './article-names';
import type { GoldQuote } from './gold';

const TITLES = new Set(
  (
    'mr mrs ms miss dr sen senator rep representative gov governor president vice former secretary gen general rev ' +
    'prof professor judge justice the a an of jr sr campaign'
  ).split(' '),
);

/** A Source naming two people: "David and Jeanne Heidler", "Mr. and Mrs. Smith". */
const TWO_PEOPLE = /\b(?:and|&)\s+\p{Lu}/u;

function nameWords(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w && !TITLES.has(w));
}

/**
 * The name a Source's wording gives its speaker: the first run of capitalised words that is not a modifier
 * ("Sanders's campaign manager, Jeff Weaver" → "Jeff Weaver"; "Griffin, an Obama backer" → "Griffin").
 */
export function headName(source: string): string {
  const runs = [...source.matchAll(/(?:\p{Lu}[\p{L}.'’-]*\s?)+/gu)];
  for (const r of runs) {
    const end = r.index! + r[0].trimEnd().length;
    const after = source.slice(end);
    const modifier =
      /^['’]s?\b/.test(after) ||
      (/^\s\p{Ll}/u.test(after) &&
        !/^\s(?:of|from|at|in|who|and|said|says|himself|herself|themselves|itself)\b/.test(after));
    const words = nameWords(r[0]);
    if (!modifier && words.length > 0) return r[0].trim();
  }
  return source;
}

/**
 * Whether `pred` names the person or organisation called `gold` (see the module comment); with `names`, the
 * article's full names, also when the article ties the two to one full name (the article-aware match).
 */
export function sameName(pred: string, gold: string, names?: ArticleNames): boolean {
  if (names && !TWO_PEOPLE.test(gold)) {
    if (isSameFullName(pred, headName(gold), names) || isAcronymOf(pred, headName(gold))) return true;
  }
  const p = nameWords(pred);
  if (p.length === 0) return false;
  if (p.every((w) => nameWords(gold).includes(w))) return true;
  const g = nameWords(headName(gold));
  return (
    g.length > 0 && (g.every((w) => p.includes(w)) || p.every((w) => g.includes(w))) && g.includes(p[p.length - 1]!)
  );
}

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^(?:the|a|an) /, '')
    .trim();
}

/**
 * Whether `pred` is a right speaker for `gold`; null when the gold referent is not recoverable. With `names` (the
 * article's full names, articleNames) names match article-aware, else by words alone.
 */
export function isRightSpeaker(pred: string | null, gold: GoldQuote, names?: ArticleNames): boolean | null {
  switch (gold.sourceClass) {
    case 'none':
      return pred === null;
    case 'name':
      return pred !== null && sameName(pred, gold.source, names);
    case 'pronoun':
      if (!gold.referent) return null;
      return pred !== null && sameName(pred, gold.referent, names);
    case 'description': {
      if (pred === null) return false;
      const [a, b] = [norm(pred), norm(gold.source)];
      const [s, l] = a.length < b.length ? [a, b] : [b, a];
      if (s && l.includes(s) && s.length >= 0.5 * l.length) return true;
      return gold.referent !== null && sameName(pred, gold.referent, names);
    }
  }
}
