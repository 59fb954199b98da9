// Imports W3C Web Annotation JSON-LD: Lede's own export losslessly (colour, origin, article records under `lede:`),
// and other tools' annotations as far as they carry a quoted passage.
import type { Annotation, ColorId } from '../types';
import { COLOR_IDS } from '../types';
import { stableUuid } from '../export/stable-id';
import type { ImportOptions, ImportReport } from './common';
import { ArticleCollector, articleKeyOf, checkAnnotation, isObject, isoOrNull } from './common';
import { repairSelectors } from '../records';

const UUID_URN = /^urn:uuid:[0-9a-f-]{36}$/i;

/** The annotation items of a collection, a page, a bare array, or a single annotation; null if none of those. */
export function jsonLdItems(doc: unknown): unknown[] | null {
  if (Array.isArray(doc)) return doc;
  if (!isObject(doc)) return null;
  const type = doc.type;
  if (type === 'AnnotationCollection') {
    const first = doc.first;
    if (isObject(first) && Array.isArray(first.items)) return first.items;
    if (Array.isArray(doc.items)) return doc.items;
    return [];
  }
  if (type === 'AnnotationPage' && Array.isArray(doc.items)) return doc.items;
  if (type === 'Annotation') return [doc];
  return null;
}

/**
 * Whether a `@context` names the Web Annotation context: a string, or one inside the arrays and objects a context
 * may be, read at most 8 levels deep (a context nested 200,000 deep overflowed JSON.stringify's stack).
 */
function namesAnnoContext(ctx: unknown, depth = 0): boolean {
  if (typeof ctx === 'string') return ctx.includes('w3.org/ns/anno');
  if (depth >= 8 || typeof ctx !== 'object' || ctx === null) return false;
  const values = Array.isArray(ctx) ? ctx : Object.values(ctx);
  return values.slice(0, 64).some((v) => namesAnnoContext(v, depth + 1));
}

/** True when the document looks like Web Annotation JSON-LD (has the anno context or Annotation types). */
export function isJsonLd(doc: unknown): boolean {
  if (isObject(doc)) {
    return (
      namesAnnoContext(doc['@context']) ||
      doc.type === 'AnnotationCollection' ||
      doc.type === 'AnnotationPage' ||
      doc.type === 'Annotation'
    );
  }
  return Array.isArray(doc) && doc.length > 0 && isObject(doc[0]) && doc[0].type === 'Annotation';
}

function bodies(item: Record<string, unknown>): Record<string, unknown>[] {
  const b = item.body;
  if (Array.isArray(b)) return b.slice(0, 256).filter(isObject);
  return isObject(b) ? [b] : typeof b === 'string' ? [{ type: 'TextualBody', value: b, purpose: 'commenting' }] : [];
}

function toAnnotation(
  item: unknown,
  index: number,
  options: ImportOptions,
): { ok: true; value: Annotation; title: string | null } | { ok: false; reason: string } {
  if (!isObject(item)) return { ok: false, reason: 'not an annotation object' };
  if (item.type !== 'Annotation') return { ok: false, reason: 'type is not "Annotation"' };
  const target = Array.isArray(item.target) ? item.target[0] : item.target;
  if (!isObject(target) || typeof target.source !== 'string') return { ok: false, reason: 'target has no source URL' };
  // A quote may sit under `refinedBy` (a FragmentSelector narrowed to a passage), as in the Web Annotation model's examples.
  const rawSelectors = (Array.isArray(target.selector) ? target.selector : [target.selector]).flatMap((s) =>
    isObject(s) && isObject(s.refinedBy) ? [s, s.refinedBy] : [s],
  );
  const selector = repairSelectors(rawSelectors);
  if (!selector) return { ok: false, reason: 'target has no TextQuoteSelector (Lede needs the quoted passage)' };
  const articleKey =
    typeof item['lede:articleKey'] === 'string' ? item['lede:articleKey'] : articleKeyOf(target.source);
  if (!articleKey) return { ok: false, reason: 'target.source is not an http(s) URL' };
  let note = '';
  const tags: string[] = [];
  for (const b of bodies(item)) {
    if (typeof b.value !== 'string') continue;
    if (b.purpose === 'tagging') tags.push(b.value);
    else if (!note) note = b.value;
  }
  const rawId = typeof item.id === 'string' ? item.id : null;
  const id =
    rawId && UUID_URN.test(rawId)
      ? rawId
      : rawId
        ? stableUuid('w3c-annotation', rawId)
        : (options.newId?.() ?? stableUuid('w3c-annotation-index', `${target.source}|${index}|${selector[0].exact}`));
  // `created` is optional in the Web Annotation model; without one, the time of import is the honest date.
  const created =
    isoOrNull(item.created) ??
    (item.created === undefined ? (isoOrNull(item.modified) ?? options.now().toISOString()) : null);
  if (!created) return { ok: false, reason: 'created is not a date' };
  const modified = isoOrNull(item.modified) ?? created;
  const color = item['lede:color'];
  const candidate: Annotation = {
    id,
    articleKey,
    target: { source: target.source, selector },
    body: {
      note,
      tags,
      color: COLOR_IDS.includes(color as ColorId) ? (color as ColorId) : (options.defaultColor ?? 'yellow'),
    },
    created,
    modified,
  };
  const origin = item['lede:origin'];
  if (isObject(origin)) candidate.origin = origin as Annotation['origin'];
  const checked = checkAnnotation(candidate, options.now);
  return checked.ok ? { ok: true, value: checked.value, title: null } : checked;
}

/** Parses Web Annotation JSON-LD into validated records; never throws for a single bad record. */
export function importJsonLd(doc: unknown, options: ImportOptions): ImportReport {
  const items = jsonLdItems(doc) ?? [];
  const report: ImportReport = { format: 'w3c-jsonld', articles: [], annotations: [], rejected: [] };
  const articles = new ArticleCollector(options.now);
  if (isObject(doc) && Array.isArray(doc['lede:articles'])) {
    report.format = 'lede-jsonld';
    // Article records are not numbered with the annotations: their rejections are reported with a negative index
    // would confuse readers, so they carry the article's own position and say so in the reason.
    doc['lede:articles'].forEach((rec, i) => {
      const reason = articles.addRecord(rec);
      if (reason) report.rejected.push({ index: i, reason: `article record ${i}: ${reason}` });
    });
  }
  items.forEach((item, index) => {
    const r = toAnnotation(item, index, options);
    if (!r.ok) {
      report.rejected.push({ index, reason: r.reason });
      return;
    }
    report.annotations.push(r.value);
    articles.ensure(r.value, r.title);
  });
  report.articles = articles.list();
  return report;
}
