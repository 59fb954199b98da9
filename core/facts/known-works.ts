// Programmes, laws and court cases news names by title (docs/extraction.md: works and laws are no entities). Their titles hold capitalised words
// that look like a body's name ("Meet the Press", "Face the Nation", "Saturday Night Live"), and nothing in their
// shape tells them from one, so Lede knows the long-running news, talk and late-night programmes of US and UK
// broadcasters by name. A programme named for its host ("Hannity") is left out: the host is a person.
const PROGRAMMES = [
  // Sunday and political talk (a title's "with" and its host are left out: the host is a person named in it)
  'Meet the Press',
  'Face the Nation',
  'Fox News Sunday',
  'Reliable Sources',
  'Inside Politics',
  'Sunday Morning Futures',
  'Media ?Buzz',
  'Real Time(?= with Bill Maher)',
  'Hardball',
  'Morning Joe',
  'Fox (?:&|and) Friends',
  'The Situation Room',
  "The O['’]Reilly Factor",
  'The Kelly File',
  "America['’]s Newsroom",
  'Breitbart News (?:Daily|Sunday|Saturday)',
  'Squawk Box',
  'Mornings with Maria',
  'Good Morning America',
  // (A network before its programme stays the network's name: "CBS This Morning", "PBS NewsHour".)
  '(?<=CBS )(?:This Morning|Evening News)',
  '(?<=NBC )Nightly News',
  'World News Tonight',
  '(?<=PBS )NewsHour',
  '60 Minutes',
  'Nightline',
  'Frontline',
  'All Things Considered',
  'Morning Edition',
  'Weekend Edition',
  'Fresh Air',
  'Newsnight',
  'Question Time',
  // Late night and comedy
  'Saturday Night Live',
  'Last Week Tonight',
  'The Tonight Show',
  'The Late Show',
  'The Nightly Show',
  'Full Frontal',
];

/**
 * Laws, programmes and pacts news names by nickname or acronym (the spec's laws are no entities; a name ending in
 * "Act" or "Partnership" is caught by its shape in not-a-name.ts, these are not).
 */
const LAWS = [
  'No Child Left Behind',
  'Dodd-Frank',
  'Glass-Steagall',
  'NAFTA',
  'TPP',
  'TTIP',
  'CAFTA',
  'DACA',
  'DAPA',
  'FOIA',
  'JCPOA',
  'AUMF',
  'HIPAA',
  'Deferred Action for (?:Childhood Arrivals|Parents of Americans)',
];

/** A court case by its parties ("Roe v. Wade", "Citizens United v. FEC"): a case is no entity, its parties' names are its. */
const COURT_CASE = String.raw`(?:\p{Lu}[\p{L}.-]+ ){1,3}v\. (?:(?:\p{Lu}[\p{L}.'’-]+|of|the) )*\p{Lu}[\p{L}.'’-]*\p{L}`;

const PROGRAMME = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${[...PROGRAMMES, ...LAWS, COURT_CASE].join('|')})(?![\p{L}\d])`,
  'gu',
);

/** Where the known programmes, laws and court cases of a block's text lie, as [start, end). */
export function knownWorkSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  PROGRAMME.lastIndex = 0;
  for (let m = PROGRAMME.exec(text); m; m = PROGRAMME.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Small words a title in title case keeps in lowercase ("Mr. Sanders Is Not a Brave Truth-Teller"). */
const TITLE_SMALL_WORD =
  /^(?:a|an|the|of|and|or|nor|but|for|to|in|on|at|by|with|from|as|vs\.?|v\.|via|per|into|over|than)$/;

/**
 * Where a title stands in quotation marks: three or more words, every one capitalised (or a number, or a small word
 * such as "a", "of", "the"), as an editorial, a book, a segment or a slogan is named (“Mr. Sanders Is Not a Brave
 * Truth-Teller”, ''Super Lives of the Super Rich''; an apostrophe inside the doubled one: ''Chick Lit: The New
 * Woman's Fiction''). A name inside one is part of the work's title. As [start, end).
 */
export function quotedTitleSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const QUOTED = /(?:“([^“”]{5,90})”|(?<![\p{L}\p{N}'])''((?:[^'"]|'(?!')){5,90})''|(?<![\p{L}\p{N}])"([^"]{5,90})")/gu;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const inner = m[1] ?? m[2] ?? m[3]!;
    const words = inner
      .replace(/[,.!?:;]+$/, '')
      .split(/\s+/)
      .filter((w) => w && !/^[–—-]$/.test(w));
    if (words.length < 3) continue;
    if (!words.every((w, i) => /^[\p{Lu}\d'’‘(]/u.test(w) || (i > 0 && TITLE_SMALL_WORD.test(w)))) continue;
    // Two capitalised words at least besides the first: a quoted sentence opening on a name is not a title.
    if (words.filter((w) => /^\p{Lu}/u.test(w)).length < 3) continue;
    const start = m.index + (m[0].startsWith("''") ? 2 : 1);
    out.push([start, start + inner.length]);
  }
  return out;
}
