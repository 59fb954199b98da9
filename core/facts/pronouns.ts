// Pronoun resolution for speakers ("“…,” he said"): the nearest compatible person named outside quotes, preferring
// one who is a sentence's subject or a reporting verb's subject over a name in an object or possessive ("because of
// Mr. Trump's remarks"), and the last person quoted while nobody new takes the floor (Muzny et al. 2017).
import type { NameMention } from './entities';
import { ABBREV_DOT } from './attribution';
import { describedSubject } from './described-subject';
import type { SpeakerContext } from './speaker-context';
import { resolveName } from './entities';
import { isCommonWord, isFunctionOrVerb, lexiconTags } from './lexicon';
import { isAskedPerson, isReportingSubject, isRoleWord, isSubjectMention, VERB_NEXT } from './salience';
import { pronounFits, titleGender } from './speakers';

/** Whether an untyped name is the subject of a reporting verb ("Ban said", "Carter however said"). */
function isSpeakingName(text: string, m: NameMention): boolean {
  return /^\s(?:\p{Ll}+\s)?(?:said|says|told|tells|added|adds|wrote|writes|argued|argues|noted|notes|explained|asked|recalled|insisted)\b/u.test(
    text.slice(m.end, m.end + 30),
  );
}

/**
 * The person "he", "she" (or another pronoun: "they", "it", "we") at `at` in block `block` refers to, within `reach`
 * paragraphs before it; null when no one fits. A person whose gender the article does not show yields to the one
 * person named earlier in the pronoun's own paragraph whose shown gender fits ({@link genderedInParagraph}).
 */
export function resolvePronoun(
  p: string,
  at: number,
  block: number,
  ctx: SpeakerContext,
  reach = 2,
  notObject: string | null = null,
): string | null {
  const who = nearestFitting(p, at, block, ctx, reach, notObject);
  if (!who || p !== 'she' || ctx.genderOf(who) !== null) return who;
  // Only a person carried from an earlier paragraph yields: one named in the pronoun's own paragraph stays.
  const here = ctx.mentions.some((m, i) => m.block === block && m.start < at && (ctx.canonical[i] ?? m.core) === who);
  return here ? who : (genderedInParagraph(p, at, block, ctx, notObject) ?? who);
}

/**
 * "McDonough was responding to a message from Undersecretary … Wendy Sherman, reporting that …. “…,” she wrote": the
 * one person named before `at` in block `block`, outside quotes and not after a preposition or a verb, whose gender
 * the article shows (a title or a given name) and fits `p`; null when none or several do.
 */
