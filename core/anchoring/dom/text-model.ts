// The visible-text model of a DOM subtree: its text as a reader sees it, and a text index that maps offsets in that
// text to DOM boundary points (binary search over runs) and back. Built once per anchoring pass; never mutates the DOM.
import { mayHoldInvisible, visibleSpans } from '../../invisible-chars';
import { OutsideRootError, TextRangeError } from '../errors';

/**
 * Elements whose text the model never reads (by `nodeName`, upper-cased). Several can still draw something a reader
 * sees (an iframe, a canvas, a formula, a shown <style>): drawn-apart.ts judges every one of them, keyed by this list,
 * so the two cannot drift apart.
 */
export const SKIPPED_ELEMENTS = [
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SELECT',
  'TEXTAREA',
  'SVG',
  'MATH',
  'AUDIO',
  'VIDEO',
  'PICTURE',
] as const;
export type SkippedElement = (typeof SKIPPED_ELEMENTS)[number];
const SKIPPED: ReadonlySet<string> = new Set(SKIPPED_ELEMENTS);

/** Elements that start and end a line (CSS display block, list-item, table parts). Their edges count as "\n". */
export const BLOCKS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Elements whose whitespace is kept as written. */
const PREFORMATTED = new Set(['PRE', 'LISTING', 'XMP', 'PLAINTEXT']);

const DISPLAY_NONE = /display\s*:\s*none/i;

/**
 * A root's visible text and the index back to its text nodes.
 *
 * `text` has runs of collapsible whitespace folded to one space, no space at the start of a line, one "\n" at each
 * block edge and `<br>`, no-break spaces as plain spaces, and no text from script, style, template, `hidden` or
 * inline `display:none` subtrees, nor from elements the caller's `unseen` test rejects (see unseen-text.ts) or text nodes
 * its `undrawn` test rejects (undrawn-text.ts), and no
 * character that is never drawn (tag characters, invisible operators: core/invisible-chars.ts). Offsets everywhere in the engine (TextPositionSelector, anchorInText results)
 * are UTF-16 offsets into this string.
 */
export interface TextModel {
  readonly root: Node;
  readonly text: string;
  /** A live DOM Range over text[start, end). Throws TextRangeError for offsets outside the text. */
  rangeFor(start: number, end: number): Range;
  /**
   * The text offset of a DOM boundary point (as in a Range's start or end). Points inside collapsed whitespace or
   * hidden content map to the next visible character. Throws OutsideRootError for a point outside the root.
   */
  offsetOf(node: Node, offset: number): number;
}

class TextModelImpl implements TextModel {
  /** Runs: text[runStart[k] ..) comes from nodes[runNode[k]] from runNodeOffset[k] on; runNode -1 is a synthetic "\n". */
  private readonly runStart: Int32Array;
  private readonly runNode: Int32Array;
  private readonly runNodeOffset: Int32Array;
  private readonly firstRun: Map<Node, number>;

  constructor(
    readonly root: Node,
    readonly text: string,
    private readonly nodes: Text[],
    runs: number[],
  ) {
    const n = runs.length / 3;
    this.runStart = new Int32Array(n);
    this.runNode = new Int32Array(n);
    this.runNodeOffset = new Int32Array(n);
    this.firstRun = new Map();
    for (let k = 0; k < n; k++) {
      this.runStart[k] = runs[3 * k];
      this.runNode[k] = runs[3 * k + 1];
      this.runNodeOffset[k] = runs[3 * k + 2];
      const node = runs[3 * k + 1];
      if (node >= 0 && !this.firstRun.has(nodes[node])) this.firstRun.set(nodes[node], k);
    }
  }

  private runLength(k: number): number {
    return (k + 1 < this.runStart.length ? this.runStart[k + 1] : this.text.length) - this.runStart[k];
  }

  /** Index of the run holding text[offset] (binary search). */
  private runAt(offset: number): number {
    let lo = 0;
    let hi = this.runStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.runStart[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  rangeFor(start: number, end: number): Range {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start && end <= this.text.length)) {
      throw new TextRangeError(start, end, this.text.length);
    }
    const doc = (this.root.nodeType === 9 ? this.root : this.root.ownerDocument) as Document;
    const range = doc.createRange();
    if (this.runStart.length === 0) {
      range.selectNodeContents(this.root);
      range.collapse(true);
      return range;
    }
    // Start: the character at `start`, or the first real one after a synthetic "\n".
    let k = this.runAt(Math.min(start, this.text.length - 1));
    const atEnd = start >= this.text.length;
    while (k < this.runStart.length && this.runNode[k] < 0) k++;
    let startNode: Text;
    let startOffset: number;
    if (k >= this.runStart.length || atEnd) {
      const last = this.lastRealRunBefore(this.runStart.length);
      startNode = this.nodes[this.runNode[last]];
      startOffset = this.runNodeOffset[last] + this.runLength(last);
    } else {
      startNode = this.nodes[this.runNode[k]];
      startOffset = this.runNodeOffset[k] + Math.max(0, start - this.runStart[k]);
    }
    range.setStart(startNode, startOffset);
    // Empty, or only synthetic breaks between start and end: a collapsed range at the start.
    if (end <= start || atEnd || k >= this.runStart.length || Math.max(start, this.runStart[k]) >= end) {
      range.collapse(true);
      return range;
    }
    // End (exclusive): just after the character at end - 1, or after the last real one before a synthetic "\n".
    let e = this.runAt(end - 1);
    if (this.runNode[e] < 0) {
      e = this.lastRealRunBefore(e);
      range.setEnd(this.nodes[this.runNode[e]], this.runNodeOffset[e] + this.runLength(e));
    } else {
      range.setEnd(this.nodes[this.runNode[e]], this.runNodeOffset[e] + (end - this.runStart[e]));
    }
    return range;
  }

