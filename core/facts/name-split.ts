// Cutting a run of capitalised words into the names it holds: at words that never belong to a name, at a
// possessive or "-based"-style suffix, at "and" between two names, at "of" between a person and a place, and after
// a company suffix. Cleaning each piece is name-mentions.ts.
import { isCommonWord, isFirstNameOnly, isKnownNamePart, lexiconEntityType, lexiconTags } from './lexicon';
import { isNewsOutlet } from './news-outlets';
import {
  ALIAS_GROUPS,
  isGivenNameThenWordSurname,
  NOT_NAMES,
  ORG_KEYWORDS,
  PERSON_TITLES,
  PLACE_KEYWORDS,
} from './name-rules';

/** A place the lexicon or the alias table knows ("Ohio", "New Jersey", "U.S."). */
function isPlaceName(s: string): boolean {
  return (
    lexiconEntityType(s.toLowerCase()) === 'place' ||
    ALIAS_GROUPS.some((g) => g.type === 'place' && (g.name === s || g.aliases.includes(s)))
  );
}

/**
 * A place, or a body the lexicon knows, named by a keyword ("Harvard University") or by an acronym ("FBI", "NRA"):
 * what a title after it belongs to.
 */
function isPlaceOrBody(s: string): boolean {
  if (isPlaceName(s) || lexiconEntityType(s.toLowerCase()) === 'org') return true;
  if (/^\p{Lu}{2,6}$/u.test(s) && !PERSON_TITLES.has(s.toLowerCase())) return true;
  // "House Speaker Paul Ryan", "Senate Minority Leader Harry Reid": a chamber alone before its officer's title.
  if (/^(?:House|Senate)$/.test(s)) return true;
  const words = s.split(' ');
  // "New York City Mayor Bill de Blasio", "Maricopa County Recorder Helen Purcell".
  if (words.length >= 2 && /^(?:City|County)$/.test(words[words.length - 1]!)) return true;
  return words.length >= 2 && ORG_KEYWORDS.has(words[words.length - 1]!.toLowerCase());
}

/**
 * A hyphenated suffix that makes a name an adjective and ends it: a known one ("Pakistan-based", "U.S.-led",
 * "Republican-leaning", "Apollo Project-type", "Spanish-language") or any lowercase participle ("Clinton-backing
 * Senate", "Sanders-supporting Working Families Party", "Jeb Bush-spent", "Bain-engineered"). Lowercase only for the
 * participles, so "Garcia-Harding" stays a surname.
 */
const KNOWN_AFFIX =
  /-(?:based|born|led|backed|owned|made|run|funded|style|era|bound|linked|affiliated|inspired|allied|dominated|leaning|aligned|sponsored|controlled|type|themed|area|language|maker|class|level|wide|friendly|centric)$/i;
const PARTICIPLE_AFFIX = /-(?:\p{Ll}{2,}(?:ed|ing)|spent|won|grown|built)$/u;

export function hasAffix(word: string): boolean {
  return (KNOWN_AFFIX.test(word) || PARTICIPLE_AFFIX.test(word)) && !SHORT_PREFIX.test(word);
}

/** A prefix before a hyphen, not a name ("Co-sponsored", "Re-elected"). */
const SHORT_PREFIX = /^(?:co|re|pre|non|anti|pro|ex|self|un|over|under|mid|multi|post)-/i;

/** The name without its adjective-making suffix ("Pakistan-based" → "Pakistan"); unchanged when it has none. */
export function withoutAffix(name: string): string {
  if (SHORT_PREFIX.test(name.split(' ').pop()!)) return name;
  return name.replace(KNOWN_AFFIX, '').replace(PARTICIPLE_AFFIX, '');
}

/**
 * A word that shows a run of capitals is a headline in title case, not a name: a capitalised form of "be", "have" or
 * "do" inside the run (opening it, it asks a question: "Does Ted Cruz?"), a negated contraction ("Won’t", "Don’t"),
 * or a capital "A" inside the run.
 */