function genderedInParagraph(
  p: string,
  at: number,
  block: number,
  ctx: SpeakerContext,
  notObject: string | null,
): string | null {
  const text = ctx.blockText(block);
  const fit = new Set<string>();
  ctx.mentions.forEach((m, i) => {
    const name = ctx.canonical[i];
    if (m.block !== block || m.start >= at || !name || name === notObject || ctx.typeOf(name) !== 'person') return;
    if ((ctx.quoted.get(block) ?? []).some(([a, b]) => m.start >= a && m.start < b)) return;
    // "Choosing between Clinton and Sanders is …": a name after a preposition or a verb is not whom the paragraph is
    // about.
    const lead = text.slice(Math.max(0, m.start - 30), m.start).replace(/(?:\p{Lu}[\p{L}.'’-]*\s)+$/u, '');
    if (OBJECT_LEAD.test(lead)) return;
    const g = titleGender(m.surface, text.slice(0, m.start)) ?? ctx.genderOf(name);
    if (g && pronounFits(p, g)) fit.add(name);
  });
  return fit.size === 1 ? [...fit][0]! : null;
}

/** A preposition or a verb in the past or present right before a name: "between ", "nominated ". */
const OBJECT_LEAD =
  /\b(?:of|for|with|to|by|about|against|on|at|from|in|into|over|than|like|between|among|toward|towards|\p{Ll}{3,}(?:ed|es))\s$/u;

function nearestFitting(
  p: string,
  at: number,
  block: number,
  ctx: SpeakerContext,
  reach: number,
  notObject: string | null,
): string | null {
  const wantOrg = p === 'it' || p === 'we';
  const texts = ctx.blockText;
  /** Whether mention i may be what the pronoun refers to; false for mentions after it or out of reach. */
  const compatible = (i: number): boolean => {
    const m = ctx.mentions[i]!;
    if ((ctx.quoted.get(m.block) ?? []).some(([a, b]) => m.start >= a && m.start < b)) return false;
    const known = ctx.canonical[i] ?? sharedSurname(p, m.core, ctx);
    if (known && known === notObject) return false;
    // A name the entity rules left untyped but that speaks ("Carter however said …") is someone.
    const name = known && ctx.typeOf(known) ? known : isSpeakingName(texts(m.block), m) ? m.core : null;
    let t = known && ctx.typeOf(known) ? ctx.typeOf(known) : name ? 'person' : null;
    // So is a "place" that speaks ("Bolton said"): places do not speak.
    // Not "the U.S. added", "Jeb Bush of Florida said".
    const txt = texts(m.block);
    if (
      (t === 'place' || (t === 'org' && (p === 'he' || p === 'she') && isUnknownSurname(m.core, ctx))) &&
      /^\s(?:said|says|told|added|adds|wrote|asked)\b/.test(txt.slice(m.end, m.end + 12)) &&
      !/\b(?:the|of|in|from|at)\s$/i.test(txt.slice(Math.max(0, m.start - 6), m.start))
    )
      t = 'person';
    if (!(wantOrg ? t === 'org' : t === 'person' || (p === 'they' && t === 'org'))) return false;
    // "The Murdoch outlets have been standing in the way, he said": a name between "the" and a noun names a thing.
    if (
      (p === 'he' || p === 'she') &&
      /\b[Tt]he\s$/.test(txt.slice(Math.max(0, m.start - 4), m.start)) &&
      /^\s\p{Ll}/u.test(txt.slice(m.end, m.end + 2))
    )
      return false;
    // "a 1930s-era Art Deco movie theater": a name between an article with its modifiers and a noun names a thing.
    if (
      (p === 'he' || p === 'she') &&
      /\b(?:[Tt]he|an?)\s(?:[\p{Ll}\d][\p{L}\d-]*\s){1,2}$/u.test(txt.slice(Math.max(0, m.start - 40), m.start)) &&
      /^\s\p{Ll}/u.test(txt.slice(m.end, m.end + 2)) &&
      !VERB_NEXT.test(txt.slice(m.end, m.end + 60))
    )
      return false;
    // "(the first track even samples the voice of astrophysicist and astronomer Carl Sagan) the EP allowed Luboku to
    // reflect …": a name inside a bracketed aside is not what the clause, nor a later "he", is about.
    // Not a sentence of its own in brackets ("… Iraq invasion. (As BuzzFeed News first reported, Mr. Trump voiced …)").
    if (
      (p === 'he' || p === 'she') &&
      /[\p{L}\d,]\s\([^()]{12,}$/u.test(txt.slice(Math.max(0, m.start - 200), m.start))
    )
      return false;
    // A title on the mention itself decides ("Mrs. Clinton" is no "he", even when the surname names Bill Clinton).
    return pronounFits(
      p,
      titleGender(m.surface, txt.slice(0, m.start)) ?? (name && known === name ? ctx.genderOf(name) : null),
    );
  };
  const before = (m: NameMention): boolean => m.block < block || (m.block === block && m.start < at);
  let found = -1;
  let salient = -1;
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (!before(m)) continue;
    if (m.block < block - reach) break;
    if (!compatible(i)) continue;
    // The nearest subject of a clause ("Levine found …", "…,” said Kunin", "Jahangir … is among those …") within reach.
    if (isSubjectMention(texts(m.block), m.start, m.end, 'bare')) {
      salient = i;
      break;
    }
  }
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (!before(m)) continue;
    if (m.block < block - reach) break;
    if (!compatible(i)) continue;
    if (found < 0) {
      found = i;
      continue;
    }
    // Prefer the subject: an earlier mention of the same kind in the same sentence, unless the nearer one speaks
    // ("Cruz will have a tougher time, Henson said.").
    const f = ctx.mentions[found]!;
    if (isReportingSubject(texts(f.block), f.start, f.end)) break;
    // Nor for the person asked ("Earhardt then asked Rubio which states …"), whose answer follows.
    if (isAskedPerson(texts(f.block), f.start, f.end)) break;
    // "… for a man of Mr. Trump's wealth": a title's period does not end the sentence.
    const between = texts(m.block)
      .slice(m.end, f.start)
      .replace(ABBREV_DOT, (d) => d.slice(0, -1));
    if (m.block !== f.block || /[.!?]["”’]?\s/.test(between)) break;
    // "Obama consultant Cornell Belcher, …, picked up …": a name before role words only modifies the one after them.
    if (isModifierOf(between)) break;
    found = i;
  }
  // "When Trump held rallies …, and the GOP candidate took to Twitter …. “…,” he tweeted": a definite role
  // description as a clause subject after the last quote stands for the one person the article introduced with that
  // role, else for the nearest compatible name before it in its paragraph, which then keeps the floor.
  const described = p === 'he' || p === 'she' ? describedSubject(at, block, ctx) : null;
  const lastAt = ctx.lastPersonAt;
  const describedAfterQuote =
    described !== null &&
    (!lastAt || described.block > lastAt.block || (described.block === lastAt.block && described.at > lastAt.at));
  if (described && describedAfterQuote) {
    const fits = described.name && described.name !== notObject && pronounFits(p, ctx.genderOf(described.name));
    const f = found >= 0 ? ctx.mentions[found]! : null;
    if (fits && (!f || f.block < described.block || f.start < described.at)) return described.name;
  }
  const namesDescribed =
    describedAfterQuote &&
    found >= 0 &&
    ctx.mentions[found]!.block === described!.block &&
    ctx.mentions[found]!.start < described!.at;
  // A name in an object or a possessive ("because of Mr. Trump's remarks") yields to the nearest clause subject.
  if (!wantOrg && !namesDescribed && salient >= 0 && found >= 0 && found !== salient) {
    const f = ctx.mentions[found]!;
    if (!isSubjectMention(texts(f.block), f.start, f.end, 'bare')) found = salient;
  }
  if (found >= 0) {
    // The last person quoted keeps the floor ("“…,” Bozell says. / “…,” he adds.") unless someone is named after
    // that quote as a clause subject (Muzny et al.'s "most recent speaker" sieve, checked against newer mentions
    // first): a name in an object after it ("a rally for Donald Trump") does not take the floor; a name with an
    // appositive then a copula ("Whit Ayres -- author of … -- is skeptical …") does.
    const f = ctx.mentions[found]!;
    const last = ctx.lastPerson;
    if (
      !wantOrg &&
      last &&
      last !== notObject &&
      lastAt &&
      lastAt.block >= block - reach &&
      pronounFits(p, ctx.genderOf(last)) &&
      !namesDescribed &&
      (f.block < lastAt.block ||
        (f.block === lastAt.block && f.start < lastAt.at) ||
        !isSubjectMention(texts(f.block), f.start, f.end, 'bare'))
    )
      return last;
    return ctx.canonical[found] ?? sharedSurname(p, f.core, ctx) ?? f.core;
  }
  if (!wantOrg && ctx.lastPerson && ctx.lastPerson !== notObject && pronounFits(p, ctx.genderOf(ctx.lastPerson)))
    return ctx.lastPerson;
  if (p !== 'he' && p !== 'she') return null;
  // The last resort names a surname, which must still fit: "he" never takes a woman the article has gendered.
  const surname = sentenceOpeningSurname(at, block, ctx);
  if (surname && pronounFits(p, ctx.genderOf(surname))) return surname;
  // "She skirted the opening question …. || She also maneuvered around …. || “…,” she said": a chain of paragraphs
  // each with a sentence opening on the same pronoun carries it back to the person named before the chain.
  return chained(p, block, reach) ? resolvePronoun(p, 0, block - reach, ctx, reach, notObject) : null;

  function chained(pronoun: string, from: number, span: number): boolean {
    if (from - span < 1) return false;
    const opening = new RegExp(
      String.raw`(?:^|[.!?]["”’]?\s)${pronoun[0]!.toUpperCase()}${pronoun.slice(1)}\s\p{Ll}`,
      'u',
    );
    for (let b = from - 1; b >= from - span; b--) if (!opening.test(ctx.blockText(b))) return false;
    return true;
  }
}

/** The words between a name and a later one when the first only modifies it: role nouns ("consultant", "campaign manager"). */
function isModifierOf(between: string): boolean {
  const m = /^(?:['’]s)?\s((?:\p{Ll}[\p{Ll}-]*\s){1,3})$/u.exec(between);
  return m !== null && m[1]!.trim().split(/\s+/).every(isRoleWord);
}

/**
 * The one person a bare surname can mean for "he" or "she" when two people named in the article share it and the
 * entity rules therefore left it unassigned ("Clinton", with Hillary and Bill Clinton both named): the one whose
 * known gender fits the pronoun, when exactly one does and every bearer's gender is known. Null otherwise.
 */
function sharedSurname(p: string, core: string, ctx: SpeakerContext): string | null {
  if ((p !== 'he' && p !== 'she') || /\s/.test(core.trim())) return null;
  const bearers = ctx.entities.filter((e) => {
    const parts = e.name.split(/\s+/);
    return e.type === 'person' && parts.length > 1 && parts[parts.length - 1] === core;
  });
  if (bearers.length < 2 || bearers.some((e) => !ctx.genderOf(e.name))) return null;
  const fit = bearers.filter((e) => pronounFits(p, ctx.genderOf(e.name)));
  return fit.length === 1 ? fit[0]!.name : null;
}

/** A sentence opening with one capitalised word and its verb: "Calabrese told …", "Ban also kept …". */
const OPENING_SURNAME =
  /(?:^|[.!?]["”’]?\s+)(\p{Lu}[\p{Ll}'’-]{2,})(?=\s(?:also\s|later\s|then\s)?\p{Ll}+(?:ed|s|ld|ke|ve|ote|old)\b)/gu;

/**
 * The last resort for "he" or "she" when nobody named is in reach: the nearest sentence of this block or the one
 * before that opens with a lone surname the entity rules did not take up ("Calabrese told the National Post …
 * “…,” he said"): a word not in the lexicon as a common word, never written lowercase in those blocks, outside
 * quotes. Null otherwise.
 */
function sentenceOpeningSurname(at: number, block: number, ctx: SpeakerContext): string | null {
  for (let b = block; b >= Math.max(0, block - 1); b--) {
    const text = ctx.blockText(b);
    const end = b === block ? at : text.length;
    const lower = `${ctx.blockText(block - 1)} ${ctx.blockText(block)}`;
    let best: string | null = null;
    for (const m of text.slice(0, end).matchAll(OPENING_SURNAME)) {
      const word = m[1]!;
      const start = m.index! + m[0].length - word.length;
      if ((ctx.quoted.get(b) ?? []).some(([a, z]) => start >= a && start < z)) continue;
      if (isCommonWord(word) || isFunctionOrVerb(word) || lower.includes(` ${word.toLowerCase()} `)) continue;
      best = word;
    }
    if (best) return resolveName(ctx.entities, best)?.name ?? best;
  }
  return null;
}

/**
 * A lone capitalised word the lexicon knows nothing of that the article also writes after a given name ("Feinstein",
 * typed an organisation, beside "Dianne Feinstein"): when it speaks ("Feinstein said"), "he"/"she" may mean it. Not
 * "Google", "Ford", which the lexicon knows, nor "Reuters", never written after another name.
 */
function isUnknownSurname(core: string, ctx: SpeakerContext): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(core) &&
    lexiconTags(core).length === 0 &&
    ctx.mentions.some((m) => m.core.endsWith(` ${core}`))
  );
}
