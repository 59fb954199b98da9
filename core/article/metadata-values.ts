// Small pure normalisers for metadata values: dates to ISO 8601, bylines to author names, whitespace and titles.

/** Collapses runs of whitespace (including non-breaking spaces) and trims. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * Bidirectional embeddings, overrides and isolates (U+202A-202E, U+2066-2069). One of them left open in a site name
 * ("\u202Emoc.elgoog") reverses whatever Lede writes after it on the same line ("elcitra eht nepO"). The marks
 * U+200E/U+200F are kept: they set the direction of neutral characters only, reverse nothing, and right-to-left
 * names use them as written.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * A metadata value on one line: {@link squash}, and control characters (NEL, NUL, escape…) become a space too.
 * Page metadata (title, byline, site name, dates, tags) is read through this, so a value like og:site_name
 * "X&#10;&#10;## My note" can never carry a line break into a record or an export. Bidi overrides and isolates are
 * dropped ({@link BIDI_CONTROLS}). Body text keeps `squash`, so it stays the page's own text, character for character
 * apart from white space.
 */
export function oneLine(text: string | null | undefined): string {
  return (text ?? '')
    .replace(BIDI_CONTROLS, '')
    .replace(/[\s\u00a0\u200b\p{Cc}]+/gu, ' ')
    .trim();
}