function isHeadlineWord(w: string, at: number): boolean {
  return (
    (at > 0 && /^(?:Are|Is|Was|Were|Am|Be|Been|Being|Has|Have|Had|Does|Did)$/.test(w)) ||
    /^\p{Lu}\p{Ll}*n['’]t$/u.test(w) ||
    (w === 'A' && at > 0)
  );
}

/**
 * "Rats Are Scurrying", "Being A Size Zero": a run in title case (not all capitals, which not-a-name.ts reads as a
 * shout) holding a {@link isHeadlineWord}, unless a body's keyword ends it ("Make A Wish Foundation"). Its pieces may
 * name something already known but create nothing.
 */
export function isHeadlineRun(raw: string): boolean {
  if (!/\p{Ll}/u.test(raw) || ORG_KEYWORDS.has(raw.split(' ').pop()!.toLowerCase())) return false;
  let at = 0;
  for (const w of raw.split(' ')) {
    if (isHeadlineWord(w, at)) return true;
    at += w.length + 1;
  }
  return false;
}

/**
 * Function words and pronouns that show a stretch of capitals is a sentence (a heading), not a name. Not "A": after
 * "the U.S." it opens the next sentence as often ("the U.S. A spokesman said").
 */
const CAPS_FUNCTION =
  /^(?:THE|AN|TO|OF|ON|IN|AT|BY|FOR|AND|BUT|OR|IS|ARE|WAS|WERE|BE|HOW|WHY|WHAT|WHO|WHEN|WITH|VIA|DESPITE|YOUR|YOU|WE|OUR|IT|ITS|HE|HIS|HER|THEY|THEIR|NOT|NO|CAN|WILL|COULD|WOULD|SHOULD|HAS|HAVE|DO|DOES|FROM|AS|THAT|THIS|INTO|OVER|ABOUT|AFTER|BEFORE)$/;

/**
 * "HOW CASINOS ARE TRYING TO LURE MILLENNIALS", "HOLD ON TO YOUR DEERSTALKER HAT": a run in capitals inside a stretch
 * of capitals holding a function word is a heading or a shout, and its names may join a known entity but create
 * none. A stretch without one stays a name ("NEW YORK —" in a dateline, "JAKE TAPPER:" in a transcript).
 */
export function isCapsHeading(text: string, start: number, end: number): boolean {
  if (/\p{Ll}/u.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 100), start);
  const after = text.slice(end, end + 100);
  const left = /\s$/.test(before) ? capsWords(before.split(/\s+/).reverse()) : [];
  const right = /^\s/.test(after) ? capsWords(after.split(/\s+/)) : [];
  return [...left, ...text.slice(start, end).split(' '), ...right].some((w) =>
    CAPS_FUNCTION.test(w.replace(/[^\p{Lu}]/gu, '')),
  );
}

/** The words in capitals at the head of `words` (empty strings skipped), up to the first that is not. */
function capsWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (w === '') continue;
    if (!/^[\p{Lu}\d’'&.,:-]+$/u.test(w)) break;
    out.push(w);
  }
  return out;
}

