// Turns Readability's article element into Lede's ordered, typed blocks, dropping the furniture Readability keeps
// (see boilerplate.ts), and gives each block a text-quote selector back into the article's text.
import type { Block, BlockType, TextQuoteSelector } from '../types';
import { FURNITURE_HEADING, isFurnitureElement, isFurnitureText, isLinkList, isPromptText } from './boilerplate';
import { comparable, squash } from './metadata-values';

/** Characters of neighbouring text kept in each selector's prefix and suffix. */
export const SELECTOR_CONTEXT = 32;

/** Block-level tags: an element holding any of these is a container, not a leaf block. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'center',
  'details',
  'summary',
  'address',
]);

/** Upper bound on blocks, so a pathological page cannot make an enormous result. */
const MAX_BLOCKS = 5000;

type Draft = { type: BlockType; level?: number; text: string; linked?: boolean };

/** A short block whose text is all link is a pointer to another page ("Read: …", a related headline). */
const LINKED_BLOCK_MAX = 200;

function isAllLink(el: Element, text: string): boolean {
  if (text.length > LINKED_BLOCK_MAX) return false;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a[href]'))) linked += squash(a.textContent).length;
  return linked >= 0.9 * text.length;
}

function hasBlockChild(el: Element): boolean {
  for (const c of Array.from(el.children)) if (BLOCK_TAGS.has(c.tagName.toLowerCase())) return true;
  return false;
}

/** Inline parts that are a picture's caption or credit by their class or microdata ("pb-caption", "photo-credit"). */
const CAPTION_CLASS = /(^|[-_\s])(caption|captions|credit|credits|photo-?credit|image-?credit|figcaption)([-_\s]|$)/i;

function isCaptionElement(el: Element): boolean {
  return (
    el.tagName.toLowerCase() === 'figcaption' ||
    el.getAttribute('itemprop') === 'caption' ||
    CAPTION_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.id}`)
  );
}

/** A leaf's text without the caption or credit <span>s inside it (beside an <img>, or left alone in a <p>). */
function inlineText(el: Element): string {
  let t = '';
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) t += child.textContent ?? '';
    else if (child.nodeType === 1) {
      const c = child as Element;
      if (c.tagName.toLowerCase() === 'br') t += ' ';
      else if (!isCaptionElement(c)) t += c.firstElementChild ? inlineText(c) : (c.textContent ?? '');
    }
  }
  return t;
}

function textOf(node: Node, pre: boolean): string {
  const raw = node.textContent ?? '';
  return pre ? raw.replace(/^\n+|\s+$/g, '') : squash(raw);
}

function tableText(table: Element): string {
  const rows = Array.from(table.querySelectorAll('tr')).slice(0, 500);
  if (rows.length === 0) return squash(table.textContent);
  return rows
    .map((tr) =>
      Array.from(tr.children)
        .map((c) => squash(c.textContent))
        .filter(Boolean)
        .join('\t'),
    )
    .filter(Boolean)
    .join('\n');
}

/** Walks an element in reading order, emitting drafts; `quoted` marks text inside a blockquote. */
function walk(el: Element, out: Draft[], quoted: boolean, totalLength: number, inFigure = false): void {
  if (out.length >= MAX_BLOCKS) return;
  const tag = el.tagName.toLowerCase();
  if (isFurnitureElement(el) && !holdsTheArticle(el, tag, totalLength)) return;
  if (tag === 'figcaption' || tag === 'script' || tag === 'style') return;
  if ((tag === 'ul' || tag === 'ol') && isLinkList(el)) return;
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) return void push(out, { type: 'heading', level: +heading[1]!, text: textOf(el, false) });
  if (tag === 'pre') return void push(out, { type: 'pre', text: textOf(el, true) });
  if (tag === 'table' && !el.querySelector('table p, table div p'))
    return void push(out, { type: 'table', text: tableText(el) });
  if (tag === 'blockquote') quoted = true;
  if (tag === 'figure') inFigure = true;
  // In a figure only quoted posts, tables and code are content; any other text there is a caption or a credit.
  if (inFigure && !quoted && tag !== 'figure' && !hasBlockChild(el)) return;
  if (!hasBlockChild(el)) {
    if (inFigure && !quoted) return;
    const type: BlockType = quoted
      ? 'blockquote'
      : tag === 'li' || tag === 'dd' || tag === 'dt'
        ? tag === 'li'
          ? 'li'
          : 'p'
        : 'p';
    const text = el.firstElementChild ? squash(inlineText(el)) : textOf(el, false);
    return void push(out, { type, text, linked: isAllLink(el, text) });
  }
  // Mixed content: inline runs between block children become paragraphs of their own.
  let run = '';
  const flush = (): void => {
    const t = squash(run);
    if (t && !(inFigure && !quoted)) push(out, { type: quoted ? 'blockquote' : tag === 'li' ? 'li' : 'p', text: t });
    run = '';
  };
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) run += child.textContent ?? '';
    else if (child.nodeType === 1) {
      const c = child as Element;
      const ctag = c.tagName.toLowerCase();
      if (BLOCK_TAGS.has(ctag) || ctag === 'table') {
        flush();
        walk(c, out, quoted, totalLength, inFigure);
      } else if (ctag === 'br') {
        if (/\S/.test(run) && c.nextSibling?.nodeName.toLowerCase() === 'br') flush();
        else run += ' ';
      } else if (!isFurnitureElement(c)) run += c.textContent ?? '';
    }
  }
  flush();
}

/** A furniture-classed wrapper that holds most of the prose is the article itself (e.g. "post has-share-bar"). */
function holdsTheArticle(el: Element, tag: string, totalLength: number): boolean {
  if (tag === 'figcaption' || tag === 'nav' || tag === 'aside' || tag === 'form' || tag === 'footer') return false;
  const len = squash(el.textContent).length;
  return len > 0.3 * totalLength && el.querySelectorAll('p').length >= 3;
}

function push(out: Draft[], d: Draft): void {
  if (d.text && out.length < MAX_BLOCKS) out.push(d);
}

/** What the body should not repeat: the headline, deck and byline shown above it. */
export interface BodyContext {
  title: string | null;
  deck: string | null;
  byline: string | null;
}

/**
 * The article's blocks from Readability's content element: typed, furniture removed, the leading headline / deck /
 * byline / date lines dropped, sections under furniture headings ("Related", "Comments") dropped.
 * Reads `root` only; selectors are computed against the blocks' texts joined by blank lines.
 */
export function blocksFromContent(root: Element, ctx: BodyContext): Block[] {
  const drafts: Draft[] = [];
  walk(root, drafts, false, squash(root.textContent).length);
  return withSelectors(cleanDrafts(drafts, ctx, imageTexts(root)));
}

/** Alt texts and labels of the article's images: a block that repeats one is that image's caption. */
function imageTexts(root: Element): string[] {
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll('img[alt], [data-alt], [role="img"][aria-label]')).slice(0, 300)) {
    const t = comparable(el.getAttribute('alt') ?? el.getAttribute('data-alt') ?? el.getAttribute('aria-label'));
    if (t.length >= MIN_CAPTION_MATCH) out.push(t);
  }
  return out;
}

/** Shortest alt text / block text that may be matched as a caption (shorter ones are too generic: "Photo"). */
const MIN_CAPTION_MATCH = 25;

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

function cleanDrafts(drafts: Draft[], ctx: BodyContext, alts: string[]): Draft[] {
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
