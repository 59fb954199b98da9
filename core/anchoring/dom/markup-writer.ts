// Serialises a live page's markup with some of its body's elements left out, emptied or marked, without copying the
// page first. A copy made with `cloneNode` runs the page's own code while Lede reads: each custom element in the copy
// is constructed, and its constructor can show a hidden paragraph until the next task, or add an element so that the
// copy no longer lines up with the page Lede judged (found by wave 19's third red team). Here nothing is created: the
// elements are read where they stand (`outerHTML`, attributes, text), which runs no script of the page's.

/** What becomes of one element of the body: written as it is, left out, emptied of its words, or marked. */
export type Verdict = 'keep' | 'drop' | 'empty' | { mark: [name: string, value: string] };

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

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** `<name attr="…">`, with `extra` (a mark) in place of an attribute of the same name. */
function openTag(el: Element, extra?: [string, string]): string {
  let tag = `<${el.localName}`;
  for (const a of Array.from(el.attributes)) {
    if (extra && a.name === extra[0]) continue;
    tag += ` ${a.name}="${escapeAttr(a.value)}"`;
  }
  if (extra) tag += ` ${extra[0]}="${escapeAttr(extra[1])}"`;
  return `${tag}>`;
}

/**
 * The markup of `root` (the document's element), with each element under `body` that `judge` does not keep left
 * out, emptied or marked; `judge` is asked of an element only when its parent was kept, in document order. Elements
 * outside the body are written as they are.
 */
export function writeMarkup(root: Element, body: Element, judge: (el: Element) => Verdict): string {
  const out: string[] = [openTag(root)];
  for (let n = root.firstChild; n; n = n.nextSibling) {
    if (n === body) writeBody(body, judge, out);
    else if (n.nodeType === 1) out.push((n as Element).outerHTML);
    else if (n.nodeType === 3) out.push(escapeText((n as Text).data));
  }
  out.push(`</${root.localName}>`);
  return out.join('');
}

/** The body, walked with an explicit stack: a page may nest elements thousands deep. */
function writeBody(body: Element, judge: (el: Element) => Verdict, out: string[]): void {
  out.push(openTag(body));
  const stack: { next: ChildNode | null; close: string }[] = [{ next: body.firstChild, close: `</${body.localName}>` }];
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
      out.push(escapeText((node as Text).data));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const name = el.nodeName.toUpperCase();
    if (AS_THEY_ARE.has(name) || el.namespaceURI !== HTML_NS) {
      out.push(el.outerHTML);
      continue;
    }
    const verdict = judge(el);
    if (verdict === 'drop') continue;
    if (typeof verdict === 'object') {
      out.push(openTag(el, verdict.mark), el.innerHTML, `</${el.localName}>`);
      continue;
    }
    out.push(openTag(el));
    if (VOID.has(name)) continue;
    if (verdict === 'empty') out.push(`</${el.localName}>`);
    else stack.push({ next: el.firstChild, close: `</${el.localName}>` });
  }
}
