// Stored records checked and repaired once, where they leave the store (core/store's read functions), so every
// reader behind that edge (pages, library, exports, anchoring) can trust the types in core/types.ts. Records may be
// half-written, from an older or buggy build, or edited by hand in DevTools: repaired where a sensible value exists,
// left out (null) when what makes the record itself is missing.
import { COLOR_IDS, type Annotation, type ArticleRecord, type ColorId } from '../types';
import { placeholderTitle } from './placeholder-article';
import { isStoredSelectorPair, repairSelectors } from './selectors';

/** The time given to a record that carries none: the oldest there is, so it never sorts as recent. */
export const UNKNOWN_TIME = '1970-01-01T00:00:00.000Z';

const COLORS: ReadonlySet<string> = new Set(COLOR_IDS);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNonEmptyString = (x: unknown): x is string => typeof x === 'string' && x !== '';
const stringOrNull = (x: unknown): string | null => (typeof x === 'string' ? x : null);

/** An ISO time from a string as stored, or from milliseconds since 1970 (a build that stored `Date.now()`). */
function timeOrNull(x: unknown): string | null {
  if (typeof x === 'string') return x;
  if (typeof x === 'number' && Number.isFinite(x)) {
    const d = new Date(x);
    if (!Number.isNaN(d.getTime())) return d.toISOString();
  }
  return null;
}

/** Tags as a list of trimmed, non-empty strings; a comma-separated string (as typed in the tag field) is split. */
function repairTags(x: unknown): string[] {
  const list = Array.isArray(x) ? x : typeof x === 'string' ? x.split(',') : [];
  const tags: string[] = [];
  for (const t of list) {
    if (typeof t !== 'string') continue;
    const tag = t.trim();
    if (tag) tags.push(tag);
  }
  return tags;
}

const isTagList = (x: unknown): boolean =>
  Array.isArray(x) && x.every((t) => typeof t === 'string' && t !== '' && t === t.trim());

function isOrigin(x: unknown): x is NonNullable<Annotation['origin']> {
  return isObject(x) && (x.kind === 'fact' || x.kind === 'quote') && typeof x.text === 'string';
}

/** Whether `x` already has every field as core/types.ts says: the fast path, no allocation. */
function isStoredAnnotation(x: Record<string, unknown>): x is Record<string, unknown> & Annotation {
  const target = x.target as Record<string, unknown> | undefined;
  const body = x.body as Record<string, unknown> | undefined;
  return (
    isNonEmptyString(x.id) &&
    isNonEmptyString(x.articleKey) &&
    typeof x.created === 'string' &&
    typeof x.modified === 'string' &&
    isObject(target) &&
    typeof target.source === 'string' &&
    isStoredSelectorPair(target.selector) &&
    isObject(body) &&
    typeof body.note === 'string' &&
    typeof body.color === 'string' &&
    COLORS.has(body.color) &&
    isTagList(body.tags) &&
    (x.origin === undefined || isOrigin(x.origin)) &&
    (x.droppedPlacement === undefined || typeof x.droppedPlacement === 'string')
  );
}

/**
 * A stored annotation as core/types.ts types it, or null when it has no id, no article key or no quote (nothing to
 * show, export or anchor). Repairs: a missing prefix/suffix becomes '', a bad position selector is dropped (the
 * quote alone still anchors), a missing source becomes the article key, a missing note '', tags from a
 * comma-separated string or a list with non-strings, an unknown colour the first colour, times stored as numbers
 * made ISO (a missing one takes the other, or {@link UNKNOWN_TIME}), a malformed `origin` or `droppedPlacement`
 * dropped (a well-formed one kept). A record that
 * needs nothing is returned as it is (the same object); a repaired one is a new object. Never mutates `raw`.
 */
