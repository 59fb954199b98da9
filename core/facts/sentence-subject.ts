// The subject of a sentence that carries a quote with no reporting verb: "Cruz … questioned Trump's “New York
// values”", "She told ABC's “Good Morning America” …", "Like Corker, Menendez also rejected …, arguing that …".
// A sieve pass after the explicit cues (Muzny et al. 2017): the first main clause's subject, a name or a subject
// pronoun directly followed by its verb. Leading adverbials and subordinate clauses ("After Clinton accused him,
// he warned") are skipped; anything else gives null, so a doubtful sentence keeps no speaker.
import type { SpeakerContext } from './speaker-context';
import { GROUP_NOUNS } from './clause-subject';
import { OWN_WORDS, resolveSpeaker } from './resolve-speaker';
import { isDemonymOrAdjective } from './lexicon';
import { isRoleWord, OF_PLACE, VERB_NEXT } from './salience';
import { ROLE_NOUNS } from './titled-description';

/** Words that open an adverbial or subordinate clause, whose names are not the sentence's subject. */
const SUBORDINATE =
  /^(?:\p{L}+ing\s|given|after|before|when|whenever|while|if|unless|although|though|because|since|as|like|unlike|in|on|at|for|from|with|without|during|under|over|by|to|of|about|despite|following|amid|among|against|than|until|asked|speaking|responding|writing|according|once|where|whether|what|why|how|besides|beyond|within|through|throughout|into|upon|toward|towards|behind|near|perhaps|even)\b/iu;
/** Connectives and sentence adverbs before a subject: "But Trump …", "Still, Petrilli …", "Sure, he admits". */
const CONNECTIVE =
  /^(?:but|and|so|yet|still|sure|now|then|later|instead|however|also|indeed|meanwhile|again|earlier|first|finally|similarly|likewise|too|thus|moreover|separately|nevertheless|nonetheless|today|yesterday|tonight)\b[,\s]*/i;
