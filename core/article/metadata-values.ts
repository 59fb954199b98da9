// Small pure normalisers for metadata values: dates to ISO 8601, bylines to author names, whitespace and titles.

/** Collapses runs of whitespace (including non-breaking spaces) and trims. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
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
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, tz] = iso;
    if (!plausible(+y!, +mo!, +d!)) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const zone = tz ? (tz.toUpperCase() === 'Z' ? 'Z' : tz.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${zone}`;
  }
  if (/^\d{8}$/.test(s)) {
    const y = +s.slice(0, 4), mo = +s.slice(4, 6), d = +s.slice(6, 8);
    return plausible(y, mo, d) ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` : null;
  }
  // Only hand Date.parse strings that name a month or are numeric dates: it accepts far too much otherwise.
  if (!new RegExp(`\\b(${MONTHS})[a-z]*\\b|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}`, 'i').test(s)) return null;
  const cleaned = s.replace(/^(published|posted|updated|on|date)\s*:?\s*/i, '').replace(/\b(at|@)\b/gi, ' ').replace(/\s+(ET|EST|EDT|PT|PST|PDT|CT|CST|CDT)\b/, '');
  const t = Date.parse(cleaned);
  if (Number.isNaN(t)) return null;
  const date = new Date(t);
  if (!/\d:\d\d/.test(cleaned)) {
    const y = date.getFullYear(), mo = date.getMonth() + 1, d = date.getDate();
    return plausible(y, mo, d) ? `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;
  }
  return plausible(date.getUTCFullYear(), 1, 1) ? date.toISOString() : null;
}

function plausible(y: number, mo: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

/** A byline without its "By" and trailing date or role noise; null when nothing name-like is left. */
export function cleanByline(raw: string | null | undefined): string | null {
  let s = squash(raw);
  if (!s) return null;
  if (/^https?:\/\//i.test(s) || /^[\w.+-]+@[\w-]+\.\w/.test(s)) return null;
  s = s.replace(/^(written\s+)?by[:\s]+/i, '').replace(/^(author|authors|posted by|words)\s*[:|]\s*/i, '');
  s = s.replace(/\s*[|•·]\s*(published|updated|posted).*$/i, '').replace(/\s*(published|updated|posted)\s+(on\s+)?\w+\s+\d.*$/i, '');
  // A date glued after the name ("Sarah Gooding March 9, 2017 13") is the dateline, not part of the byline.
  s = s.replace(new RegExp(`\\s+(on\\s+)?((${MONTHS})[a-z]*\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(${MONTHS})[a-z]*|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})\\b.*$`, 'i'), '');
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
    .replace(/\b(published|posted|updated|last updated|first published|modified|on|at|am|pm|et|est|edt|pt|pst|gmt|utc|bst|cet|cest)\b/gi, ' ')
    .replace(new RegExp(`\\b(${MONTHS})[a-z]*\\.?`, 'gi'), ' ')
    .replace(/\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?/gi, ' ')
    .replace(/\b\d{1,4}(st|nd|rd|th)?\b/g, ' ')
    .replace(/[\s,:./|·•()–—-]+/g, '');
  return stripped.length === 0 && /\d/.test(s);
}
