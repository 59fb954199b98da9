// "Copy with source": one passage (a highlight, fact or quote) with who said it, the outlet, author, date and the
// link that reopens the page at the passage, as Markdown, plain text, or an APA or Chicago citation.
// Small and table-driven rather than a citation library: those bundle CSL engines and locale files far larger than
// an extension page should carry, for two styles applied to one kind of source (an online news article).
import { oneLine } from '../article/metadata-values';
import type { ArticleRecord, TextQuoteSelector } from '../types';
import { neutraliseLineStarts } from './csv';
import { escapeMarkdown } from './markdown';
import { textFragmentLink } from './text-fragment';
import { forSharing } from '../invisible-chars';

/** Everything a copied passage says about where it came from. Missing values are null or empty. */
export interface CitedPassage {
  passage: string;
  /** Who said it, for a quote ("Xi Jinping"); null for the article's own words. */
  speaker: string | null;
  title: string;
  /** The publication ("Washington Free Beacon"). */
  outlet: string | null;
  /** The byline as the page gives it ("By Jane Doe and Sam Roe"). */
  byline: string | null;
  /** ISO 8601 date of publication. */
  published: string | null;
  /** The link that reopens the page at the passage (a text-fragment link). */
  link: string;
}

/** The cited passage of `quote` in the article `record`, linked back to it with a text fragment. */
export function citedFrom(
  record: Pick<ArticleRecord, 'url' | 'title' | 'siteName' | 'byline' | 'publishedTime'>,
  quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>,
  speaker: string | null = null,
): CitedPassage {
  return {
    passage: quote.exact,
    speaker,
    // Metadata on one line whatever the record holds (an older record, an import): see bundle's oneLineMetadata.
    title: oneLine(record.title),
    outlet: record.siteName === null ? null : oneLine(record.siteName) || null,
    byline: record.byline === null ? null : oneLine(record.byline) || null,
    published: record.publishedTime === null ? null : oneLine(record.publishedTime) || null,
    link: textFragmentLink(record.url, quote),
  };
}

export type CitationFormat = 'markdown' | 'plain' | 'apa' | 'chicago';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Words that end up in bylines but name a role, not a person ("Jane Doe, Staff Writer"). */
const ROLE =
  /\b(?:staff|writer|reporter|editor|correspondent|contributor|columnist|bureau|news|desk|wire|associated press|reuters)\b/i;

/**
 * The people a byline names, in order: "By Jane Doe and Sam Roe" → ["Jane Doe", "Sam Roe"]. Parts naming a role
 * ("Staff Writer") or not shaped like a name are left out.
 */
export function authorsOf(byline: string | null): string[] {
  if (!byline) return [];
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|;|&|\band\b|\|)\s*/i)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(
      (s) =>
        s.length > 1 &&
        s.length <= 60 &&
        !ROLE.test(s) &&
        /^\p{Lu}/u.test(s) &&
        s.split(' ').length <= 5 &&
        // No word of a name starts a formula: a byline's "=HYPERLINK(…)" is no surname for APA and Chicago to put
        // first (red team 37).
        !/(?:^|\s)[=+\-@\uff1d\uff0b\uff0d\uff20]/u.test(s),
    );
}

/** { year, "May 11, 2015" } from an ISO date; null when there is none or it does not parse. */
function dateParts(iso: string | null): { year: string; month: string; day: number; long: string } | null {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return null;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return null;
  const day = Number(m[3]);
  return { year: m[1]!, month, day, long: `${month} ${day}, ${m[1]}` };
}

/** "Jane Q. Doe" → "Doe, J. Q." (APA). A one-word name stays as it is. */
function apaName(name: string): string {
  const parts = name.split(' ');
  if (parts.length < 2) return name;
  const last = parts.pop()!;
  return `${last}, ${parts.map((p) => `${p[0]!.toUpperCase()}.`).join(' ')}`;
}

/** "Jane Doe" → "Doe, Jane" (Chicago, first author of a bibliography entry). */
function invertedName(name: string): string {
  const parts = name.split(' ');
  if (parts.length < 2) return name;
  const last = parts.pop()!;
  return `${last}, ${parts.join(' ')}`;
}

/** "A", "A & B", "A, B, & C" (APA's reference list). */
function apaAuthors(names: string[]): string {
  const n = names.map(apaName);
  if (n.length <= 1) return n.join('');
  return `${n.slice(0, -1).join(', ')}, & ${n.at(-1)}`;
}

