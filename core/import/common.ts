// Shared pieces of the importers: the report shape, limits for hostile files, and the record builders that
// validate every annotation and article with the same valibot schemas the store's messages use.
import * as v from 'valibot';
import { AnnotationSchema, ArticleRecordSchema, describeIssues } from '../schemas';
import type { Annotation, ArticleRecord, ColorId, TextPositionSelector, TextQuoteSelector } from '../types';
import { stripTracking } from '../article/canonical-url';

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

export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The ISO form of a timestamp in any format `Date` reads, or null when it is not one. */
export function isoOrNull(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  if (typeof value === 'string' && value.length > 64) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The key an article is stored under: its URL without tracking parameters or fragment, or null if not http(s). */
export function articleKeyOf(url: string): string | null {
  return stripTracking(url);
}

/** Validates a built annotation; the reason names the first problem with its path. */
export function checkAnnotation(candidate: unknown): { ok: true; value: Annotation } | { ok: false; reason: string } {
  const r = v.safeParse(AnnotationSchema, candidate);
  return r.success ? { ok: true, value: r.output as Annotation } : { ok: false, reason: describeIssues(r.issues) };
}

export function checkArticle(candidate: unknown): { ok: true; value: ArticleRecord } | { ok: false; reason: string } {
  const r = v.safeParse(ArticleRecordSchema, candidate);
  return r.success ? { ok: true, value: r.output } : { ok: false, reason: describeIssues(r.issues) };
}

/** Builds Lede's selector pair from whatever quote/position selectors a foreign annotation has. */
export function ledeSelectors(
  selectors: readonly unknown[],
): [TextQuoteSelector, TextPositionSelector] | [TextQuoteSelector] | null {
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  for (const s of selectors.slice(0, 16)) {
    if (!isObject(s)) continue;
    if (!quote && s.type === 'TextQuoteSelector' && typeof s.exact === 'string') {
      quote = {
        type: 'TextQuoteSelector',
        exact: s.exact,
        prefix: typeof s.prefix === 'string' ? s.prefix : '',
        suffix: typeof s.suffix === 'string' ? s.suffix : '',
      };
    } else if (!position && s.type === 'TextPositionSelector' && typeof s.start === 'number' && typeof s.end === 'number') {
      position = { type: 'TextPositionSelector', start: s.start, end: s.end };
    }
  }
  if (!quote) return null;
  return position ? [quote, position] : [quote];
}

/**
 * Collects article records for the annotations: the file's own records where it has them (validated), otherwise
 * a minimal record made from the annotation (its source as URL, the title the file gives, its dates).
 */
export class ArticleCollector {
  private readonly records = new Map<string, ArticleRecord>();

  /** Adds a record from the file; returns the validation failure reason, or null. */
  addRecord(candidate: unknown): string | null {
    const r = checkArticle(candidate);
    if (!r.ok) return r.reason;
    if (!this.records.has(r.value.key)) this.records.set(r.value.key, r.value);
    return null;
  }

  /** Makes sure the annotation's article has a record, widening its first/last-seen dates to cover it. */
  ensure(a: Annotation, title: string | null): void {
    const existing = this.records.get(a.articleKey);
    if (existing) return;
    let host = a.articleKey;
    try {
      host = new URL(a.articleKey).hostname.replace(/^www\./, '');
    } catch {
      // The key was validated as a URL; keep it whole if URL parsing still disagrees.
    }
    const candidate: ArticleRecord = {
      key: a.articleKey,
      url: a.target.source,
      title: (title ?? '').slice(0, 2_000) || host,
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: null,
      firstSeen: a.created,
      lastSeen: a.modified,
    };
    if (checkArticle(candidate).ok) this.records.set(a.articleKey, candidate);
  }

  /** Only the records some kept annotation points at (plus all records the file itself gave, for Lede's format). */
  list(): ArticleRecord[] {
    return [...this.records.values()];
  }
}

/** Removes HTML tags and decodes the common entities: the plain text of a clipped HTML fragment. */
export function htmlToText(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|blockquote)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      return named[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
