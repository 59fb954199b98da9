// W3C Web Annotation JSON-LD export: an AnnotationCollection of spec-shaped annotations. The lossless format:
// Lede's colour, origin and article records travel under the `lede:` namespace and come back on import.
import type { Annotation, ArticleRecord, ColorId, Selector } from '../types';
import type { ExportInput } from './bundle';
import { bundleArticles, colorMeaning } from './bundle';
import { stableUuid } from './stable-id';
import { withoutInvisible } from '../invisible-chars';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Lede's extension namespace; terms under it are ignored by other Web Annotation readers. */
export const LEDE_NS = 'https://lede.example/ns#';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
}

/** One Web Annotation as Lede writes it. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: { source: string; selector: Selector[] };
  'lede:color': ColorId;
  'lede:articleKey': string;
  'lede:origin'?: { kind: 'fact' | 'quote'; text: string };
  /** What the colour means to the reader ("Evidence"), when the export knows it. */
  'lede:colorMeaning'?: string;
}

export interface AnnotationCollection {
  '@context': [typeof ANNO_CONTEXT, { lede: typeof LEDE_NS }];
  id: string;
  type: 'AnnotationCollection';
  label: string;
  generator: { id: string; type: 'Software'; name: 'Lede' };
  generated: string;
  total: number;
  'lede:articles': ArticleRecord[];
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** One Lede annotation as a spec-shaped Web Annotation. Never mutates `a`. */
export function toWebAnnotation(a: Annotation, meaning: string | null = null): WebAnnotation {
  const body: TextualBody[] = [];
  if (a.body.note) body.push({ type: 'TextualBody', value: a.body.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of a.body.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const out: WebAnnotation = {
    id: a.id,
    type: 'Annotation',
    motivation: a.body.note ? 'commenting' : 'highlighting',
    created: a.created,
    modified: a.modified,
    ...(body.length ? { body } : {}),
    target: { source: a.target.source, selector: a.target.selector.map((s) => ({ ...s })) },
    'lede:color': a.body.color,
    'lede:articleKey': a.articleKey,
  };
  if (a.origin) out['lede:origin'] = { kind: a.origin.kind, text: a.origin.text };
  if (meaning) out['lede:colorMeaning'] = meaning;
  return out;
}

/**
 * The annotations in scope as an AnnotationCollection (one page holding every item), articles in the
 * `lede:articles` extension (each record carries the reader's article note as `note`). Pure: `now` dates it and, with the content, seeds its id.
 */
export function exportJsonLd(input: ExportInput, now: () => Date): AnnotationCollection {
  const bundles = bundleArticles(input);
  const items: WebAnnotation[] = [];
  for (const b of bundles)
    for (const a of b.annotations) items.push(toWebAnnotation(a, colorMeaning(input, a.body.color)));
  const generated = now().toISOString();
  return {
    '@context': [ANNO_CONTEXT, { lede: LEDE_NS }],
    id: stableUuid('lede-collection', `${generated}|${items.length}|${items[0]?.id ?? ''}`),
    type: 'AnnotationCollection',
    label: 'Lede notes',
    generator: { id: 'https://lede.example/', type: 'Software', name: 'Lede' },
    generated,
    total: items.length,
    'lede:articles': bundles.map((b) => b.article),
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The collection as pretty-printed JSON text, ready to save as a `.jsonld` file. */
export function exportJsonLdText(input: ExportInput, now: () => Date): string {
  // Never-drawn characters in old or imported notes are not handed on (invisible-chars.ts).
  return withoutInvisible(JSON.stringify(exportJsonLd(input, now), null, 1));
}
