// Serialises a live page's markup with some of its body's elements left out, emptied or marked, without copying the
// page first. A copy made with `cloneNode` runs the page's own code while Lede reads: each custom element in the copy
// is constructed, and its constructor can show a hidden paragraph until the next task, or add an element so that the
// copy no longer lines up with the page Lede judged (found by wave 19's third red team). Here nothing is created: the
// elements are read where they stand (`outerHTML`, attributes, text), which runs no script of the page's.

/** What becomes of one element of the body: written as it is, left out, emptied of its words, or marked. */
export type Verdict =
  | 'keep'
  | 'drop'
  | 'empty'
  | { mark: [name: string, value: string] }
  /** Kept, with the words a stylesheet draws before and after its content written in (drawn-words.ts). */
  | { drawn: { before: string; after: string } };

/** Elements whose content is not markup (or carries no words to judge): written as the page holds them. */
const AS_THEY_ARE = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'META',
  'LINK',
  'BASE',
  'TITLE',
  'IFRAME',
  'NOEMBED',
  'NOFRAMES',
  'XMP',
  'PLAINTEXT',
  'TEXTAREA',
]);

/** Elements with no closing tag. */
const VOID = new Set([
  'AREA',
  'BASE',
  'BR',
  'COL',
  'EMBED',
  'HR',
  'IMG',
  'INPUT',
  'LINK',
  'META',
  'SOURCE',
  'TRACK',
  'WBR',
  'PARAM',
  'KEYGEN',
]);

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Attribute values longer than this are left out of the markup: no article text is carried in one, and a page could
 * pad its snapshot past the extension's cap with one (a 5 MB `data:` icon in the <head> cut the body away, red team
 * 26). Past {@link ATTRIBUTE_BUDGET} characters of values written, the limit drops to {@link LATE_ATTRIBUTE_CHARS}.
 */
const MAX_ATTRIBUTE_CHARS = 4_096;
const ATTRIBUTE_BUDGET = 1_000_000;
const LATE_ATTRIBUTE_CHARS = 200;
/**
 * Past this many attributes on one element, and past {@link HARD_ATTRIBUTE_BUDGET} characters of values written in
 * all, only the attributes extraction and detection read are kept ({@link READ_ATTRIBUTES}): one <meta> of 26,000
 * attributes of 199 characters each still passed the cap (red team 27).
 */
const MAX_ATTRIBUTES = 64;
const HARD_ATTRIBUTE_BUDGET = 2_500_000;
const READ_ATTRIBUTES = new Set([
  'id',
  'class',
  'href',
  'rel',
  'name',
  'property',
  'content',
  'itemprop',
  'itemtype',
  'itemscope',
  'type',
  'lang',
  'datetime',
  'role',
  'hidden',
  'aria-hidden',
]);
/** `data:` URLs longer than this are left out: inline images and fonts, which no extraction reads. */
const MAX_DATA_URL_CHARS = 256;
/**
 * The content of an element written as it is (a script, a style, a title) is left out past this length; a JSON-LD
 * script, which detection and metadata read, is kept up to the length metadata reads (metadata.ts).
 */
const MAX_RAW_CHARS = 100_000;
const MAX_JSON_LD_CHARS = 500_000;
/**
 * An SVG or MathML element with more elements under it than this is written empty, and so is every one once the page's
 * have added up to {@link FOREIGN_BUDGET}: the extractor reads no drawing, and 61,000 <rect>s in one drawing put a
 * page past the element limit (MAX_ELEMENTS, page-measure.ts) as "page too large" (red team 26).
 */
const MAX_FOREIGN_ELEMENTS = 2_000;
const FOREIGN_BUDGET = 10_000;

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** One walk's writer: what has been written, and the budgets spent so far. */
class Writer {
  readonly out: string[] = [];
  /** Text nodes of judged elements left out (words their element does not draw); none without it. */
  constructor(private readonly dropsText?: (text: Text) => boolean) {}
  private attributeChars = 0;
  private foreignElements = 0;

  /** `<name attr="…">`, with `extra` (a mark) in place of an attribute of the same name; padding values left out. */
  openTag(el: Element, extra?: [string, string]): string {
    let tag = `<${el.localName}`;
    const attributes = el.attributes;
    const crowded = attributes.length > MAX_ATTRIBUTES;
    for (const a of Array.from(attributes)) {
      if (extra && a.name === extra[0]) continue;
      if ((crowded || this.attributeChars > HARD_ATTRIBUTE_BUDGET) && !READ_ATTRIBUTES.has(a.name)) continue;
      if (!this.keeps(a.value)) continue;
      tag += ` ${a.name}="${escapeAttr(a.value)}"`;
    }
    if (extra) tag += ` ${extra[0]}="${escapeAttr(extra[1])}"`;
    return `${tag}>`;
  }

