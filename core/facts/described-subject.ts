// A definite role description as a clause subject, for "he"/"she": "Sometimes confrontations … grew violent, and the
// GOP candidate took to Twitter to call out protestors. “…,” he tweeted" is the one person the article introduced as a
// candidate (titled-description.ts), when that description is the nearest subject before the pronoun.
import { VERB_NEXT } from './salience';
import type { SpeakerContext } from './speaker-context';
import { ROLE_NOUNS, titledReferent } from './titled-description';

/**
 * "the GOP candidate", "the former senator" opening a clause (after a sentence end, a clause's comma and "and"/"but",
 * or a connective), its verb next. Capitalised modifiers are dropped for the lookup ("the candidate").
 */
const DESCRIBED =
  /(?:^|[.!?]["”’]?\s+|,\s(?:and|but)\s|;\s)(?:(?:But|And|Then|Later|Still|Instead)\s)?([Tt]he\s(?:(?:[\p{Ll}.-]+|\p{Lu}{2,}|\p{Lu}\p{Ll}+)\s){0,3}?\p{Ll}+)(?=\s)/gu;

/** The text of a block with every quotation's inside blanked (same length), so a quoted "the man" is no subject. */
function outsideQuotes(text: string): string {
  let out = '';
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const twin = ch === "'" && text[i + 1] === "'";
    if (ch === '“' || ((ch === '"' || twin) && !open)) open = true;
    else if ((ch === '”' || ch === '"' || twin) && open) open = false;
    else {
      out += open ? ' ' : ch;
      continue;
    }
    out += twin ? "''" : ch;
    if (twin) i++;
  }
  return out;
}

export interface DescribedSubject {
  /** The one person the article introduced with the role, or null when none or several were. */
  name: string | null;
  block: number;
  at: number;
}

/**
 * The nearest definite role description ("the GOP candidate": a role noun, ROLE_NOUNS, last) that is a clause subject
 * before `at` in `block` (or the block before), and the one person it stands for; null when there is none.
 */
export function describedSubject(at: number, block: number, ctx: SpeakerContext): DescribedSubject | null {
  for (let b = block; b >= Math.max(0, block - 1); b--) {
    const raw = ctx.blockText(b);
    const text = outsideQuotes(b === block ? raw.slice(0, at) : raw);
    let best: DescribedSubject | null = null;
    for (const m of text.matchAll(DESCRIBED)) {
      const phrase = m[1]!;
      const start = m.index! + m[0].length - phrase.length;
      if (!VERB_NEXT.test(text.slice(start + phrase.length, start + phrase.length + 80))) continue;
      const words = phrase
        .split(/\s+/)
        .slice(1)
        .filter((w) => /^\p{Ll}/u.test(w));
      if (words.length === 0) continue;
      if (!ROLE_NOUNS.has(words[words.length - 1]!)) continue;
      best = { name: titledReferent(`the ${words.join(' ')}`, start, b, ctx), block: b, at: start };
    }
    if (best) return best;
  }
  return null;
}