  private lastRealRunBefore(k: number): number {
    let j = k - 1;
    while (j > 0 && this.runNode[j] < 0) j--;
    return j;
  }

  offsetOf(node: Node, offset: number): number {
    if (node !== this.root && !this.root.contains(node)) throw new OutsideRootError();
    if (node.nodeType === 3) {
      const k0 = this.firstRun.get(node);
      if (k0 !== undefined) {
        const idx = this.runNode[k0];
        let k = k0;
        for (; k < this.runStart.length && this.runNode[k] === idx; k++) {
          const from = this.runNodeOffset[k];
          if (offset < from) return this.runStart[k];
          if (offset < from + this.runLength(k)) return this.runStart[k] + (offset - from);
        }
        const last = k - 1;
        return this.runStart[last] + this.runLength(last);
      }
      return this.offsetAfter(node);
    }
    const child = node.childNodes[offset];
    return child ? this.offsetAtOrAfter(child) : this.offsetAfter(node);
  }

  /** Offset of the first visible character at or after the start of `node` (its subtree first). */
  private offsetAtOrAfter(node: Node): number {
    for (let n: Node | null = node; n; n = this.nextInOrder(n, false)) {
      const k = n.nodeType === 3 ? this.firstRun.get(n) : undefined;
      if (k !== undefined) return this.runStart[k];
    }
    return this.text.length;
  }

  /** Offset of the first visible character after the whole subtree of `node`. */
  private offsetAfter(node: Node): number {
    const next = this.nextInOrder(node, true);
    return next ? this.offsetAtOrAfter(next) : this.text.length;
  }

  /** Next node in document order inside the root; `skipChildren` steps over `node`'s subtree. */
  private nextInOrder(node: Node, skipChildren: boolean): Node | null {
    if (!skipChildren && node.firstChild) return node.firstChild;
    for (let n: Node | null = node; n && n !== this.root; n = n.parentNode) {
      if (n.nextSibling) return n.nextSibling;
    }
    return null;
  }
}

