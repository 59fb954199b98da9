// valibot schemas for every shape that arrives from outside a context: messages, imported files, stored records.
import * as v from 'valibot';
import {
  MAX_CONTEXT_CHARS,
  MAX_NOTE_CHARS,
  MAX_QUOTE_CHARS,
  MAX_SITE_NAME_CHARS,
  MAX_STAMP_CHARS,
  MAX_TAG_CHARS,
  MAX_TAGS,
  MAX_TITLE_CHARS,
  MAX_URL_CHARS,
} from './limits';

import { COLOR_IDS } from './types';

export { MAX_CONTEXT_CHARS, MAX_NOTE_CHARS, MAX_QUOTE_CHARS, MAX_TAG_CHARS, MAX_TAGS, MAX_URL_CHARS };

const isoDate = v.pipe(v.string(), v.maxLength(MAX_STAMP_CHARS), v.isoTimestamp());

export const TextQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_QUOTE_CHARS)),
  prefix: v.pipe(v.string(), v.maxLength(MAX_CONTEXT_CHARS)),
  suffix: v.pipe(v.string(), v.maxLength(MAX_CONTEXT_CHARS)),
});

export const TextPositionSelectorSchema = v.pipe(
  v.object({
    type: v.literal('TextPositionSelector'),
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.check((s) => s.end >= s.start, 'a position selector must not end before it starts'),
);

export const HttpUrlSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_URL_CHARS),
  v.url(),
  v.check((u) => /^https?:\/\//i.test(u), 'only http(s) pages can be annotated'),
);

export const ColorSchema = v.picklist(COLOR_IDS);

export const AnnotationSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^urn:uuid:[0-9a-f-]{36}$/i, 'an annotation id is a urn:uuid')),
  articleKey: HttpUrlSchema,
  target: v.object({
    source: HttpUrlSchema,
    selector: v.union([
      v.strictTuple([TextQuoteSelectorSchema, TextPositionSelectorSchema]),
      v.strictTuple([TextQuoteSelectorSchema]),
    ]),
  }),
  body: v.object({
    note: v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS)),
    tags: v.pipe(
      v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_TAG_CHARS))),
      v.maxLength(MAX_TAGS),
    ),
    color: ColorSchema,
  }),
  origin: v.optional(
    v.object({ kind: v.picklist(['fact', 'quote']), text: v.pipe(v.string(), v.maxLength(MAX_QUOTE_CHARS)) }),
  ),
  droppedPlacement: v.optional(v.pipe(v.string(), v.maxLength(MAX_QUOTE_CHARS))),
  created: isoDate,
  modified: isoDate,
});

const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const ArticleRecordSchema = v.object({
  key: HttpUrlSchema,
  url: HttpUrlSchema,
  title: shortText(MAX_TITLE_CHARS),
  byline: v.nullable(shortText(MAX_TITLE_CHARS)),
  siteName: v.nullable(shortText(MAX_SITE_NAME_CHARS)),
  publishedTime: v.nullable(shortText(MAX_STAMP_CHARS)),
  lang: v.nullable(shortText(MAX_STAMP_CHARS)),
  firstSeen: isoDate,
  lastSeen: isoDate,
  note: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS))),
});

/** The first validation issue in plain words, with its path ("body.color: Invalid option…"). */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'invalid';
  const path = first.path?.map((p) => String(p.key)).join('.') ?? '';
  return path ? `${path}: ${first.message}` : first.message;
}
