// Turns Readability's article element into Lede's ordered, typed blocks: the DOM walk (leaf blocks, their types and
// texts, tables, captions, image alt texts). Cleaning the drafts' texts and giving them selectors is block-drafts.ts.
import type { Block, BlockType } from '../types';
import { isFurnitureElement, isLinkList } from './boilerplate';
import { cleanDrafts, type BodyContext, type Draft, MIN_CAPTION_MATCH, withSelectors } from './block-drafts';
import { comparable, squash } from './metadata-values';

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
