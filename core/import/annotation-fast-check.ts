// A quick yes for annotations that certainly pass `AnnotationSchema` (core/schemas.ts), with the output valibot would
// give them. An import of 100,000 highlights spent a third of its reading time in valibot's generic walk and the
// garbage it leaves; a plain record now costs a few property checks. It never says no: anything it is not sure of
// goes to valibot, whose verdict and reason stand, so the rules are valibot's and this only has to be stricter.
import * as v from 'valibot';
import {
  MAX_CONTEXT_CHARS,
  MAX_NOTE_CHARS,
  MAX_QUOTE_CHARS,
  MAX_STAMP_CHARS,
  MAX_TAG_CHARS,
  MAX_TAGS,
} from '../limits';
import { HttpUrlSchema } from '../schemas';
import { COLOR_IDS, type Annotation, type TextPositionSelector, type TextQuoteSelector } from '../types';
import { remembered } from './remembered';

/** `AnnotationSchema`'s id rule, the same expression. */
const ID = /^urn:uuid:[0-9a-f-]{36}$/i;

/**
 * `HttpUrlSchema` itself, remembered: a file holds many notes per page, and the schema's URL parse is the costly
 * part. Asking valibot keeps the rule in one place.
 */
const isHttpUrl = remembered((url: string) => v.is(HttpUrlSchema, url));

const isString = (x: unknown): x is string => typeof x === 'string';
const isText = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;
/** A plain object as JSON.parse or an object literal makes one (valibot's `object` reads anything but null). */
const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;
const isOffset = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
/** `isoDate`: a string of at most MAX_STAMP_CHARS in valibot's ISO timestamp form. */
const isIsoDate = (x: unknown): x is string => isText(x, MAX_STAMP_CHARS) && v.ISO_TIMESTAMP_REGEX.test(x);

function quoteSelector(s: unknown): TextQuoteSelector | null {
  if (!isRecord(s) || s.type !== 'TextQuoteSelector') return null;
  const { exact, prefix, suffix } = s;
  if (!isText(exact, MAX_QUOTE_CHARS) || exact.length < 1) return null;
  if (!isText(prefix, MAX_CONTEXT_CHARS) || !isText(suffix, MAX_CONTEXT_CHARS)) return null;
  return { type: 'TextQuoteSelector', exact, prefix, suffix };
}

function positionSelector(s: unknown): TextPositionSelector | null {
  if (!isRecord(s) || s.type !== 'TextPositionSelector') return null;
  const { start, end } = s;
  if (!isOffset(start) || !isOffset(end) || end < start) return null;
  return { type: 'TextPositionSelector', start, end };
}

/** The selector pair as the schema's union gives it: [quote, position] or [quote], each a new object. */
function selectorPair(list: unknown): Annotation['target']['selector'] | null {
  if (!Array.isArray(list) || (list.length !== 1 && list.length !== 2)) return null;
  const quote = quoteSelector(list[0]);
  if (!quote) return null;
  if (list.length === 1) return [quote];
  const position = positionSelector(list[1]);
  return position ? [quote, position] : null;
}

/** The tags as the schema gives them (each trimmed), or null when one is not a string of 1-100 characters trimmed. */
function trimmedTags(tags: unknown): string[] | null {
  if (!Array.isArray(tags) || tags.length > MAX_TAGS) return null;
  const out: string[] = [];
  for (const tag of tags) {
    if (!isString(tag)) return null;
    const trimmed = tag.trim();
    if (trimmed.length < 1 || trimmed.length > MAX_TAG_CHARS) return null;
    out.push(trimmed);
  }
  return out;
}

/**
 * `candidate` as `v.parse(AnnotationSchema, candidate)` would return it (a new object, unknown keys dropped, tags
 * trimmed) when it is a plain record that certainly passes; null when it is not sure, and then only valibot may
 * decide. Never throws; never mutates `candidate`. Records with the optional `origin` or `droppedPlacement` (never
 * in a foreign file) always go to valibot.
 */
export function annotationFastCheck(candidate: unknown): Annotation | null {
  if (!isRecord(candidate) || 'origin' in candidate || 'droppedPlacement' in candidate) return null;
  const { id, articleKey, target, body, created, modified } = candidate;
  if (!isString(id) || !ID.test(id)) return null;
  if (!isString(articleKey) || !isHttpUrl(articleKey)) return null;
  if (!isRecord(target) || !isString(target.source) || !isHttpUrl(target.source)) return null;
  const selector = selectorPair(target.selector);
  if (!selector) return null;
  if (!isRecord(body) || !isText(body.note, MAX_NOTE_CHARS)) return null;
  const tags = trimmedTags(body.tags);
  if (!tags || !COLOR_IDS.includes(body.color as Annotation['body']['color'])) return null;
  if (!isIsoDate(created) || !isIsoDate(modified)) return null;
  return {
    id,
    articleKey,
    target: { source: target.source, selector },
    body: { note: body.note, tags, color: body.color as Annotation['body']['color'] },
    created,
    modified,
  };
}
