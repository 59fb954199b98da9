// Imports Obsidian Web Clipper's highlights export: `[{ url, highlights: [{ text, timestamp, notes? }] }]`, where
// `text` is the highlighted HTML. The clipper stores no context around a passage, so the quote has no prefix/suffix.
import type { Annotation } from '../types';
import { stableUuid } from '../export/stable-id';
import type { ImportOptions, ImportReport } from './common';
import { ArticleCollector, articleKeyOf, checkAnnotation, htmlToText, isObject, isoOrNull } from './common';

interface Page {
  url: unknown;
  highlights: unknown[];
}

/** The pages of a Web Clipper export (or of its raw `highlights` storage object), or null if it is not one. */
export function obsidianPages(doc: unknown): Page[] | null {
  if (Array.isArray(doc)) {
    const first = doc.find(isObject);
    if (doc.length > 0 && !(first && 'url' in first && Array.isArray(first.highlights))) return null;
    return doc.map((p) =>
      isObject(p)
        ? { url: p.url, highlights: Array.isArray(p.highlights) ? p.highlights : [] }
        : { url: null, highlights: [] },
    );
  }
  if (isObject(doc)) {
    // The extension's own storage shape: { [url]: { url, highlights: [{ content, id, … }] } }.
    const values = Object.entries(doc);
    if (values.length === 0 || !values.every(([, v]) => isObject(v) && Array.isArray(v.highlights))) return null;
    return values.map(([url, v]) => ({
      url: (v as Record<string, unknown>).url ?? url,
      highlights: (v as { highlights: unknown[] }).highlights,
    }));
  }
  return null;
}

function toAnnotation(
  url: string,
  h: unknown,
  options: ImportOptions,
): { ok: true; value: Annotation } | { ok: false; reason: string } {
  if (!isObject(h)) return { ok: false, reason: 'not a highlight object' };
  const html = typeof h.text === 'string' ? h.text : typeof h.content === 'string' ? h.content : null;
  if (html === null) return { ok: false, reason: 'highlight has no text' };
  if (html.length > 200_000) return { ok: false, reason: 'highlight text is too long' };
  const exact = htmlToText(html);
  if (!exact) return { ok: false, reason: 'highlight has no text (an image or an empty element)' };
  const articleKey = articleKeyOf(url);
  if (!articleKey) return { ok: false, reason: 'url is not an http(s) page' };
  // The clipper's highlight id is its creation time in milliseconds.
  const created =
    isoOrNull(h.timestamp) ?? (typeof h.id === 'string' && /^\d{10,14}$/.test(h.id) ? isoOrNull(Number(h.id)) : null);
  if (!created) return { ok: false, reason: 'timestamp is missing or not a date' };
  const notes = Array.isArray(h.notes)
    ? h.notes.filter((n): n is string => typeof n === 'string')
    : typeof h.notes === 'string'
      ? [h.notes]
      : [];
  const candidate: Annotation = {
    id: stableUuid('obsidian-web-clipper', `${url}\u0000${created}\u0000${exact}`),
    articleKey,
    target: { source: url, selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] },
    body: { note: notes.join('\n\n'), tags: [], color: options.defaultColor ?? 'yellow' },
    created,
    modified: created,
  };
  return checkAnnotation(candidate, options.now);
}

/** Parses a Web Clipper highlights export. Indexes count highlights across all pages, in file order. */
export function importObsidian(doc: unknown, options: ImportOptions): ImportReport {
  const report: ImportReport = { format: 'obsidian', articles: [], annotations: [], rejected: [] };
  const articles = new ArticleCollector(options.now);
  let index = 0;
  for (const page of obsidianPages(doc) ?? []) {
    for (const h of page.highlights) {
      const i = index++;
      if (typeof page.url !== 'string') {
        report.rejected.push({ index: i, reason: 'the page has no url' });
        continue;
      }
      const r = toAnnotation(page.url, h, options);
      if (!r.ok) {
        report.rejected.push({ index: i, reason: r.reason });
        continue;
      }
      report.annotations.push(r.value);
      articles.ensure(r.value, null);
    }
  }
  report.articles = articles.list();
  return report;
}