/** Lower-cased, quote- and dash-normalised form for comparing two human strings. */
export function comparable(text: string | null | undefined): string {
  return squash(text)
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';

/**
 * A date string as ISO 8601: an ISO-looking input is kept as written (its offset preserved); "May 11, 2015" and
 * other parseable forms become `YYYY-MM-DD` (no time given) or a full UTC timestamp. Null when not a plausible date.
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  const s = squash(raw);
  if (!s || s.length > 80) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(
    s,
  );
  if (iso) {
    const [, y, mo, d, h, mi, sec, tz] = iso;
    if (!plausible(+y!, +mo!, +d!)) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const zone = tz ? (tz.toUpperCase() === 'Z' ? 'Z' : tz.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${zone}`;
  }
  if (/^\d{8}$/.test(s)) {
    const y = +s.slice(0, 4),
      mo = +s.slice(4, 6),
      d = +s.slice(6, 8);
    return plausible(y, mo, d) ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` : null;
  }
  // Only hand Date.parse strings that name a month or are numeric dates: it accepts far too much otherwise.
  if (!new RegExp(`\\b(${MONTHS})[a-z]*\\b|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}`, 'i').test(s)) return null;
  // A year must be written: "March 18 at 12:22 PM" would otherwise parse as 2001.
  if (!/\b(1[89]|20|21)\d{2}\b/.test(s)) return null;
  let cleaned = s
    .replace(/\b(a|p)\.m\.?/gi, '$1m')
    .replace(/^((last\s+)?(published|posted|updated|modified|on|date)\s*:?\s*)+/i, '')
    .replace(/\b(at|@|on)\b/gi, ' ')
    .replace(/\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|urday)?\b\.?/gi, ' ')
    .replace(/,/g, ' ');
  // A named zone becomes the offset it stands for; the time is read as written on the wall clock, never in the
  // zone of the machine running Lede.
  let zone: string | null = null;
  cleaned = cleaned.replace(
    /\b(ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|Z|BST|CET|CEST|IST|JST|AEST|AEDT)\b/,
    (z) => ((zone = z.toUpperCase()), ' '),
  );
  const t = Date.parse(`${squash(cleaned)} UTC`);
  if (Number.isNaN(t)) return null;
  const date = new Date(t);
  const y = date.getUTCFullYear(),
    mo = date.getUTCMonth() + 1,
    d = date.getUTCDate();
  if (!plausible(y, mo, d)) return null;
  const day = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (!/\d:\d\d/.test(cleaned)) return day;
  const time = date.toISOString().slice(11, 19);
  return `${day}T${time}${zone ? zoneOffset(zone, y, mo, d) : ''}`;
}

/** Offsets of the zone abbreviations news sites print; US "ET"/"PT" follow US daylight saving on that day. */
const ZONES: Record<string, string> = {
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  GMT: 'Z',
  UTC: 'Z',
  Z: 'Z',
  BST: '+01:00',
  CET: '+01:00',
  CEST: '+02:00',
  IST: '+05:30',
  JST: '+09:00',
  AEST: '+10:00',
  AEDT: '+11:00',
};

function zoneOffset(zone: string, y: number, mo: number, d: number): string {
  if (ZONES[zone]) return ZONES[zone]!;
  // Generic US zone: daylight time from the second Sunday of March to the first Sunday of November.
  const sunday = (month: number, nth: number): number => {
    const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + 7 * (nth - 1);
  };
  const key = mo * 100 + d;
  const dst = key >= 300 + sunday(3, 2) && key < 1100 + sunday(11, 1);
  const std = { ET: -5, CT: -6, MT: -7, PT: -8 }[zone] ?? 0;
  const h = std + (dst ? 1 : 0);
  return `${h < 0 ? '-' : '+'}${String(Math.abs(h)).padStart(2, '0')}:00`;
}

function plausible(y: number, mo: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

/** A byline without its "By" and trailing date or role noise; null when nothing name-like is left. */
export function cleanByline(raw: string | null | undefined): string | null {
  let s = oneLine(raw);
  if (!s) return null;
  if (/^https?:\/\//i.test(s) || /^[\w.+-]+@[\w-]+\.\w/.test(s)) return null;
  s = s.replace(/^(written\s+)?by[:\s]+/i, '').replace(/^(author|authors|posted by|words)\s*[:|]\s*/i, '');
  s = s
    .replace(/\s*[|•·]\s*(published|updated|posted).*$/i, '')
    .replace(/\s*(published|updated|posted)\s+(on\s+)?\w+\s+\d.*$/i, '');
  // A date glued after the name ("Sarah Gooding March 9, 2017 13") is the dateline, not part of the byline.
  s = s.replace(
    new RegExp(
      `\\s+(on\\s+)?((${MONTHS})[a-z]*\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(${MONTHS})[a-z]*|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})\\b.*$`,
      'i',
    ),
    '',
  );
  s = s.replace(/[\s,|•·-]+$/, '').trim();
  if (!s || s.length > 200 || isDateLine(s) || !/\p{L}{2}/u.test(s)) return null;
  // The same name twice ("A | A", "A, A") is one author shown by two templates.
  const parts = [...new Set(s.split(/\s*[|,]\s*/).filter(Boolean))];
  return parts.join(', ');
}

/** Splits a byline into author names ("A, B and C" → three); a single name when it does not look like a list. */
export function splitAuthors(byline: string | null): string[] {
  if (!byline) return [];
  const parts = byline
    .split(/\s*(?:,|\band\b|&|\bund\b|\bet\b|\by\b|;)\s*/i)
    .map((p) => p.trim())
    .filter(Boolean);
  const nameLike = parts.every((p) => p.split(' ').length <= 5 && !/\d/.test(p));
  return nameLike && parts.length <= 8 ? parts : [byline];
}

/** True for text that is only a date or time line ("May 11, 2015", "Updated 3:04 PM ET, Mon March 3, 2017"). */
export function isDateLine(text: string): boolean {
  const s = squash(text);
  if (s.length > 90 || s.length < 4) return false;
  const stripped = s
    .replace(
      /\b(published|posted|updated|last updated|first published|modified|on|at|am|pm|et|est|edt|pt|pst|gmt|utc|bst|cet|cest)\b/gi,
      ' ',
    )
    .replace(new RegExp(`\\b(${MONTHS})[a-z]*\\.?`, 'gi'), ' ')
    .replace(/\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?/gi, ' ')
    .replace(/\b\d{1,4}(st|nd|rd|th)?\b/g, ' ')
    .replace(/[\s,:./|·•()–—-]+/g, '');
  return stripped.length === 0 && /\d/.test(s);
}

/** A declared site name this long is a name with a tagline ("WSVN 7News | Miami News, Weather, Sports | …"). */
const LONG_SITE_NAME = 40;

/**
 * The site's name as a reader would say it. A long declared name cut by " | " or " - " into a name and its tagline
 * keeps the one part that spells the page's host ("WSVN 7News" on wsvn.com, "La Prensa Gráfica" on
 * laprensagrafica.com); a short one, or one where no single part spells the host, is kept whole ("LN - Lübecker
 * Nachrichten"). Pure; never throws on a bad URL.
 */
export function cleanSiteName(raw: string | null | undefined, url: string): string | null {
  const name = oneLine(raw);
  if (!name) return null;
  if (name.length <= LONG_SITE_NAME) return name;
  const parts = name
    .split(/\s+[|–—-]\s+|\s*\|\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return name;
  let fullHost: string;
  try {
    fullHost = new URL(url).hostname;
  } catch {
    return name;
  }
  const host = fullHost.replace(/^www\./, '');
  const letters = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, '');
  // A part that is the host itself ("ingenieur.de - Jobbörse und Nachrichtenportal für Ingenieure").
  const whole = parts.find((p) => letters(p) === letters(host) || letters(p) === letters(fullHost));
  if (whole) return whole;
  // The host's leftmost label of three letters or more ("wsvn" of wsvn.com, "mluk" of mluk.brandenburg.de).
  const label = host.split('.').find((l) => l.length >= 3 && !/^(?:www\d*|m|amp|news)$/.test(l));
  if (!label) return name;
  const key = letters(label);
  const hits = parts.filter((p) => {
    const l = letters(p);
    return l.length >= 2 && (l.includes(key) || (l.length >= 4 && key.includes(l)));
  });
  return hits.length === 1 ? hits[0]! : name;
}
