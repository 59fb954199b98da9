// Shared pieces of the importers: the report shape, limits for hostile files, and the record builders that
// validate every annotation and article with the same valibot schemas the store's messages use.
import * as v from 'valibot';
import { AnnotationSchema, ArticleRecordSchema, describeIssues } from '../schemas';
import type { Annotation, ArticleRecord, ColorId } from '../types';
import { EARLIEST_RECORD_TIME, MAX_CLOCK_SKEW_MS, MAX_TITLE_CHARS } from '../limits';
import { oneLineMetadata, placeholderArticle } from '../records';
import { normalizeHttpUrl, stripTracking } from '../article/canonical-url';
import { mayUseArticleKey } from '../article/site-owner';
import { annotationFastCheck } from './annotation-fast-check';
import { remembered } from './remembered';

export type ImportFormat = 'lede-jsonld' | 'w3c-jsonld' | 'hypothesis' | 'obsidian';

/** One record that was not imported: its index in the file's list of records and why, in plain words. */
export interface RejectedRecord {
  index: number;
  reason: string;
}

/** What a file holds, validated: write it with `store.importRecords(articles, annotations)` (all-or-nothing). */
export interface ImportReport {
  format: ImportFormat;
  articles: ArticleRecord[];
  annotations: Annotation[];
  rejected: RejectedRecord[];
}

export interface ImportOptions {
  /** The clock, for article records whose first/last-seen times the file does not give. */
  now: () => Date;
  /** Ids for records that carry none at all (pass `() => \`urn:uuid:${crypto.randomUUID()}\``); else derived. */
  newId?: (() => string) | undefined;
  /** Colour for highlights from tools that have none. */
  defaultColor?: ColorId | undefined;
  /** Largest file accepted, in characters. */
  maxChars?: number | undefined;
  /** Most records accepted in one file. */
  maxRecords?: number | undefined;
}

/** A file larger than this is refused before parsing: ~100 MB of JSON is several hundred thousand highlights. */
export const MAX_IMPORT_CHARS = 100_000_000;
export const MAX_IMPORT_RECORDS = 1_000_000;

export const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The ISO form of a timestamp in any format `Date` reads, or null when it is not one. */
export function isoOrNull(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  if (typeof value === 'string' && value.length > 64) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

const strippedUrl = remembered(stripTracking);
const normalUrl = remembered(normalizeHttpUrl);

/** The key an article is stored under: its URL without tracking parameters or fragment, or null if not http(s). */
export function articleKeyOf(url: string): string | null {
  return strippedUrl(url);
}

/** Why `url` (at `path`) cannot be stored, or its normal http(s) form. */
function storableUrl(path: string, url: string): { ok: true; url: string } | { ok: false; reason: string } {
  const normal = normalUrl(url);
  return normal
    ? { ok: true, url: normal }
    : {
        ok: false,
        reason: `${path}: only plain http(s) URLs are imported (no other scheme, no user name or password)`,
      };
}

/**
 * Why the record's time at `path` cannot be stored, or null: a time more than a day ahead of `now` (a note
 * "modified" in 9999 would stay the newest for ever, in the library's order and in every merge) or before 1990.
 */
function timeProblem(path: string, iso: string, now: () => Date): string | null {
  const t = Date.parse(iso);
  if (t > now().getTime() + MAX_CLOCK_SKEW_MS) return `${path} is in the future (${iso.slice(0, 10)})`;
  if (t < EARLIEST_RECORD_TIME) return `${path} is before 1990 (${iso.slice(0, 10)})`;
  return null;
}

/**
 * Validates a built annotation and puts its URLs in normal form (`normalizeHttpUrl`): a source that is not a plain
 * http(s) URL, or a time in the future or before 1990 (`now` is the clock), rejects the record. The reason names
 * the first problem with its path.
 */
export function checkAnnotation(
  candidate: unknown,
  now: () => Date,
): { ok: true; value: Annotation } | { ok: false; reason: string } {
  // A plain record is passed at once with the output valibot would give; valibot decides the rest, and says why.
  let value = annotationFastCheck(candidate);
  if (!value) {
    const r = v.safeParse(AnnotationSchema, candidate);
    if (!r.success) return { ok: false, reason: describeIssues(r.issues) };
    value = r.output as Annotation;
  }
  const key = storableUrl('articleKey', value.articleKey);
  if (!key.ok) return key;
  const source = storableUrl('target.source', value.target.source);
  if (!source.ok) return source;
  // A file names the article a note is listed under: a passage from another site's page filed under the reader's
  // article would show there with a link to that site (red team 36, I1). The page must be one that may use the key,
  // the rule the background holds a page's own messages to: its cleaned address or a canonical within its owner.
  if (!mayUseArticleKey(source.url, key.url))
    return { ok: false, reason: 'target.source is not a page of its article (articleKey names another address)' };
  const late = timeProblem('created', value.created, now) ?? timeProblem('modified', value.modified, now);
  if (late) return { ok: false, reason: late };
  return { ok: true, value: { ...value, articleKey: key.url, target: { ...value.target, source: source.url } } };
}

/** Validates an article record, its key and URL put in normal form and its times checked as for annotations. */
export function checkArticle(
  candidate: unknown,
  now: () => Date,
): { ok: true; value: ArticleRecord } | { ok: false; reason: string } {
  const r = v.safeParse(ArticleRecordSchema, candidate);
  if (!r.success) return { ok: false, reason: describeIssues(r.issues) };
  const key = storableUrl('key', r.output.key);
  if (!key.ok) return key;
  const url = storableUrl('url', r.output.url);
  if (!url.ok) return url;
  // The library links an article to its URL: a record naming one article and another site's address is refused.
  if (!mayUseArticleKey(url.url, key.url))
    return { ok: false, reason: 'url is not a page of the article (key names another address)' };
  const late = timeProblem('firstSeen', r.output.firstSeen, now) ?? timeProblem('lastSeen', r.output.lastSeen, now);
  if (late) return { ok: false, reason: late };
  // The page's metadata on one line and without bidi overrides, as Lede reads it from a page: a file's record
  // is page metadata another tool (or a hostile sender) wrote.
  return { ok: true, value: oneLineMetadata({ ...r.output, key: key.url, url: url.url }) };
}

/**
 * Collects article records for the annotations: the file's own records where it has them (validated), otherwise
 * a minimal record made from the annotation (its source as URL, the title the file gives, its dates).
 */
export class ArticleCollector {
  private readonly records = new Map<string, ArticleRecord>();

  /** `now`: the clock the records' times are checked against. */
  constructor(private readonly now: () => Date) {}

  /** Adds a record from the file; returns the validation failure reason, or null. */
  addRecord(candidate: unknown): string | null {
    const r = checkArticle(candidate, this.now);
    if (!r.ok) return r.reason;
    if (!this.records.has(r.value.key)) this.records.set(r.value.key, r.value);
    return null;
  }

  /** Makes sure the annotation's article has a record: the stand-in made from it (core/records) if none yet. */
  ensure(a: Annotation, title: string | null): void {
    const existing = this.records.get(a.articleKey);
    if (existing) return;
    const candidate = placeholderArticle(a.articleKey, a, (title ?? '').slice(0, MAX_TITLE_CHARS));
    if (checkArticle(candidate, this.now).ok) this.records.set(a.articleKey, candidate);
  }

  /** Only the records some kept annotation points at (plus all records the file itself gave, for Lede's format). */
  list(): ArticleRecord[] {
    return [...this.records.values()];
  }
}

/** The named entities clippers emit; looked up as own entries only (`&constructor;` is not an entity). */
const NAMED_ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
]);