/** Splits at words that never belong to a name ("London Thursday", "PM Wednesday"). */
export function splitCandidate(raw: string, start: number): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let pos = 0;
  let at = 0;
  const headline = isHeadlineRun(raw);
  for (const w of raw.split(' ')) {
    const wStart = at;
    at += w.length + 1;
    const lw = w.toLowerCase().replace(/[.,'’]+$/, '');
    // "Rats Are Scurrying", "Voters Won’t Leave", "Being A Size Zero": a headline in title case, cut at its verb.
    // "entering the U.S. A spokesman said": a lone "A" or "I" after a dotted abbreviation opens the next sentence.
    const opensSentence = /^(?:A|I)$/.test(w) && wStart > 0 && raw[wStart - 2] === '.';
    // Before a title, where the place or body it belongs to begins: after any "Former " ("Former Maryland Gov. …").
    // ("Ohio Republican Rob Portman", "Indiana Democrat Joe Donnelly": a party member's label stands as a title.)
    const member =
      /^(?:Republican|Democrat)$/.test(w) &&
      /^(?:\S+ ){0,2}\S+$/.test(raw.slice(at)) &&
      !raw
        .slice(at)
        .split(' ')
        .some((x) => ORG_KEYWORDS.has(x.toLowerCase()) || PLACE_KEYWORDS.has(x.toLowerCase()));
    const owner = PERSON_TITLES.has(lw) || member ? pos + formerLength(raw.slice(pos)) : -1;
    // ("Human Rights Watch", "Judicial Watch": a watchdog's "Watch" ends its name; it opens only a video's caption.)
    const watchdog = lw === 'watch' && wStart > 0 && at >= raw.length;
    // "said Al From, who …": a given name, then a function word as its surname (not in a headline).
    const wordSurname = !headline && wStart > 0 && isGivenNameThenWordSurname(raw.split(' '));
    if (
      (NOT_NAMES.has(lw) &&
        !/^(?:the|and|for|of|on|a|an)$/.test(lw) &&
        !watchdog &&
        !wordSurname &&
        !isHonorificBefore(w, at, raw)) ||
      (headline && isHeadlineWord(w, wStart)) ||
      opensSentence
    ) {
      if (pos < wStart) out.push(...splitConnectors(raw.slice(pos, wStart - 1), start + pos));
      pos = at;
    } else if (owner >= 0 && owner < wStart && isPlaceOrBody(lastJoined(titleFree(raw.slice(owner, wStart - 1))))) {
      pos = owner;
      // "Ohio Gov. John Kasich", "U.S. Sen. Gordon Humphrey", "FBI Director James Comey": the place or body a title
      // belongs to is named on its own (after "and", "Christie and Ohio Gov. John Kasich", the names before it too).
      // ("Maryland Gov. and Democratic National Committee Chairman Howard Dean": the body after "and" on its own.)
      const prefix = titleFree(raw.slice(pos, wStart - 1));
      const tail = lastJoined(prefix);
      if (tail !== prefix) {
        const head = prefix
          .slice(0, prefix.length - tail.length)
          .replace(/ (?:and|&) $/, '')
          .split(' ');
        const isTitle = (x: string): boolean => PERSON_TITLES.has(x.toLowerCase().replace(/\.$/, ''));
        while (head.length > 1 && isTitle(head[head.length - 1]!)) head.pop();
        let lead = 0;
        while (head.length > 1 && isTitle(head[0]!)) lead += head.shift()!.length + 1;
        out.push(...splitConnectors(head.join(' '), start + pos + lead));
        out.push(...splitConnectors(tail, start + pos + prefix.length - tail.length));
      } else out.push(...splitConnectors(prefix, start + pos));
      pos = wStart;
    } else if (
      (/['’]s$|s['’]$/.test(w) || (hasAffix(w) && !/^(?:and|or|of|for|on|the|&) /.test(raw.slice(at)))) &&
      at < raw.length &&
      !possessiveName(w, raw.slice(at))
    ) {
      // "Egypt’s Islamist Muslim Brotherhood", "Sanders’ Ohio numbers": a possessive ends one name.
      out.push(...splitConnectors(raw.slice(pos, at - 1), start + pos));
      pos = at;
    }
  }
  if (pos < raw.length) out.push(...splitConnectors(raw.slice(pos), start + pos));
  return out.flatMap(splitAdministration);
}

/**
 * "the Obama White House", "a Trump White House": a president's name before the White House names the
 * administration, the person and the body apart (one or two capitalised words, no keyword, before it).
 */
function splitAdministration(part: { text: string; start: number }): Array<{ text: string; start: number }> {
  const m = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+)?) (White House)$/u.exec(part.text);
  const owner = (w: string): boolean => {
    const lw = w.toLowerCase();
    return !ORG_KEYWORDS.has(lw) && !PLACE_KEYWORDS.has(lw) && !isCommonWord(lw) && lexiconEntityType(lw) !== 'place';
  };
  if (!m || !m[1]!.split(' ').every(owner)) return [part];
  return [
    { text: m[1]!, start: part.start },
    { text: m[2]!, start: part.start + m[1]!.length + 1 },
  ];
}

/** The length of a "Former " opening `s` ("Former Maryland Gov. Martin O’Malley"), or 0. */
function formerLength(s: string): number {
  return /^(?:Former|Ex-|Then-|Late) /.exec(s)?.[0].length ?? 0;
}

/**
 * "Senate Minority" → "Senate": a chamber's majority or minority belongs to the title after it ("Minority Leader"),
 * after "and" too ("Ryan and Senate Majority Leader Mitch McConnell").
 */
function titleFree(prefix: string): string {
  return prefix.replace(/(^|(?:and|&) )(House|Senate) (?:Majority|Minority)$/, '$1$2');
}

/** The last of names joined by "and" ("Christie and Ohio" → "Ohio"); the whole when there is none. */
function lastJoined(s: string): string {
  return s.split(/ (?:and|&) /).pop()!;
}

/**
 * "Sam’s Club", "Fisherman’s Terminal", "Children’s Hospital": a possessive common word or given name followed by
 * one keyword is a single name (a possessive after a name that stands alone, "Egypt’s Brotherhood", ends it).
 */
