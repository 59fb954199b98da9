// The reporting verb before a quote and its subject phrase, for attribution.ts: the nearest verb whose subject is
// not an aside, a subordinate clause's or an earlier verb's ("Asked if …, Ryan said, “…”" is Ryan's).
import { namedSegment, subjectOfClause } from './clause-subject';
import { isGazetteerPlace } from './gazetteer';
import { lexiconEntityType } from './lexicon';
import { isNotAVerb, VERB_AT, VERBS } from './reporting-verbs';

/**
 * The reporting verb before a quote and its subject phrase, nearest verb first: "Asked if …, Ryan said, “…”" is
 * Ryan's, not the asker's. Earlier quotations in the sentence are blanked so that "said that this was a “new”
 * expectation and we should “…”" still reaches its verb. A participle with no subject ("…, adding, “…”") gives an
 * empty phrase: the sentence's subject speaks. Null when no verb introduces the quote.
 */
export function verbBefore(before: string, partial: boolean): { clause: string; who: string; whoAt: number } | null {
  // A comma the writer put inside the marks still closes a leading phrase: "Asked why … on "CBS This Morning,"
  // Sanders said he had not "…"" is Sanders's, not the Clinton named before it.
  // Only for a quotation inside the writer's phrase, after a lowercase word: not "“Oh, …,” said Joe Biden, urging".
  const masked = before
    .replace(/[“"][^“”"]*[”"]/g, (q, at: number) =>
      /,["”]$/.test(q) && /\p{Ll}\s$/u.test(before.slice(0, at))
        ? `${' '.repeat(q.length - 2)}, `
        : ' '.repeat(q.length),
    )
    // "… for a second time saying "“It’s …": a stray mark doubled before the quote's own is no earlier quotation.
    .replace(/\s["“”]$/u, '  ');
  // "Smith “never answered,” said Senator John Roe, who called the hearing “…”", "…,” said a former official who …
  // described the controversy as “…”": a quote inside a "who" clause after an inverted speaker is that speaker's,
  // not the name before the earlier quotation's, nor a nearer verb's subject inside the clause.
  const relative = INVERTED_THEN_WHO.exec(before);
  if (relative && !/\b(?:whom|whose|which)\b/.test(relative[2]!)) {
    const whoAt = relative.index + relative[0].indexOf(relative[1]!, relative[0].search(/\s/));
    return { clause: relative[0].replace(/^["”\u2060']*,?\s*/u, '').trim(), who: relative[1]!, whoAt };
  }
  const verbs = [...masked.matchAll(VERB_AT)];
  for (let k = verbs.length - 1; k >= 0; k--) {
    const v = verbs[k]!;
    const tail = masked.slice(v.index! + v[0].length);
    if (tail.length > 160 || /["“”«»]/.test(tail)) return null;
    // The whole text before the verb: a window cut mid-word would start the subject inside a name ("ez Anderson").
    let head = masked.slice(0, v.index!);
    // "Said Comey, “…”", "Stated Stone: “…”": a sentence opening on its reporting verb names the speaker after it.
    // "“Brujas has a bond,” said Carla Cruz, 24. “…”": a verb right after an earlier quotation does the same.
    const opening = INVERTED_OPENING.test(v[0]) && /(?:^|[.!?]["”\u2060]*\s)\s*$/.test(head);
    // "But, said Solovey, “…”": so does one after a sentence-opening connective and its comma ("But, he said" is
    // read as usual below).
    const afterConnective =
      INVERTED_OPENING.test(v[0].charAt(0).toUpperCase() + v[0].slice(1)) &&
      /(?:^|[.!?]["”\u2060]*\s)\s*(?:But|And|Yet|Still|So|Then|Now|Instead|Later|Again|However),\s+$/.test(head);
    // "In other words, explained CBS moderator Nancy Cordes: “…”", "Later that night, wrote Smith: “…”": so does one
    // after a short lowercase opening phrase, when the speaker it names closes on the colon before the quote.
    const afterOpening =
      /^\p{Ll}/u.test(v[0]) &&
      INVERTED_OPENING.test(v[0].charAt(0).toUpperCase() + v[0].slice(1)) &&
      /(?:^|[.!?]["”\u2060]*\s)\s*\p{Lu}\p{Ll}*(?:\s\p{Ll}+){1,4},\s+$/u.test(head) &&
      /:\s*$/.test(tail);
    if (afterOpening) {
      const after = INVERTED_SPEAKER.exec(tail);
      if (after && after[1]!.split(/\s+/).length <= 8) {
        const whoAt = v.index! + v[0].length + after.index + after[0].indexOf(after[1]!);
        return { clause: `${v[0]} ${after[1]!}`, who: after[1]!, whoAt };
      }
    }
    if (opening || afterConnective || (/^\p{Ll}/u.test(v[0]) && /["”][\u2060']*\s*$/.test(before.slice(0, v.index!)))) {
      const after = INVERTED_SPEAKER.exec(tail);
      if (after && after[1]!.split(/\s+/).length <= 16) {
        const whoAt = v.index! + v[0].length + after.index + after[0].indexOf(after[1]!);
        return { clause: `${v[0]} ${after[1]!}`, who: after[1]!, whoAt };
      }
      if (opening) continue;
    }
    if (isNotAVerb(v[0], head)) continue;
    // "Sanders was asked by host Bill Maher, who …, “Now, you famously said …?”": a question put in the passive is
    // its asker's, named after "by"; not the person asked.
    const asker = /^asked$/i.test(v[0]) && /\s(?:was|were)\s$/.test(head) ? ASKED_BY.exec(tail) : null;
    if (asker) {
      const whoAt = v.index! + v[0].length + asker[0].length - asker[1]!.length;
      return { clause: `${v[0]} by ${asker[1]!}`, who: asker[1]!, whoAt };
    }
    // "…, with Trump reportedly yelling: “…”", "…, with the crowd chanting “…”": an absolute "with X VERBing" has a
    // subject of its own, which speaks; not the sentence's, and not a name before ", with" (read as an aside below).
    const absolute = /ing$/i.test(v[0]) && tail.trim().length <= 2 ? ABSOLUTE_WITH.exec(head) : null;
    if (absolute) {
      const whoAt = absolute.index + absolute[0].length - absolute[1]!.length - (absolute[2]?.length ?? 0) - 1;
      return {
        clause: before
          .slice(whoAt)
          .replace(/[,:]?\s*$/, '')
          .trim(),
        who: absolute[1]!,
        whoAt,
      };
    }
    // "The paradox of Nancy, says Carl Anthony, historian at …, is that she was “…”": a verb between commas with a
    // name and its comma right after it is an inverted aside; the name speaks, not the phrase before it.
    const aside = MID_VERB.test(v[0]) && /\p{L},\s$/u.test(head) ? MID_INVERTED.exec(tail) : null;
    if (aside) {
      const whoAt = v.index! + v[0].length + aside[0].indexOf(aside[1]!);
      return { clause: `${v[0]} ${aside[1]!}`, who: aside[1]!, whoAt };
    }
    // "…, Hollande said Tuesday in Paris, noting the Republican nominee “…”", "…, Spicer said, adding, “…”": a
    // participle right after a named reporting clause continues it; that clause's subject speaks.
    const continued = /^\p{Ll}+ing$/u.test(v[0]) && PARTICIPLE_AFTER_CLAUSE.exec(head);
    if (continued) {
      const whoAt = v.index! - head.length + continued.index + continued[0].indexOf(continued[1]!);
      return {
        clause: before
          .slice(whoAt)
          .replace(/[,:]?\s*$/, '')
          .trim(),
        who: continued[1]!,
        whoAt,
      };
    }
    // "Blunt, after a long pause, said", "Clinton, exasperated, famously responded": asides between the subject and
    // its verb are blanked (same length, so offsets hold).
    // Only when a short subject is left ("Trump, in Kentucky, said" after a sentence with no period is not).
    let blanked = head;
    for (let k = 0; k < 3; k++) {
      const aside = ASIDE_BEFORE_VERB.exec(blanked);
      if (!aside) break;
      blanked = blanked.slice(0, aside.index) + ' '.repeat(aside[0].length);
    }
    // "after Mr. Trump, asked about …, had said": the subject is counted from the last subordinating word.
    const left = (/(?:^|[,;:.]\s)([^,;:"“”«».]*)$/u.exec(blanked)?.[1] ?? '').replace(SUBORDINATE_SUBJECT, '').trim();
    if (blanked !== head && left && left.split(/\s+/).length <= 8) head = blanked;
    // "Stacy Baker of Columbia, South Carolina says": the comma inside a hometown and its state or country closes
    // nothing (masked with a same-length stand-in; the speaker phrase is read from `before`).
    head = head.replace(HOMETOWN_COMMA, (m, town: string, place: string) =>
      isPlaceName(place.trim()) ? `${town}\u2024${m.slice(town.length + 1)}` : m,
    );
    // "and" starts a new subject only before a name or pronoun ("…, and Smith said"), not in "X smiled and said".
    const bound = /(?:^|[,;:.]\s|\band\s(?=\p{Lu}|(?:he|she|they|we|I)\s))([^,;:"“”«».]*)$/u.exec(head);
    if (!bound) continue;
    // So does the last subordinating word before a name: "Axelrod tweeted after Clinton argued that “…”".
    const sub = SUBORDINATE_SUBJECT.exec(bound[1]!);
    let who = (sub ? bound[1]!.slice(sub[1]!.length) : bound[1]!).trim();
    // "39 percent blame his supporters and 22 percent say": a poll's second share is the verb's subject, not the
    // clause before it.
    const share = /\sand\s(\d[\d.]*\s?(?:percent|per\scent|%)(?:\sof\s[^,]*)?)$/u.exec(who);
    if (share) who = share[1]!;
    // "Mr. Trump tries …, showcasing his large crowds …, alternately shouting “…”": a participle after another
    // participle's phrase continues it; the sentence's subject speaks, not the first participle's object.
    if (/ing$/i.test(v[0]) && /^\p{Ll}+ing\s/u.test(who)) who = '';
    if (who.length > 100) continue;
    // "Stuart Stevens, …, said the way the Clinton operation disparaged women who complained about … ''…''": a
    // phrase opening on an earlier reporting verb is that verb's clause, not a subject; the earlier verb introduces.
    if (/^\p{Ll}/u.test(v[0]) && heldVerb(who)) continue;
    // "Sanders's campaign manager, Jeff Weaver, said": an appositive closes just before the verb; the subject is
    // the whole phrase from the clause's start.
    if (!who && /,\s*$/.test(head) && !/ing$/i.test(v[0])) {
      const whole = /(?:^|[;:.]\s)([^;:"“”«».]+?),\s*$/.exec(head);
      if (whole && whole[1]!.split(/\s+/).length <= 14) {
        const whoAt = v.index! - head.length + whole.index + whole[0].indexOf(whole[1]!);
        const clause = before
          .slice(whoAt)
          .replace(/[,:]?\s*$/, '')
          .trim();
        return { clause, who: before.slice(whoAt, whoAt + whole[1]!.length), whoAt };
      }
      // Longer: "As Andrew J. Tabler, an expert on Syria at the Washington Institute for Near East Policy, noted",
      // "Tuesday at Baldwin Wallace University in Berea, OH, after winning Ohio, Gov. John Kasich (R-OH), said":
      // the short capitalised segment before the trailing lowercase appositives is the subject.
      const named = whole && namedSegment(whole[1]!);
      if (named) {
        const whoAt = v.index! - head.length + whole.index + whole[0].indexOf(whole[1]!) + named.at;
        return {
          clause: before
            .slice(whoAt)
            .replace(/[,:]?\s*$/, '')
            .trim(),
          who: named.text,
          whoAt,
        };
      }
    }
    const whoAt =
      v.index! - head.length + bound.index + bound[0].indexOf(bound[1]!) + Math.max(0, bound[1]!.indexOf(who));
    if (who || partial || /ing$/i.test(v[0])) {
      const from = v.index! - head.length + bound.index;
      const clause = before
        .slice(from)
        .replace(/^[,;:.]\s|^and\s/i, '')
        .replace(/[,:]?\s*$/, '')
        .trim();
      // "Speaking on Morning Ireland he bypassed the question for a second time saying “…”": a participle with no
      // comma before it continues a clause of its own; that clause's pronoun subject speaks, not its object.
      const pronoun = /^\p{Ll}+ing$/u.test(v[0]) ? /(?:^|\s)(he|she|they)\s\p{Ll}+(?:ed|s)\s/u.exec(who) : null;
      if (pronoun) return { clause, who: pronoun[1]!, whoAt: whoAt + pronoun.index + pronoun[0].indexOf(pronoun[1]!) };
      // "Black Lives Matter issued a statement saying …", "Mr. Trump, who …, issued a statement Tuesday saying …": a
      // document issued and then "saying" is its issuer's word; the issuer speaks, not the document (nor the whole
      // clause). With no subject before the verb, the sentence's subject issued it.
      const issued = /^\p{Ll}+ing$/u.test(v[0]) ? ISSUED_DOCUMENT.exec(who) : null;
      // "Amnesty International in London issued a report …": the place it is in does not speak.
      if (issued) return { clause, who: (issued[1] ?? '').replace(/\s(?:in|at)\s[\s\S]*$/u, '').trim(), whoAt };
      return { clause, who: subjectOfClause(before.slice(whoAt, whoAt + who.length)), whoAt };
    }
  }
  return null;
}

/**
 * A subject (group 1, may be absent; a named one may end on its place, "The Holocaust Memorial Museum in
 * Washington"), a verb of issuing and the document it issued, with up to three words after it ("Tuesday", "on its
 * website"): "Black Lives Matter issued a statement", "released a brief statement Monday", "The group put out a press
 * release", "issued a report this month". Not a document held or read ("held up a sign", "read a letter"): their words are
 * the document's.
 */
const ISSUED_DOCUMENT =
  /^(?:((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s(?:[\p{Ll}-]+\s){0,3}|(?:(?:[Tt]he|[Aa]n?)\s)?(?:\p{Lu}[\p{L}.'’\u2024-]*\s){1,5}(?:(?:in|of|at)\s(?:\p{Lu}[\p{L}.'’\u2024-]*\s){1,3})?|(?:he|she|they|it|we)\s)(?:also\s|then\s|later\s)?)?(?:issued|released|put\sout|sent\sout|sent|posted|published)\s(?:a|an|the|his|her|its|their)\s(?:[\p{Ll}-]+\s){0,2}(?:statement|press\srelease|release|letter|e-?mail|memo|message|tweet|note|report)(?:\s[\p{L}\d]+){0,3}$/u;

/** " by host Bill Maher" (group 1: the asker, up to two lowercase role words before a capitalised name). */
const ASKED_BY = /^\s+by\s((?:[\p{Ll}-]+\s){0,2}(?:\p{Lu}[\p{L}.'’\u2024-]*\s?){1,4}?)(?=[,:]|\s*$)/u;

/**
 * Whether a subject phrase holds a reporting verb of its own ("said the way the Clinton operation …"), so that it is
 * that verb's clause; not when a new subject follows it ("a woman asked for a photo and Clinton").
 */
function heldVerb(who: string): boolean {
  const m = new RegExp(String.raw`(?:^|\s)(${VERBS})\s`, 'u').exec(who);
  if (!m || isNotAVerb(m[1]!, who.slice(0, m.index + m[0].indexOf(m[1]!)))) return false;
  // "the groups who wrote to her on Thursday say": a restrictive relative clause's verb belongs to the subject.
  if (/\s(?:who|that)$/.test(who.slice(0, m.index))) return false;
  // "… in key states means “…,” she": a subject pronoun closing the phrase is the verb's subject.
  return !/\band\s(?:\p{Lu}|(?:he|she|they|we|I)\s)|\s(?:he|she|they|we|I)$/u.test(who.slice(m.index));
}

/**
 * "with" and its subject right before a participle (group 1; group 2 an adverb after it): " with Trump reportedly ",
 * " with the crowd ", " with Sen. Elizabeth Warren ". A name run, or a determiner and up to three lowercase words.
 */
const ABSOLUTE_WITH =
  /(?:^|[,;—–-]\s*|\s)with\s((?:the|a|an|his|her|their|its|some|many)\s(?:\p{Ll}[\p{L}'’-]*\s){0,2}\p{Ll}[\p{L}'’-]*|(?:\p{Lu}[\p{L}'’\u2024-]*\s){0,4}\p{Lu}[\p{L}'’-]*)(\s\p{Ll}+ly)?\s$/u;

/** A name and its finite reporting verb, an adjunct of a few words, then the comma before a participle (group 1). */
const PARTICIPLE_AFTER_CLAUSE =
  /(?:^|,\s+|[.!?]["”\u2060]*\s)((?:\p{Lu}[\p{L}'’\u2024-]*\s){0,3}\p{Lu}[\p{L}'’-]*)\s(?:said|says|told\s\p{L}+|added|wrote|tweeted|explained|argued|stated)(?:\s[\p{L}\d]+){0,4},\s$/u;

/** Reporting verbs that can open a sentence with the speaker after them: "Said Comey, “…”". */
const INVERTED_OPENING = /^(?:Said|Says|Added|Adds|Stated|Wrote|Writes|Tweeted|Explained|Recalled|Noted|Declared)$/;
/** Verbs an inverted aside uses; not one taking a person object ("…, manager, told CNN, “…”"). */
const MID_VERB =
  /^(?:said|says|wrote|writes|added|adds|noted|notes|explained|explains|argued|argues|recalled|recalls|insisted|insists|observed|claimed|claims|suggested|concluded|declared)$/;
/** A name and its comma right after a mid-sentence verb (group 1): " Carl Anthony, historian at …". */
/** A state, country or town the lexicon or the gazetteer knows ("South Carolina", "Ohio", "Westchester"). */
function isPlaceName(name: string): boolean {
  return isGazetteerPlace(name) || lexiconEntityType(name.toLowerCase()) === 'place';
}

/** "of Columbia, South Carolina " right before the verb: a town after "of" or "from", its comma, a place (group 2). */
const HOMETOWN_COMMA =
  /(\b(?:of|from)\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}),(\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\s*)$/u;
const MID_INVERTED = /^\s((?:\p{Lu}[\p{L}'’\u2024-]*\s){0,3}\p{Lu}[\p{L}'’-]*),\s/u;
/**
 * An earlier quotation's closing mark, an inverted plain reporting verb, its speaker (group 1: a name or a described
 * someone, no comma inside) and a "who" clause running to the quote (group 2), with no other quotation between.
 */
const INVERTED_THEN_WHO =
  /["”][\u2060']*,?\s+(?:said|says|added|adds|wrote|writes|noted|notes)\s+((?:\p{Lu}|(?:an?|the|one)\s)[^"“”«»,;:]{0,100}?),?\s+who\s([^"“”«»]{0,200})$/u;
/** The speaker after an opening verb, up to the comma or colon before the quote: " Dorothy Poynter, who …, ". */
const INVERTED_SPEAKER = /^\s((?:\p{Lu}|(?:an?|the|one)\s)[^"“”«»]{0,140}?)\s*[,:.]\s*$/u;

/**
 * An aside closing the text before a reporting verb, after a comma: ", meanwhile,", ", after a long pause,", ", once",
 * a question, a present participle, or a past participle and its preposition ("Mr. Trump, asked about the deaths
 * of journalists under Mr. Putin, had said", "Clinton, speaking to reporters, said", "…, confronted by ABC's host
 * …, said"), and an auxiliary after it. Not any past participle: that lost on train.
 */
const ASIDE_BEFORE_VERB =
  /,\s(?:\p{Ll}+ly|meanwhile|once|now|also|then|however|though|too|again|later|instead|in turn|\p{Ll}{3,}ed|(?:after|before|during|despite|in|at|on|with|for|under)\s[^,;:"“”«».]{1,40}|(?:asked|pressed|questioned|\p{Ll}{3,}ing|\p{Ll}{3,}ed\s(?:by|about|with|in|at|on|for|to|from|into|after))\s[^,;:"“”«».]{1,90})(?:,\s*|(?<=ly|once)\s+)(?:had\s|has\s|have\s|would\s)?$/u;

/** Up to the last subordinating word before a name, pronoun or description (group 1): "Axelrod tweeted after ". */
const SUBORDINATE_SUBJECT =
  /^(.*\b(?:[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Bb]ecause|[Ss]ince|[Uu]ntil|[Oo]nce|[Tt]hough|[Aa]lthough|so\s\p{Ll}+\sthat)\s)(?=\p{Lu}|(?:he|she|they|we|I)\s|(?:an?|the|one)\s\p{Ll})/u;