  private keeps(value: string): boolean {
    const limit = this.attributeChars > ATTRIBUTE_BUDGET ? LATE_ATTRIBUTE_CHARS : MAX_ATTRIBUTE_CHARS;
    if (value.length > limit) return false;
    if (value.length > MAX_DATA_URL_CHARS && /^\s*data:/i.test(value)) return false;
    this.attributeChars += value.length;
    return true;
  }

  /** An element whose content is not markup, its content left out where it is padding or code no reader reads. */
  writeRaw(el: Element, name: string): void {
    this.out.push(this.openTag(el));
    if (VOID.has(name)) return;
    const json = name === 'SCRIPT' && /ld\+json/i.test(el.getAttribute('type') ?? '');
    // Scripts and styles carry no article text (the extraction reads neither); JSON-LD is what detection reads.
    const code = (name === 'SCRIPT' && !json) || name === 'STYLE' || name === 'TEMPLATE';
    const inner = code ? '' : el.innerHTML;
    if (inner.length <= (json ? MAX_JSON_LD_CHARS : MAX_RAW_CHARS)) this.out.push(inner);
    this.out.push(`</${el.localName}>`);
  }

  /** Whether a drawing (SVG, MathML) is written whole: small, and within the page's budget. */
  keepsForeign(el: Element): boolean {
    const under = el.getElementsByTagName('*').length;
    if (under > MAX_FOREIGN_ELEMENTS || this.foreignElements + under > FOREIGN_BUDGET) return false;
    this.foreignElements += under;
    return true;
  }

  /**
   * `from` and what it holds, walked with an explicit stack (a page may nest elements thousands deep). With a
   * `judge`, each element under `from` is asked of when its parent was kept; without, all are kept.
   */
  walk(from: Element, judge: ((el: Element) => Verdict) | null): void {
    const out = this.out;
    out.push(this.openTag(from));
    const stack: { next: ChildNode | null; close: string; judged: boolean }[] = [
      { next: from.firstChild, close: `</${from.localName}>`, judged: judge !== null },
    ];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const node = top.next;
      if (!node) {
        out.push(top.close);
        stack.pop();
        continue;
      }
      top.next = node.nextSibling;
      if (node.nodeType === 3) {
        if (!(top.judged && this.dropsText?.(node as Text))) out.push(escapeText((node as Text).data));
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      const name = el.nodeName.toUpperCase();
      const foreign = el.namespaceURI !== HTML_NS;
      if (AS_THEY_ARE.has(name) && !foreign) {
        this.writeRaw(el, name);
        continue;
      }
      // A drawing's root (an <svg> in HTML): written whole or empty, never judged inside.
      if (foreign && el.parentElement?.namespaceURI === HTML_NS) {
        out.push(this.openTag(el));
        if (this.keepsForeign(el)) stack.push({ next: el.firstChild, close: `</${el.localName}>`, judged: false });
        else out.push(`</${el.localName}>`);
        continue;
      }
      const verdict = top.judged && judge && !foreign ? judge(el) : 'keep';
      if (verdict === 'drop') continue;
      if (typeof verdict === 'object' && 'drawn' in verdict) {
        out.push(this.openTag(el), escapeText(verdict.drawn.before));
        const close = `${escapeText(verdict.drawn.after)}</${el.localName}>`;
        if (VOID.has(name)) out.push(close);
        else stack.push({ next: el.firstChild, close, judged: top.judged });
        continue;
      }
      if (typeof verdict === 'object') {
        out.push(this.openTag(el, verdict.mark));
        stack.push({ next: el.firstChild, close: `</${el.localName}>`, judged: false });
        continue;
      }
      out.push(this.openTag(el));
      if (VOID.has(name) && !foreign) continue;
      if (verdict === 'empty') out.push(`</${el.localName}>`);
      else stack.push({ next: el.firstChild, close: `</${el.localName}>`, judged: top.judged });
    }
  }
}

/**
 * The markup of `root` (the document's element), with each element under `body` that `judge` does not keep left
 * out, emptied or marked; `judge` is asked of an element only when its parent was kept, in document order, and
 * `dropsText` of a text node under such an element (true leaves its words out). Elements
 * outside the body are written as they are, but for what no extraction reads: long attribute values and `data:`
 * URLs, scripts other than JSON-LD, styles, and large drawings (see above), so that padding cannot push the article
 * past the snapshot's cap or the element limit.
 */
export function writeMarkup(
  root: Element,
  body: Element,
  judge: (el: Element) => Verdict,
  dropsText?: (text: Text) => boolean,
): string {
  const w = new Writer(dropsText);
  w.out.push(w.openTag(root));
  for (let n = root.firstChild; n; n = n.nextSibling) {
    if (n === body) w.walk(body, judge);
    else if (n.nodeType === 1) {
      const el = n as Element;
      const name = el.nodeName.toUpperCase();
      if (AS_THEY_ARE.has(name)) w.writeRaw(el, name);
      else w.walk(el, null);
    } else if (n.nodeType === 3) w.out.push(escapeText((n as Text).data));
  }
  w.out.push(`</${root.localName}>`);
  return w.out.join('');
}