export function repairAnnotation(raw: unknown): Annotation | null {
  if (!isObject(raw)) return null;
  if (isStoredAnnotation(raw)) return raw;
  if (!isNonEmptyString(raw.id) || !isNonEmptyString(raw.articleKey)) return null;
  const target = isObject(raw.target) ? raw.target : {};
  const selector = repairSelectors(target.selector);
  if (!selector) return null;
  const body = isObject(raw.body) ? raw.body : {};
  const created = timeOrNull(raw.created);
  const modified = timeOrNull(raw.modified);
  const repaired: Annotation = {
    id: raw.id,
    articleKey: raw.articleKey,
    target: { source: isNonEmptyString(target.source) ? target.source : raw.articleKey, selector },
    body: {
      note: typeof body.note === 'string' ? body.note : '',
      tags: repairTags(body.tags),
      color: typeof body.color === 'string' && COLORS.has(body.color) ? (body.color as ColorId) : COLOR_IDS[0],
    },
    created: created ?? modified ?? UNKNOWN_TIME,
    modified: modified ?? created ?? UNKNOWN_TIME,
  };
  if (isOrigin(raw.origin)) repaired.origin = { kind: raw.origin.kind, text: raw.origin.text };
  // The reader's "not this passage" decision survives a repair of anything else.
  if (typeof raw.droppedPlacement === 'string') repaired.droppedPlacement = raw.droppedPlacement;
  return repaired;
}

function isStoredArticle(x: Record<string, unknown>): x is Record<string, unknown> & ArticleRecord {
  return (
    isNonEmptyString(x.key) &&
    typeof x.url === 'string' &&
    typeof x.title === 'string' &&
    typeof x.firstSeen === 'string' &&
    typeof x.lastSeen === 'string' &&
    (x.byline === null || typeof x.byline === 'string') &&
    (x.siteName === null || typeof x.siteName === 'string') &&
    (x.publishedTime === null || typeof x.publishedTime === 'string') &&
    (x.lang === null || typeof x.lang === 'string') &&
    (x.note === undefined || isNonEmptyString(x.note))
  );
}

/**
 * A stored article record as core/types.ts types it, or null when it has no key. Repairs: a missing URL becomes
 * the key, a missing title {@link placeholderTitle}, metadata that is not a string null, times as for
 * {@link repairAnnotation}, an empty or non-string note dropped (records from before the article note have none).
 * A record that needs nothing is returned as it is; a repaired one is a new object. Never mutates `raw`.
 */
export function repairArticle(raw: unknown): ArticleRecord | null {
  if (!isObject(raw)) return null;
  if (isStoredArticle(raw)) return raw;
  if (!isNonEmptyString(raw.key)) return null;
  const firstSeen = timeOrNull(raw.firstSeen);
  const lastSeen = timeOrNull(raw.lastSeen);
  const repaired: ArticleRecord = {
    key: raw.key,
    url: isNonEmptyString(raw.url) ? raw.url : raw.key,
    title: typeof raw.title === 'string' ? raw.title : placeholderTitle(raw.key),
    byline: stringOrNull(raw.byline),
    siteName: stringOrNull(raw.siteName),
    publishedTime: stringOrNull(raw.publishedTime),
    lang: stringOrNull(raw.lang),
    firstSeen: firstSeen ?? lastSeen ?? UNKNOWN_TIME,
    lastSeen: lastSeen ?? firstSeen ?? UNKNOWN_TIME,
  };
  if (isNonEmptyString(raw.note)) repaired.note = raw.note;
  return repaired;
}

/** {@link repairAnnotation} over a list read from the store, leaving out what cannot be repaired. */
export function repairAnnotations(raw: readonly unknown[]): Annotation[] {
  const out: Annotation[] = [];
  for (const r of raw) {
    const a = repairAnnotation(r);
    if (a) out.push(a);
  }
  return out;
}

/** {@link repairArticle} over a list read from the store, leaving out what cannot be repaired. */
export function repairArticles(raw: readonly unknown[]): ArticleRecord[] {
  const out: ArticleRecord[] = [];
  for (const r of raw) {
    const a = repairArticle(r);
    if (a) out.push(a);
  }
  return out;
}
