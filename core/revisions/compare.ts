// Compares the text a reader read with the text the page shows now: headline, deck, paragraphs added, removed
// and reworded (jsdiff aligns the paragraph lists), and which of the reader's highlights and which quotes and
// figures no longer read the same. Pure and deterministic.
import { diffArrays } from 'diff';
import type { Annotation } from '../types';
import { normalizeText, type ReadingCopy } from './reading-copy';

/** Two paragraphs sharing at least this share of their words are the same paragraph reworded. */
const REWORDED_MIN_OVERLAP = 0.5;

export interface ParagraphChange {
  kind: 'added' | 'removed' | 'reworded';
  /** Position of the paragraph in the text as read (removed, reworded) or as it is now (added). */
  index: number;
  before: string | null;
  after: string | null;
}

export interface RevisionReport {
  readAt: string;
  headline: { before: string; after: string } | null;
  deck: { before: string | null; after: string | null } | null;
  paragraphs: ParagraphChange[];
  counts: { added: number; removed: number; reworded: number };
  /** The reader's highlights whose passage is no longer in the text; `nowReads` is its paragraph now, if reworded. */
  highlights: { id: string; exact: string; nowReads: string | null }[];
  /** Quotes from the text as read that the page no longer carries word for word. */
  quotes: { speaker: string | null; before: string; after: string | null }[];
  /** Figures (facts with quantities) whose quantity is no longer in the text. */
  figures: { before: string; values: string[]; after: string | null }[];
  /** True when anything the reader would care about changed. */
  changed: boolean;
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of the smaller paragraph's distinct words found in the other: 1 for the same words, 0 for none. */
function overlap(a: string, b: string): number {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (!wa.size || !wb.size) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.size, wb.size);
}

/** Pairs removed and added paragraphs of one changed stretch into rewordings, in order; the rest stay as they are. */
function pairStretch(
  removed: { index: number; text: string }[],
  added: { index: number; text: string }[],
  out: ParagraphChange[],
): void {
  let next = 0;
  for (const r of removed) {
    let match = -1;
    for (let j = next; j < added.length; j++) {
      if (overlap(r.text, added[j]!.text) >= REWORDED_MIN_OVERLAP) {
        match = j;
        break;
      }
    }
    if (match < 0) {
      out.push({ kind: 'removed', index: r.index, before: r.text, after: null });
      continue;
    }
    for (const a of added.slice(next, match)) out.push({ kind: 'added', index: a.index, before: null, after: a.text });
    out.push({ kind: 'reworded', index: r.index, before: r.text, after: added[match]!.text });
    next = match + 1;
  }
  for (const a of added.slice(next)) out.push({ kind: 'added', index: a.index, before: null, after: a.text });
}

/** Paragraph changes between two lists, in reading order. */
export function compareParagraphs(before: readonly string[], after: readonly string[]): ParagraphChange[] {
  const out: ParagraphChange[] = [];
  let i = 0;
  let j = 0;
  let removed: { index: number; text: string }[] = [];
  let added: { index: number; text: string }[] = [];
  const flush = () => {
    if (removed.length || added.length) pairStretch(removed, added, out);
    removed = [];
    added = [];
  };
  for (const part of diffArrays(before as string[], after as string[])) {
    if (part.removed) for (const text of part.value) removed.push({ index: i++, text });
    else if (part.added) for (const text of part.value) added.push({ index: j++, text });
    else {
      flush();
      i += part.value.length;
      j += part.value.length;
    }
  }
  flush();
  return out;
}

/**
 * What changed between the text as read (`before`) and as it is now (`after`), and which of `annotations` (the
 * reader's highlights on this article) no longer find their passage. Never mutates its arguments.
 */
export function compareReadingCopies(
  before: ReadingCopy,
  after: ReadingCopy,
  annotations: readonly Annotation[],
): RevisionReport {
  // Text past a truncated copy's cap was never kept: compare only as far as the kept paragraphs go.
  const nowParagraphs = before.truncated ? after.paragraphs.slice(0, before.paragraphs.length) : after.paragraphs;
  const paragraphs = compareParagraphs(before.paragraphs, nowParagraphs);
  const counts = { added: 0, removed: 0, reworded: 0 };
  for (const p of paragraphs) counts[p.kind]++;
  const nowText = after.paragraphs.join('\n');
  const thenText = before.paragraphs.join('\n');
  const rewordedFrom = (passage: string) =>
    paragraphs.find((p) => p.kind === 'reworded' && p.before!.includes(passage))?.after ?? null;

  const highlights = annotations
    .map((a) => ({ id: a.id, exact: normalizeText(a.target.selector[0].exact) }))
    .filter((h) => h.exact && thenText.includes(h.exact) && !nowText.includes(h.exact))
    .map((h) => ({ ...h, nowReads: rewordedFrom(h.exact) }));

  const nowQuotes = after.quotes.filter((q) => !thenText.includes(q.text));
  const quotes = before.quotes
    .filter((q) => q.text && !nowText.includes(q.text))
    .map((q) => {
      const candidates = nowQuotes.filter((n) => n.speaker === q.speaker || !q.speaker);
      let best: string | null = null;
      let bestScore = REWORDED_MIN_OVERLAP;
      for (const n of candidates) {
        const score = overlap(q.text, n.text);
        if (score >= bestScore) [best, bestScore] = [n.text, score];
      }
      return { speaker: q.speaker, before: q.text, after: best };
    });

  const figures = before.figures
    .filter((f) => f.values.some((v) => !nowText.includes(v)))
    .map((f) => ({
      before: f.text,
      values: f.values,
      after:
        rewordedFrom(f.text) ??
        paragraphs.find((p) => p.kind === 'reworded' && overlap(p.before!, f.text) >= 0.8)?.after ??
        null,
    }));

  const headline = before.title !== after.title ? { before: before.title, after: after.title } : null;
  const deck = (before.deck ?? null) !== (after.deck ?? null) ? { before: before.deck, after: after.deck } : null;
  return {
    readAt: before.readAt,
    headline,
    deck,
    paragraphs,
    counts,
    highlights,
    quotes,
    figures,
    changed: Boolean(headline || deck || paragraphs.length),
  };
}
