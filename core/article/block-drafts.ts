// The article's blocks as strings: dropping the furniture the DOM walk (body-blocks.ts) let through (the leading
// headline, deck and byline, furniture sections, captions, pull quotes, trailing bios and newsletter pitches), and
// giving each block a text-quote selector back into the article's text. No DOM here.
import type { Block, BlockType, TextQuoteSelector } from '../types';
import { FURNITURE_HEADING, isFurnitureText, isPromptText } from './boilerplate';
import { comparable } from './metadata-values';

/** Characters of neighbouring text kept in each selector's prefix and suffix. */
export const SELECTOR_CONTEXT = 32;

/** A block before its selector: what the DOM walk found. `linked` marks a short block that is all link. */
export type Draft = { type: BlockType; level?: number; text: string; linked?: boolean };

/** What the body should not repeat: the headline, deck and byline shown above it. */
export interface BodyContext {
  title: string | null;
  deck: string | null;
  byline: string | null;
}

/** Shortest alt text / block text that may be matched as a caption (shorter ones are too generic: "Photo"). */
export const MIN_CAPTION_MATCH = 25;

function isCaptionOf(text: string, alts: string[]): boolean {
  if (text.length < MIN_CAPTION_MATCH || text.length > 600) return false;
  const words = new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []);
  return alts.some((a) => {
    if (text.startsWith(a) || a.startsWith(text)) return true;
    // Captions often reword the alt text ("Squid beaks, from the stomach…" inside "Clockwise from top: … squid
    // beaks, from the stomach…"): nearly all of a long-enough alt's words in a short block is the same caption.
    const altWords = new Set(a.match(/[\p{L}\p{N}]+/gu) ?? []);
    if (altWords.size < 6) return false;
    let shared = 0;
    for (const w of altWords) if (words.has(w)) shared++;
    // Both ways round, and of similar length: a paragraph that merely covers an image's subject is longer.
    return shared / words.size >= 0.8 || (shared / altWords.size >= 0.8 && words.size <= 1.6 * altWords.size);
  });
}

/**
 * The drafts that are the article's own text, in order: furniture sections, captions (blocks repeating an image's
 * alt text in `alts`), the leading headline / deck / byline lines, pull quotes and trailing furniture dropped.
 * Returns a new list; never mutates `drafts`' items.
 */
export function cleanDrafts(drafts: Draft[], ctx: BodyContext, alts: string[]): Draft[] {
  const title = comparable(ctx.title);
  const deck = comparable(ctx.deck);
  const byline = comparable(ctx.byline);
  const kept: Draft[] = [];
  let skipBelow = 0; // inside a furniture section: skip until a heading of level <= skipBelow
  for (const d of drafts) {
    if (d.type === 'heading') {
      if (skipBelow && d.level! <= skipBelow) skipBelow = 0;
      if (FURNITURE_HEADING.test(d.text) && d.text.length < 80) {
        skipBelow = d.level!;
        continue;
      }
    }
    if (skipBelow) continue;
    if (d.type !== 'pre' && d.type !== 'table' && d.type !== 'blockquote' && isFurnitureText(d.text)) continue;
    if (d.linked && d.type !== 'blockquote') continue;
    const c = comparable(d.text);
    if (d.type !== 'heading' && isCaptionOf(c, alts)) continue;
    const lead = kept.filter((k) => k.type !== 'heading').length === 0;
    if (lead && (c === title || c === deck || (byline && c.length < byline.length + 20 && c.includes(byline))))
      continue;
    if (lead && /^by\s+\S/i.test(d.text) && d.text.length < 120) continue;
    kept.push(d);
  }
  dropRepeats(kept);
  dropTrailingFurniture(kept, byline);
  // Headings above the first paragraph are the kicker, section label or subtitle, not the article's own sections.
  while (kept.length && kept[0]!.type === 'heading' && kept[0]!.text.length <= 120) kept.shift();
  // A furniture heading with nothing after it, or trailing headings without prose, say nothing.
  while (kept.length && kept[kept.length - 1]!.type === 'heading') kept.pop();
  return kept;
}

/** Pull quotes: a short block repeating words of a longer block of the same article is shown twice, read once. */
function dropRepeats(kept: Draft[]): void {
  if (kept.length > 1500) return;
  // Word strings (" it s easiest to judge "): a pull quote may drop or change its first or last word ("It's easiest…"
  // from "…which makes it easiest…"), so the repeat is looked for with either end word left off too.
  const words = (t: string): string[] =>
    t
      .split(/\s+/)
      .map((w) => (w.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' '))
      .filter(Boolean);
  const texts = kept.map((k) => ` ${words(k.text).join(' ')} `);
  for (let i = kept.length - 1; i >= 0; i--) {
    const d = kept[i]!;
    const w = words(d.text);
    if (d.type !== 'p' || w.length < 6 || d.text.length > 300) continue;
    const probes = [w, w.slice(1), w.slice(0, -1)].map((x) => ` ${x.join(' ')} `);
    const longer = (t: string, j: number): boolean =>
      j !== i && kept[j]!.type !== 'heading' && t.length > texts[i]!.length + 20;
    if (texts.some((t, j) => longer(t, j) && probes.some((p) => t.includes(p)))) kept.splice(i, 1), texts.splice(i, 1);
  }
}

/** Author's note opening with the byline's name ("Jane Doe covers the White House."): the bio, not the article. */
const BIO_VERB = /^\s*(is|was|covers|writes|reports|has (been|covered|written|reported)|joined|edits|contributed)\b/;

/**
 * What trails the article: a newsletter pitch followed only by short lines (plans, prices, the form's labels), or
 * an author bio that names the byline's author. Everything from it to the end goes.
 */
function dropTrailingFurniture(kept: Draft[], byline: string): void {
  const names = byline ? byline.split(/\s*(?:,|\band\b|&)\s*/).filter((n) => n.split(' ').length >= 2) : [];
  while (kept.length > 1) {
    const last = kept[kept.length - 1]!;
    const c = comparable(last.text);
    const name = names.find((n) => c.startsWith(n));
    if (name && c.length < 400 && BIO_VERB.test(c.slice(name.length))) kept.pop();
    else break;
  }
  for (let i = 1; i < kept.length; i++) {
    if (kept[i]!.type === 'heading' || !isPromptText(kept[i]!.text)) continue;
    const rest = kept.slice(i + 1);
    if (rest.every((k) => k.text.length < 120) && rest.reduce((n, k) => n + k.text.length, 0) < 800) {
      kept.splice(i);
      return;
    }
  }
}

/** Joins block texts as Article.textContent does. */
export function joinBlocks(blocks: { text: string }[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}

/** Adds to each draft a TextQuoteSelector whose prefix/suffix are the neighbouring text of the joined body. */
export function withSelectors(drafts: Draft[]): Block[] {
  const full = joinBlocks(drafts);
  let offset = 0;
  return drafts.map((d) => {
    const start = offset;
    const end = start + d.text.length;
    offset = end + 2;
    const selector: TextQuoteSelector = {
      type: 'TextQuoteSelector',
      exact: d.text,
      prefix: full.slice(Math.max(0, start - SELECTOR_CONTEXT), start),
      suffix: full.slice(end, end + SELECTOR_CONTEXT),
    };
    return d.level === undefined
      ? { type: d.type, text: d.text, selector }
      : { type: d.type, level: d.level, text: d.text, selector };
  });
}