function possessiveName(word: string, rest: string): boolean {
  if (!/['’]s$/.test(word) || rest.includes(' ')) return false;
  const owner = word.slice(0, -2).toLowerCase();
  const tail = rest.toLowerCase();
  return (
    (isCommonWord(owner) || isFirstNameOnly(owner) || (lexiconTags(owner).length === 0 && !lowerOrName(owner))) &&
    (ORG_KEYWORDS.has(tail) || PLACE_KEYWORDS.has(tail))
  );
}

/** Whether a lowercased word is known to compromise as a name or place. */
function lowerOrName(w: string): boolean {
  return lexiconEntityType(w) !== null;
}

/** Splits "China and Russia" apart, but keeps "Center on Poverty and Inequality" whole. */
function splitConnectors(raw: string, start: number): Array<{ text: string; start: number }> {
  // "Trinidad and Tobago", "Bosnia and Herzegovina": a place the lexicon knows whole is one name, "and" and all (its
  // initials then join "TT" to it). Round 20, docs/entities-rounds-3.md.
  if (/ and /.test(raw) && lexiconEntityType(raw.toLowerCase()) === 'place') return [{ text: raw, start }];
  // "the latest Washington Post-ABC News Poll": two news outlets joined by a hyphen are two bodies, not one.
  const outlets = twoOutlets(raw);
  if (outlets) return [{ text: outlets[0], start }, ...splitConnectors(outlets[1], start + outlets[0].length + 1)];
  // "Jamie Werner of Ngātiwai", "Sen. Marco Rubio of Florida": a person's name, then where they are from.
  const of = / of /.exec(raw);
  if (of) {
    // "Republican Rep. Lee Zeldin of New York": the name is what follows the last title ("Republican" before it is
    // the party's, not the name's).
    const before = raw.slice(0, of.index).split(' ');
    // Not across a conjunction: "Hillary Clinton and Senator Elizabeth Warren of Massachusetts" is split at "and".
    const isTitle = (x: string): boolean => PERSON_TITLES.has(x.toLowerCase().replace(/\.$/, ''));
    let lastTitle = before.length - 1;
    while (lastTitle >= 0 && !isTitle(before[lastTitle]!)) lastTitle--;
    const lead = before.slice(0, Math.max(0, lastTitle));
    const left =
      lastTitle >= 0 && lead.length <= 2 && !lead.some((w) => /^(?:and|or|&)$/.test(w))
        ? before.slice(lastTitle + 1)
        : before.filter((_w, i, all) => !all.slice(0, i + 1).every(isTitle));
    const place =
      lexiconEntityType(
        raw
          .slice(of.index + 4)
          .split(/ (?:and|of) /)[0]!
          .toLowerCase(),
      ) === 'place';
    // "Megyn Kelly of Fox News": two or three words shaped like a person's name, then a body's name.
    const body = raw
      .slice(of.index + 4)
      .split(/ (?:and|of|on|for|&) /)[0]!
      .replace(/ (?:and|of|on|for|the|&)$/, '')
      .split(' ');
    const bodyRight =
      ORG_KEYWORDS.has(body[body.length - 1]!.toLowerCase()) ||
      lexiconEntityType(body.join(' ').toLowerCase()) === 'org';
    // ("Bill O’Reilly of Fox News": an Irish or Scottish surname's inner capital, after a given name that is a word.)
    const gaelic = /^(?:O['’]|Mc|Mac)\p{Lu}\p{Ll}+$/u.test(left[left.length - 1] ?? '');
    const personShaped =
      left.length >= 2 &&
      left.every(
        (w, i) =>
          (/^\p{Lu}[\p{Ll}'’-]+$/u.test(w) && (!isCommonWord(w.toLowerCase()) || (gaelic && i === 0))) ||
          (gaelic && i === left.length - 1),
      ) &&
      lexiconEntityType(left.join(' ').toLowerCase()) === null &&
      left.every((w) => lexiconEntityType(w.toLowerCase()) !== 'place');
    if (
      left.length >= 1 &&
      left.length <= 3 &&
      (isKnownNamePart(left[0]!.toLowerCase()) ||
        (bodyRight && personShaped) ||
        (place && (left.length >= 2 || !isCommonWord(left[0]!.toLowerCase())))) &&
      (left.length >= 2 || place) &&
      !left.some(
        (w) =>
          ORG_KEYWORDS.has(w.toLowerCase()) ||
          PLACE_KEYWORDS.has(w.toLowerCase()) ||
          PERSON_TITLES.has(w.toLowerCase().replace(/\.$/, '')),
      )
    ) {
      return [
        { text: raw.slice(0, of.index), start },
        ...splitConnectors(raw.slice(of.index + 4), start + of.index + 4),
      ];
    }
  }
  // "Business Insider Inc Nintendo": a company suffix ends the name.
  const inc = /\b(?:Inc|Corp|Ltd|LLC|Plc)\.? (?=\p{Lu})/u.exec(raw);
  if (inc) {
    const cut = inc.index + inc[0].length;
    return [{ text: raw.slice(0, cut - 1), start }, ...splitConnectors(raw.slice(cut), start + cut)];
  }
  const words = raw.split(' ');
  const hasOrgWord = words.some((w) => ORG_KEYWORDS.has(w.toLowerCase()));
  // "ABC News and Politifact" is two names: the part before "and" is already complete.
  const andAt = raw.search(/ (?:and|&) /);
  // So is a person's full name ("President Drew Faust and Fox News Host Sean Hannity").
  const left = andAt > 0 ? raw.slice(0, andAt).split(' ') : [];
  const named = left.filter(
    (_w, i) => !left.slice(0, i + 1).every((x) => PERSON_TITLES.has(x.toLowerCase().replace(/\.$/, ''))),
  );
  // ("CNN and The New York Times": a capital "The" after "and" opens a second name.)
  const leftDone =
    andAt > 0 &&
    (ORG_KEYWORDS.has(left[left.length - 1]!.toLowerCase()) ||
      // "the House and Senate": a chamber alone is a complete name (round 20).
      (left.filter((w) => !/^the$/i.test(w)).length === 1 && /^(?:House|Senate)$/.test(left[left.length - 1]!)) ||
      /^ (?:and|&) The /.test(raw.slice(andAt)) ||
      // ("The PACT and Preservation Trust initiatives", "CGI and Clinton Foundation": an acronym alone is complete.)
      (left.filter((w) => w !== 'The').length === 1 && /^\p{Lu}{2,6}$/u.test(left[left.length - 1]!)) ||
      (named.length >= 2 &&
        named.length <= 3 &&
        isKnownNamePart(named[0]!.toLowerCase()) &&
        !named.some((w) => ORG_KEYWORDS.has(w.toLowerCase()) || PLACE_KEYWORDS.has(w.toLowerCase()))));
  // "Washington on Air Force Two": a known place before a connector is complete too.
  const conn = / (?:and|&|for|on|the) /.exec(raw);
  const placeLeft = conn !== null && isPlaceName(raw.slice(0, conn.index));
  if ((hasOrgWord && !leftDone && !placeLeft) || !conn) return [{ text: raw, start }];
  const out: Array<{ text: string; start: number }> = [];
  const re = /\s(?:and|&|for|on|the)\s/g;
  let last = 0;
  // "Florida and Susan Collins of Maine": each piece may itself be a person of a place.
  const piece = (text: string, at: number): Array<{ text: string; start: number }> =>
    text.includes(' of ') ? splitConnectors(text, at) : [{ text, start: at }];
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    out.push(...piece(raw.slice(last, m.index), start + last));
    last = m.index + m[0].length;
  }
  out.push(...piece(raw.slice(last), start + last));
  return out;
}

/**
 * A news outlet's name, a hyphen, and another outlet's name opening the rest ("Washington Post-ABC News Poll",
 * "NBC News-Wall Street Journal"): the two parts, else null. Both halves must be outlets news names as such, so
 * "AFL-CIO" or "Hewlett-Packard" stay whole.
 */
function twoOutlets(raw: string): [string, string] | null {
  for (let i = raw.indexOf('-'); i > 0; i = raw.indexOf('-', i + 1)) {
    const left = raw.slice(0, i);
    const right = raw.slice(i + 1);
    if (!/^\p{Lu}/u.test(right) || !isNewsOutlet(left)) continue;
    const words = right.split(' ');
    for (let n = words.length; n >= 1; n--) if (isNewsOutlet(words.slice(0, n).join(' '))) return [left, right];
  }
  return null;
}

/** "Mr. Trump", "Mrs. Clinton": an honorific with its period before a name is the name's title, kept for the trim. */
function isHonorificBefore(w: string, at: number, raw: string): boolean {
  return /^(?:Mr|Mrs|Ms|Dr)\.$/.test(w) && at < raw.length;
}
