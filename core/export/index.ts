// Public surface of the exporters: pure functions over (articles, annotations, extractions, scope) and a clock.
export {
  bundleArticles,
  comparePageOrder,
  type ArticleBundle,
  type ExportInput,
  type ExportScope,
} from './bundle';
export { exportMarkdown, articleToMarkdown, yamlString, escapeMarkdown, obsidianTag } from './markdown';
export {
  exportJsonLd,
  exportJsonLdText,
  toWebAnnotation,
  ANNO_CONTEXT,
  LEDE_NS,
  type AnnotationCollection,
  type WebAnnotation,
} from './jsonld';
export { exportCsv, csvField, neutraliseFormula, CSV_COLUMNS } from './csv';
export { exportHtml, escapeHtml, EXPORT_CSP } from './html';
export { textFragmentLink, textDirective, encodeFragmentTerm, annotationLink } from './text-fragment';
export { stableUuid } from './stable-id';
export {
  citePassage,
  citedFrom,
  apaReference,
  chicagoReference,
  authorsOf,
  CITATION_FORMATS,
  type CitationFormat,
  type CitedPassage,
} from './citation';
export { EXPORTERS, exporterById, type Exporter, type ExportFormat } from './registry';