const NAME_RUN =
  /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev)\.\s)?(?:\p{Lu}[\p{L}'’-]*\.?\s){0,5}\p{Lu}[\p{L}'’-]*(?:\s\([A-Z]-[\p{L}.]+\))?/u;
const APPOSITIVE =
  /^,\s(?:who|whose|a|an|the|\p{Ll}[^,]{0,80}?|\d+|(?:\p{Lu}[\p{L}.-]*\s){0,3}\p{Lu}[\p{L}.-]*['’]s\s)[^,]{0,160},(?=\s)/u;
/** Lowercase role words between capitalised ones and the name: "Republican presidential front-runner Donald Trump". */
const ROLE_THEN_NAME = /^\s((?:\p{Ll}[\p{Ll}-]+\s){1,3})(?=\p{Lu})/u;
const PRONOUN = /^(?:he|she|they|we|i)\b/i;
/** After a name's possessive: its role, the last word a lowercase role noun, closed by a comma (" Virginia state director, "). */
const POSSESSED_ROLE = /^\s(?:[\p{L}-]+\s){0,3}(\p{Ll}[\p{Ll}-]+),\s/u;
/**
 * A short described subject: "the commission", "The two lawmakers", "a spokesman for Bernie Sanders", "the justice",
 * "One operative inside Trump Tower", "an aide at the White House" (a head from titled-description.ts's general list
 * of role nouns, or a body, document or group, and a named place or body it belongs to).
 */
const DESCRIBED = new RegExp(
  String.raw`^(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Ss]everal|[Ss]ome)\s(?:(?:\p{Ll}[\p{Ll}-]*|\p{Lu}[\p{L}-]*(?=\s\p{Ll}))\s){0,3}(?:spokes(?:man|woman|person)|aides?|officials?|advisers?|lawmakers?|commission|committee|foundation|campaign|group|report|study|survey|statement|poll|book|letter|email|memo|lawsuit|protesters|crowd|critics|supporters|activists|organizers|organization|agency|department|company|union|court|board|council|ministry|government|administration|\d+-year-old|${[...ROLE_NOUNS].join('|')})(?:\s(?:for|from|inside|in|at|with)\s(?:the\s)?(?:\p{Lu}[\p{L}'’-]*\s?){1,3})?(?=[\s,])`,
  'u',
);

/** "The major danger he sees for these plans is ", "What she wants is ": a pronoun's clause, then a copula, then the quote. */
const PRONOUN_IN_SUBJECT =
  /^\s*(?:The|What|All)\s(?:[\p{Ll}-]+\s){0,4}?(he|she|they)\s\p{Ll}+s?\s(?:[\p{Ll}\s-]{0,40}\s)?(?:is|was|are|were)\s*$/u;

/** A subject phrase (group 2; group 1 the space before it), an aside, a copula and "that" or a colon before the quote. */
const OWN_WORDS_THEN_COPULA =
  /^(\s*)([^,;:]+?)(?:,\s[^,;:]{1,60},)?\s(?:is|was|has\sbeen|had\sbeen)(?:\ssimple|\sclear)?(?::|\sthat)?\s*$/u;

/** A sentence opening on "To" and a name, then a comma: "To Sharp, …", "To Mr. Smith, …". */
const VIEW_OF = /^\s*To\s((?:(?:Mr|Mrs|Ms|Dr)\.\s)?(?:\p{Lu}[\p{L}'’-]*\s){0,2}\p{Lu}[\p{L}'’-]*),\s/u;
/** A sentence opening on whose words it gives: "In Dr. Shadlen’s words, “…”". */
const WORDS_OF =
  /^\s*In\s((?:(?:Mr|Mrs|Ms|Dr)\.\s)?(?:\p{Lu}[\p{L}'’-]*\s){0,2}\p{Lu}[\p{L}-]*)['’]s\s(?:own\s)?words,\s/u;

/** A copula, a short predicate and the colon before the quote: " was blunt: ", " was conclusive in its findings: ". */
const COPULA_THEN_COLON =
  /^\s(?:(?:also|still|even|again)\s)?(?:is|was|are|were|seemed|sounded|remained)\s(?!(?:a|an|the|no|not|there|here)\b)\p{Ll}[^,;:.!?]{0,60}:\s*$/u;

/** A copula and a predicate that opens on no determiner: " was adamant that", " is confident". */
const COPULA_ADJECTIVE =
  /^\s(?:(?:also|still|now|clearly)\s)?(?:is|was|are|were)\s(?!(?:a|an|the|no|not|there|here|in|on|at)\b)\p{Ll}{3,}\b/u;

/** The head of a described subject that is a person (or people), not a body. */
const PERSON_ROLE = new RegExp(
  String.raw`(?:spokes(?:man|woman|person)|aides?|officials?|advisers?|lawmakers?|\d+-year-old|protesters|critics|supporters|activists|organizers|${[...ROLE_NOUNS].join('|')})$`,
);

function blankQuotes(s: string): string {
  return s.replace(/["“„«][^"“”«»]*["”“»]|''(?:[^']|'(?!'))*''/g, (q) => ' '.repeat(q.length));
}

/**
 * The speaker named by the subject of the sentence [sentStart, limit) of block `b` (limit: the quote's opening
 * mark), resolved as a reporting clause's subject would be; null when the sentence's first main clause does not open
 * with a name or a subject pronoun followed by a verb.
 */
export function sentenceSubject(
  text: string,
  sentStart: number,
  limit: number,
  b: number,
  ctx: SpeakerContext,
  quoteAt: number,
  forParticiple = false,
): string | null {
  const s = blankQuotes(text.slice(sentStart, limit));
  /** "In a statement on Monday, Smith was blunt: “…”": a copula and its predicate introduce a quote after a colon. */
  // "She was adamant that …, telling Keyworth they wouldn't “…”": a participle with no subject of its own is the
  // main clause's subject's, whatever its verb; a copula and an adjective make that clause too.
  const verbNext = (after: string): boolean =>
    VERB_NEXT.test(after) || COPULA_THEN_COLON.test(after) || (forParticiple && COPULA_ADJECTIVE.test(after));
  // "The major danger he sees for these plans is ''…''": a subject pronoun inside the subject phrase speaks.
  const held = PRONOUN_IN_SUBJECT.exec(s);
  if (held) return resolveSpeaker(held[1]!, sentStart + held[0].indexOf(held[1]!, 4), b, ctx, quoteAt);
  // "The Florida senator’s answer was that “…”", "Hillary Clinton’s campaign slogan is “…”": a person's words named
  // by a noun of saying, then a copula; the person speaks.
  const owned = OWN_WORDS_THEN_COPULA.exec(s);
  if (owned && OWN_WORDS.test(owned[2]!))
    return resolveSpeaker(owned[2]!, sentStart + owned[1]!.length, b, ctx, quoteAt);
  // "To Sharp, Trump is the “kind-hearted and caring” man": the person whose view the sentence gives.
  const view = VIEW_OF.exec(s) ?? WORDS_OF.exec(s);
  if (view) {
    const who = resolveSpeaker(view[1]!, sentStart + view[0].indexOf(view[1]!), b, ctx, quoteAt);
    if (who && ctx.typeOf(who) === 'person') return who;
  }
  let at = 0;
  for (let guard = 0; guard < 6 && at < s.length; guard++) {
    const rest = s.slice(at);
    const lead = /^\s*/.exec(rest)![0].length + (CONNECTIVE.exec(rest.trimStart())?.[0].length ?? 0);
    const clause = rest.slice(lead);
    if (SUBORDINATE.test(clause)) {
      // Skip to the clause after the next comma.
      const comma = clause.indexOf(', ');
      if (comma >= 0) {
        at += lead + comma + 2;
        continue;
      }
      // "Holding signs calling Christie “New Jersey’s Biggest Loser,” the protesters chanted": a comma inside a
      // quotation's closing mark ends a leading participle phrase.
      const from = at + lead;
      const inQuote = /^\p{L}+ing\s/u.test(clause) ? /,["”]\s/.exec(text.slice(sentStart + from, limit)) : null;
      if (!inQuote) return null;
      at = from + inQuote.index + 3;
      continue;
    }
    const start = sentStart + at + lead;
    const pron = PRONOUN.exec(clause);
    if (pron) {
      return verbNext(clause.slice(pron[0].length)) ? resolveSpeaker(pron[0], start, b, ctx, quoteAt) : null;
    }
    // "the commission recognized …", "The two lawmakers, however, argue …": a described subject and its verb. The
    // description resolves as a reporting clause's would ("the senator" → the person last quoted, when they agree).
    const described = DESCRIBED.exec(clause);
    if (described) {
      let rest = clause.slice(described[0].length);
      const aside = /^,\s\p{Ll}+,(?=\s)/u.exec(rest);
      if (aside) rest = rest.slice(aside[0].length);
      if (
        !COPULA_THEN_COLON.test(rest) &&
        (!VERB_NEXT.test(rest) || /^\s(?:\p{Ll}+ly\s)?(?:has|had|have|is|was)\b/u.test(rest))
      )
        return null;
      const who = resolveSpeaker(described[0], start, b, ctx, quoteAt);
      // "The GOP presidential candidate sent out an email …": a person's role is not the body named inside it, nor
      // the place or body it belongs to ("One operative inside Trump Tower" is not Trump Tower).
      const head = described[0].replace(/\s(?:for|from|inside|in|at|with)\s.*$/su, '');
      const type = who ? ctx.typeOf(who) : null;
      return who && (type === 'org' || type === 'place') && PERSON_ROLE.test(head) ? described[0] : who;
    }
    const name = NAME_RUN.exec(clause);
    if (
      !name ||
      // "You have to go back 12 years to see …": the generic "you" is the reader, no one the text names.
      /^(?:The|A|An|This|That|These|Those|It|There|Here|What|Some|Many|Most|One|Its|Their|His|Her|You|Your)$/.test(
        name[0],
      )
    )
      return null;
    let subject = name[0];
    let after = clause.slice(name[0].length);
    // "Trump’s Virginia state director, Mike Rubino, reached out …": a run of capitals ends at a possessive; the role
    // after it may hold a capitalised word.
    const possessive = /^(?:\S+\s){0,4}?\S+['’]s(?=\s)/u.exec(subject);
    if (possessive && possessive[0].length < subject.length) {
      subject = possessive[0];
      after = clause.slice(subject.length);
    }
    // "Mr. Trump's campaign chairman, Paul Manafort, dismissed …": a name's possessive role, then the name apposed to it.
    const owned = /['’]s$/.test(subject) ? POSSESSED_ROLE.exec(after) : null;
    if (owned && ROLE_NOUNS.has(owned[1]!)) {
      const named = NAME_RUN.exec(after.slice(owned[0].length));
      const rest = named ? after.slice(owned[0].length + named[0].length) : '';
      if (named && rest.startsWith(',')) {
        subject = named[0];
        after = rest.slice(1);
      }
    }
    const role = ROLE_THEN_NAME.exec(after);
    if (role && role[1]!.trim().split(' ').every(isRoleWord)) {
      const named = NAME_RUN.exec(after.slice(role[0].length));
      if (named) {
        subject = named[0];
        after = after.slice(role[0].length + named[0].length);
      }
    }
    // "Clinton supporters responded with chants of “…”", "Sanders protesters interrupted her speech, shouting “…”": a
    // name before a plural group noun only modifies the group, which is the subject (not "supporters" as a verb).
    const group = new RegExp(String.raw`^\s(?:${GROUP_NOUNS})\b`).exec(after);
    if (subject === name[0] && group) {
      const rest = after.slice(group[0].length);
      return VERB_NEXT.test(rest) && /^[\p{Lu}]/u.test(subject) ? `${subject}${group[0]}` : null;
    }
    // "Republican voters in Iowa backed …": an adjective heading a lowercase noun is a described group, not a name.
    if (subject === name[0] && /^\S+$/.test(subject) && isDemonymOrAdjective(subject) && /^\s\p{Ll}/u.test(after))
      return null;
    // "Chancellor Angela Merkel of Germany condemned …": a place or body after the name is part of its phrase.
    const of = OF_PLACE.exec(after);
    if (of) after = after.slice(of[0].length);
    const app = APPOSITIVE.exec(after);
    if (app) after = after.slice(app[0].length);
    if (!verbNext(after)) return null;
    const who = resolveSpeaker(subject, start + clause.indexOf(subject), b, ctx, quoteAt);
    // A bare capitalised word that no rule knows ("Officials") stays no speaker; before "of Place", only a name the
    // article knows ("Former Secretary of State …" is a title, not a subject and its place).
    return who && /^\p{Lu}/u.test(who) && (!of || ctx.typeOf(who)) ? who : null;
  }
  return null;
}