/** "Doe, Jane", "Doe, Jane, and Sam Roe", "Doe, Jane, Sam Roe, and Al Poe" (Chicago bibliography). */
function chicagoAuthors(names: string[]): string {
  if (names.length === 0) return '';
  const [first, ...rest] = names;
  if (rest.length === 0) return invertedName(first!);
  return `${[invertedName(first!), ...rest.slice(0, -1)].join(', ')}, and ${rest.at(-1)}`;
}

/** A sentence-ending period unless the text already ends with punctuation. */
const period = (s: string) => (/[.!?]["”’]?$/.test(s) ? s : `${s}.`);

/** The APA 7 reference of the article (news website). */
export function apaReference(c: CitedPassage): string {
  const authors = authorsOf(c.byline);
  const d = dateParts(c.published);
  const date = d ? `(${d.year}, ${d.month} ${d.day}).` : '(n.d.).';
  const title = period(oneLine(c.title));
  const outlet = c.outlet ? ` ${period(oneLine(c.outlet))}` : '';
  const url = ` ${c.link}`;
  return authors.length
    ? `${period(apaAuthors(authors))} ${date} ${title}${outlet}${url}`
    : `${title} ${date}${outlet}${url}`;
}

/** The Chicago (17th, notes-bibliography) bibliography entry of the article. */
export function chicagoReference(c: CitedPassage): string {
  const authors = authorsOf(c.byline);
  const d = dateParts(c.published);
  const title = `“${period(oneLine(c.title))}”`;
  const where = [c.outlet ? oneLine(c.outlet) : null, d?.long].filter(Boolean).join(', ');
  const parts = [
    authors.length ? period(chicagoAuthors(authors)) : null,
    title,
    where ? `${where}.` : null,
    `${c.link}.`,
  ];
  return parts.filter(Boolean).join(' ');
}

/** APA's in-text citation: (Doe, 2015), (Doe & Roe, 2015), (Doe et al., 2015), or the title without an author. */
function apaInText(c: CitedPassage): string {
  const surnames = authorsOf(c.byline).map((n) => n.split(' ').at(-1)!);
  const who =
    surnames.length === 0
      ? oneLine(c.title)
      : surnames.length === 1
        ? surnames[0]
        : surnames.length === 2
          ? `${surnames[0]} & ${surnames[1]}`
          : `${surnames[0]} et al.`;
  return `(${who}, ${dateParts(c.published)?.year ?? 'n.d.'})`;
}

const FORMATS: Record<CitationFormat, (c: CitedPassage) => string> = {
  markdown: (c) => {
    const source = [
      c.speaker ? escapeMarkdown(oneLine(c.speaker)) : null,
      `[${escapeMarkdown(oneLine(c.title))}](${c.link.replace(/[()\s]/g, (ch) => encodeURIComponent(ch))})`,
      c.outlet ? escapeMarkdown(oneLine(c.outlet)) : null,
      authorsOf(c.byline).map(escapeMarkdown).join(', ') || null,
      dateParts(c.published)?.long ?? null,
    ].filter(Boolean);
    const quote = c.passage.split(/\r\n|\r|\n/).map((line) => `> ${escapeMarkdown(line)}`.trimEnd());
    return [...quote, '>', `> — ${source.join(', ')}`].join('\n');
  },
  plain: (c) => {
    const by = authorsOf(c.byline);
    const source = [
      c.speaker ? oneLine(c.speaker) : null,
      oneLine(c.title),
      c.outlet ? oneLine(c.outlet) : null,
      by.length ? `by ${by.join(', ')}` : null,
      dateParts(c.published)?.long ?? null,
    ]
      .filter(Boolean)
      .join(', ');
    return `“${oneLine(c.passage)}”\n— ${source}\n${c.link}`;
  },
  apa: (c) => `“${oneLine(c.passage)}” ${apaInText(c)}\n\n${apaReference(c)}`,
  chicago: (c) => `“${oneLine(c.passage)}”\n\n${chicagoReference(c)}`,
};

/** `passage` with its source, in `format`. Pure; page text is escaped for Markdown and never becomes markup. */
export function citePassage(passage: CitedPassage, format: CitationFormat): string {
  // What the reader pastes elsewhere (an AI tool among them) carries no never-drawn characters (invisible-chars.ts),
  // and into a spreadsheet no line the page made a formula of.
  return neutraliseLineStarts(forSharing(FORMATS[format](passage)));
}

export const CITATION_FORMATS = Object.keys(FORMATS) as CitationFormat[];