function isHidden(el: Element): boolean {
  if (SKIPPED.has(el.nodeName.toUpperCase())) return true;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && style.includes('none') && DISPLAY_NONE.test(style);
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

export interface TextModelOptions {
  /**
   * Elements whose text the reader cannot see although the markup alone does not say so (a stylesheet hides them).
   * The page side passes one that reads computed style; without it the model reads no style at all.
   */
  unseen?: (el: Element) => boolean;
  /**
   * Only the nodes this range touches (and the elements holding them) are walked: the text of one passage read
   * afresh without a walk of the whole page. Offsets are then into that shorter text, not the page's.
   */
  within?: Range;
  /**
   * Text nodes the browser does not draw although their element is drawn (undrawn-text.ts: a shadow host's text with
   * no slot, a <progress>'s fallback, a closed <details>'s body). The page side passes one; without it none is left out.
   */
  undrawn?: (text: Text) => boolean;
}

/**
 * Walks `root` once and returns its visible-text model. `root` may be a Document, an Element or a Text node.
 * Cost is linear in the subtree; by itself it reads only `nodeName`, `hidden` and inline `style` (no layout, no
 * computed style).
 */
export function buildTextModel(root: Node, opts: TextModelOptions = {}): TextModel {
  const unseen = opts.unseen;
  const within = opts.within;
  /** The first child of `parent` the walk visits: with `within`, the one holding (or after) the range's start. */
  const firstVisited = (parent: Node): Node | null => {
    if (!within) return parent.firstChild;
    const sc = within.startContainer;
    if (sc === parent) return parent.childNodes[within.startOffset] ?? null;
    if (!parent.contains(sc)) return parent.firstChild;
    let c: Node = sc;
    while (c.parentNode && c.parentNode !== parent) c = c.parentNode;
    return c;
  };
  const undrawn = opts.undrawn;
  const start = root.nodeType === 9 ? (root as Document).documentElement : root;
  const pieces: string[] = [];
  const nodes: Text[] = [];
  const runs: number[] = [];
  let length = 0;
  // 'line' = at a line start (drop leading whitespace); 'space' = a collapsed space is pending; 'text' otherwise.
  let state: 'line' | 'space' | 'text' = 'line';
  let pendingNode = -1;
  let pendingOffset = 0;
  let lastNode = -2;
  let lastEnd = -1;
  // Characters copied as they stand in a node are kept as one slice [sliceFrom, lastEnd) of node `lastNode` until
  // something else is written: a paragraph costs one string, not one per word and space (a page of 150,000
  // paragraphs has millions of words, and a string each made the walk the page's longest freeze).
  let sliceFrom = -1;
  /** Where the last written piece began in its node, and the literal it was when it was not copied from a node. */
  let lastFrom = 0;
  let lastLiteral: string | null = null;

  const flushSlice = (): void => {
    if (sliceFrom >= 0) pieces.push(nodes[lastNode].data.slice(sliceFrom, lastEnd));
    sliceFrom = -1;
  };
  /** Opens a run unless the characters continue the previous one (same node, next characters). */
  const runFor = (nodeIdx: number, nodeOffset: number): boolean => {
    if (nodeIdx >= 0 && nodeIdx === lastNode && nodeOffset === lastEnd) return true;
    runs.push(length, nodeIdx, nodeOffset);
    return false;
  };
  /** Writes node `nodeIdx`'s characters [from, to) as they stand. */
  const copy = (nodeIdx: number, from: number, to: number): void => {
    if (!(runFor(nodeIdx, from) && sliceFrom >= 0)) {
      flushSlice();
      sliceFrom = from;
    }
    length += to - from;
    lastNode = nodeIdx;
    lastEnd = to;
    lastFrom = from;
    lastLiteral = null;
  };
  /** Writes `s`, which stands for node `nodeIdx`'s characters from `nodeOffset` on (or a synthetic "\n", node -1). */
  const emit = (s: string, nodeIdx: number, nodeOffset: number): void => {
    runFor(nodeIdx, nodeOffset);
    flushSlice();
    pieces.push(s);
    length += s.length;
    lastNode = nodeIdx;
    lastEnd = nodeOffset + s.length;
    lastFrom = nodeOffset;
    lastLiteral = s;
  };
  /** The code point last put in the text: whether a variation selector has a character to vary. */
  const lastCp = (): number => {
    if (lastNode === -2) return -1;
    const s = lastLiteral ?? nodes[lastNode].data;
    const [from, to] = lastLiteral === null ? [lastFrom, lastEnd] : [0, s.length];
    const last = s.charCodeAt(to - 1);
    return to - from >= 2 && last >= 0xdc00 && last <= 0xdfff ? s.codePointAt(to - 2)! : s.codePointAt(to - 1)!;
  };
  /** Emits the drawn characters of data[from, to): the ones never drawn leave a gap the runs map around. */
  const emitDrawn = (data: string, from: number, to: number, idx: number, scan: boolean): boolean => {
    if (!scan) {
      flushSpace();
      copy(idx, from, to);
      return true;
    }
    // A space the model has yet to write stands between the last character and this word.
    const spans = visibleSpans(data, from, to, state === 'space' ? 0x20 : lastCp());
    if (spans.length === 0) return false;
    flushSpace();
    for (let k = 0; k < spans.length; k += 2) copy(idx, spans[k], spans[k + 1]);
    return true;
  };
  const flushSpace = (): void => {
    if (state !== 'space') return;
    // A plain space stays as it is in its node, so the words on both sides stay one slice.
    if (pendingNode >= 0 && nodes[pendingNode].data.charCodeAt(pendingOffset) === 32)
      copy(pendingNode, pendingOffset, pendingOffset + 1);
    else emit(' ', pendingNode, pendingOffset);
  };
  const lineBreak = (): void => {
    if (state !== 'line') {
      emit('\n', -1, 0);
      state = 'line';
    }
  };

  const visit = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length === 0 || undrawn?.(node as Text)) return;
      const idx = nodes.push(node as Text) - 1;
      const scan = mayHoldInvisible(data);
      if (pre) {
        if (emitDrawn(data, 0, data.length, idx, scan)) state = lastCp() === 10 ? 'line' : 'text';
        return;
      }
      let i = 0;
      while (i < data.length) {
        if (isWhitespace(data.charCodeAt(i))) {
          if (state === 'text') {
            state = 'space';
            pendingNode = idx;
            pendingOffset = i;
          }
          i++;
          continue;
        }
        let j = i + 1;
        while (j < data.length && !isWhitespace(data.charCodeAt(j))) j++;
        // A word of never-drawn characters alone is no word: the spaces around it stay one.
        if (emitDrawn(data, i, j, idx, scan)) state = 'text';
        i = j;
      }
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (node.nodeType === 1) {
      if (isHidden(node as Element) || unseen?.(node as Element)) return;
      if (name === 'BR') {
        lineBreak();
        return;
      }
    }
    const block = BLOCKS.has(name);
    if (block) lineBreak();
    const innerPre = pre || PREFORMATTED.has(name);
    for (let c = firstVisited(node); c; c = c.nextSibling) {
      // Siblings after the range's end are not walked (the range's children are in document order).
      if (within && !within.intersectsNode(c)) break;
      visit(c, innerPre);
    }
    if (block) lineBreak();
  };

  if (start) visit(start, false);
  flushSlice();
  const joined = pieces.join('');
  const text = joined.includes('\u00a0') ? joined.replace(/\u00a0/g, ' ') : joined;
  return new TextModelImpl(root, text, nodes, runs);
}
