// Imports Hypothesis's JSON export (the client's "Export" file, an API search result, or a bare array): each
// highlight or annotation on a passage becomes a Lede annotation with an id derived from Hypothesis's own.
import { MAX_ID_CHARS } from '../limits';
import type { Annotation } from '../types';
import { stableUuid } from '../export/stable-id';
import type { ImportOptions, ImportReport } from './common';
import { ArticleCollector, articleKeyOf, checkAnnotation, isObject, isoOrNull } from './common';
import { repairSelectors } from '../records';

/** The annotation list of a Hypothesis file, or null when the document is not one. */
export function hypothesisItems(doc: unknown): unknown[] | null {
  const list = Array.isArray(doc) ? doc : isObject(doc) ? (doc.annotations ?? doc.rows) : null;
  if (!Array.isArray(list)) return null;
  const first = list.find(isObject);
  // Hypothesis annotations always carry `uri` and a `target` array; that is what tells them apart.
  if (list.length > 0 && !(first && typeof first.uri === 'string' && Array.isArray(first.target))) return null;
  return list;
}

function toAnnotation(
  item: unknown,
  options: ImportOptions,
): { ok: true; value: Annotation; title: string | null } | { ok: false; reason: string } {
  if (!isObject(item)) return { ok: false, reason: 'not an annotation object' };
  if (typeof item.id !== 'string' || !item.id || item.id.length > MAX_ID_CHARS)
    return { ok: false, reason: 'id is missing' };
  if (Array.isArray(item.references) && item.references.length > 0)
    return { ok: false, reason: 'a reply to another annotation, not a highlight' };
  if (typeof item.uri !== 'string') return { ok: false, reason: 'uri is missing' };
  const target = Array.isArray(item.target) ? item.target.find(isObject) : null;
  const rawSelectors = target && Array.isArray(target.selector) ? target.selector : [];
  const selector = repairSelectors(rawSelectors);
  if (!selector) return { ok: false, reason: 'a page note without a quoted passage' };
  const source = typeof target?.source === 'string' ? target.source : item.uri;
  const articleKey = articleKeyOf(source);
  if (!articleKey) return { ok: false, reason: 'uri is not an http(s) page' };
  const created = isoOrNull(item.created);
  if (!created) return { ok: false, reason: 'created is missing or not a date' };
  const tags = Array.isArray(item.tags) ? item.tags.filter((t): t is string => typeof t === 'string') : [];
  const doc = isObject(item.document) ? item.document : null;
  const title = doc && Array.isArray(doc.title) && typeof doc.title[0] === 'string' ? doc.title[0] : null;
  const candidate: Annotation = {
    id: stableUuid('hypothesis', item.id),
    articleKey,
    target: { source, selector },
    body: { note: typeof item.text === 'string' ? item.text : '', tags, color: options.defaultColor ?? 'yellow' },
    created,
    // Unedited notes carry the same stamp twice: read it once.
    modified: (item.updated === item.created ? created : isoOrNull(item.updated)) ?? created,
  };
  const checked = checkAnnotation(candidate, options.now);
  return checked.ok ? { ok: true, value: checked.value, title } : checked;
}

/** Parses a Hypothesis export into validated records. */
export function importHypothesis(doc: unknown, options: ImportOptions): ImportReport {
  const items = hypothesisItems(doc) ?? [];
  const report: ImportReport = { format: 'hypothesis', articles: [], annotations: [], rejected: [] };
  const articles = new ArticleCollector(options.now);
  items.forEach((item, index) => {
    const r = toAnnotation(item, options);
    if (!r.ok) return void report.rejected.push({ index, reason: r.reason });
    report.annotations.push(r.value);
    articles.ensure(r.value, r.title);
  });
  report.articles = articles.list();
  return report;
}