/** Elements whose end starts a new line in the text. */
const BLOCK_END = /^\/(?:p|div|li|h[1-6]|blockquote)\s*$/i;

/** Decodes numeric and the named entities above; anything else is left as written. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,8}|#\d{1,10}|[a-z]{1,32});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES.get(e.toLowerCase()) ?? m;
  });
}

/** `line` without the spaces and tabs at its end (a loop: `/[ \t]+$/` backtracks quadratically on long runs). */
function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return end === line.length ? line : line.slice(0, end);
}

/**
 * Removes HTML tags (and the content of `script` and `style`) and decodes the common entities: the plain text of a
 * clipped HTML fragment, with a line break for `<br>` and the end of each block. One pass over the input, so a
 * hostile fragment (a megabyte of `<`, unclosed `<script`s or spaces) costs linear time. Pure.
 */
export function htmlToText(html: string): string {
  const closers = { script: /<\/script/gi, style: /<\/style/gi };
  const out: string[] = [];
  // Once no closing tag for script/style is found after some point, none will be after a later one either: each is
  // searched for at most once after that, which keeps a page of unclosed "<script>"s linear.
  const noCloser = new Set<string>();
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, open));
    const close = html.indexOf('>', open + 1);
    if (close < 0) {
      // A "<" that never closes is text, as is everything after it.
      out.push(html.slice(open));
      break;
    }
    const tag = html.slice(open + 1, close);
    const raw = /^(script|style)\b/i.exec(tag)?.[1]?.toLowerCase() as 'script' | 'style' | undefined;
    i = close + 1;
    if (raw && !noCloser.has(raw)) {
      const closer = closers[raw];
      closer.lastIndex = close + 1;
      const end = closer.exec(html)?.index ?? -1;
      if (end < 0) noCloser.add(raw);
      else {
        const endClose = html.indexOf('>', end);
        i = endClose < 0 ? html.length : endClose + 1;
      }
    } else if (/^br\s*\/?$/i.test(tag) || BLOCK_END.test(tag)) {
      out.push('\n');
    }
  }
  return decodeEntities(out.join(''))
    .split('\n')
    .map(trimLineEnd)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
