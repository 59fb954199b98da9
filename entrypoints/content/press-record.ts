// The reader's last press of the primary button, kept in one place from the bootstrap's first moment: where it began,
// whether the page cancelled it, and what the page changed until the release. The bootstrap and the rest loaded later
// read the same record (handed over in handoff.ts), so a press heard before the rest loaded still counts after.
import { caretAt } from './caret-at';
import type { InputHub } from './input-hub';
import { PressWatch, type Touched } from './press-watch';
import { sameRange } from './same-range';

/**
 * Where a press began: the caret under it, read as it came. `moved`: by the release, the page had taken that caret's
 * node out of the document or into another tree (a shadow root), so the press no longer says where the selection
 * began (red team 38, P1).
 */
export type PressAnchor = { node: Node; offset: number; moved?: true };

/** Listens to trusted presses on the hub for as long as the page lives; touches no document until the first press. */
export class PressRecord {
  /** The caret under that press, read before any listener of the page's heard it. */
  anchor: PressAnchor | undefined;
  private readonly watch: PressWatch;
  /** The tree the press's caret was in as the press came. */
  private root: Node | undefined;
  /** The press's events: its `pointerdown` (the first), then the `mousedown` that follows it. */
  private down: Event[] = [];
  /** A `pointerdown` began this press and its `mousedown` has not come yet. */
  private awaitingMouse = false;
  /**
   * What the reader's drag had selected as the button came up: the selection's ranges, read at the trusted `pointerup`
   * before any listener of the page's heard it; `undefined` until that `pointerup` (see `sameAsReleased`).
   */
  private up: Range[] | undefined;
  /** A single range's words and the shape of their lines as the button came up (`drawnAs`). */
  private drawn: string | undefined;
  /** What the page changed during the last press released (`released`): read again to tell the reader why. */
  changed: readonly Touched[] = [];
  /**
   * For a press released with nothing selected: the words from its caret to the caret under the release, and how they
   * were drawn, read at the trusted `pointerup` before any listener of the page's (selection-allow.ts `draggedRange`:
   * a page the reader let select that empties the selection on a timer).
   */
  dragged: { range: Range; drawn: string } | undefined;
  /** Set once the reader lets selecting work on the page (selection-allow.ts): only then is `dragged` read. */
  keepDragged = false;

  constructor(input: InputHub, doc: () => Document) {
    this.watch = new PressWatch(doc);
    // The press begins at its first trusted event, `pointerdown`: a page's listener there runs before `mousedown`
    // and could plant a label of its own at the caret unseen (red team 39, PD). The `mousedown` then confirms the
    // same press; one with no `pointerdown` before it (a browser without pointer events) begins it instead.
    input.addEventListener('pointerdown', (e: Event) => {
      const p = e as PointerEvent;
      if (!p.isTrusted || p.button !== 0 || !p.isPrimary) return;
      this.begin(p, doc());
      this.awaitingMouse = true;
    });
    // The release, before the page hears it: a page could show a label it kept hidden through the press (by its
    // stylesheet, an animation, `:hover`, a shadow tree: nothing a watch of the document sees) and select it in its own
    // `pointerup` listener, which runs before the `mouseup` where Lede judges the gesture (red teams 40 and 41, A1).
    input.addEventListener('pointerup', (e: Event) => {
      const p = e as PointerEvent;
      if (!p.isTrusted || p.button !== 0 || !p.isPrimary || !this.down.length || this.up) return;
      const sel = doc().defaultView?.getSelection();
      // A drag's far end is under the pointer; the page may have moved it on during the drag (see heldToPointer).
      const clicks = (this.down[this.down.length - 1] as MouseEvent).detail;
      if (sel && clicks < 3) heldToPointer(sel, doc(), p, clicks === 2);
      this.up = [];
      for (let i = 0; sel && i < sel.rangeCount; i++) this.up.push(sel.getRangeAt(i).cloneRange());
      this.drawn = sel?.rangeCount === 1 ? drawnAs(sel.getRangeAt(0), String(sel)) : undefined;
      this.dragged = undefined;
      const end =
        this.keepDragged && this.anchor && (!sel || sel.isCollapsed) ? caretAt(doc(), p.clientX, p.clientY) : undefined;
      if (end) {
        try {
          const r = doc().createRange();
          r.setStart(this.anchor!.node, this.anchor!.offset);
          // Backwards: an end before the start collapses the range there, which then ends at the press's caret.
          r.setEnd(end.node, end.offset);
          if (r.collapsed) r.setEnd(this.anchor!.node, this.anchor!.offset);
          if (!r.collapsed) this.dragged = { range: r, drawn: drawnAs(r, String(r)) };
        } catch {
          // The page shortened the pressed text during the press: its caret is gone, and so is this record.
        }
      }
      // What the page changed during the press ends here: what it changes from its own `pointerup` on is judged by
      // the selection, its words, lines and marks read just now, so an honest share icon it inserts right after the
      // reader's passage no longer refuses the drag (red team 42).
      this.watch.stop();
    });
    input.addEventListener('mousedown', (e: Event) => {
      const m = e as MouseEvent;
      if (!m.isTrusted || m.button !== 0) return;
      if (this.awaitingMouse) {
        this.awaitingMouse = false;
        this.down.push(m);
      } else this.begin(m, doc());
    });
  }

  /**
   * A trusted press has been heard since Lede listened: a selection that no recorded gesture made is then not one made
   * before Lede listened. A page that cancels the `pointerdown` gets no `mousedown` or `mouseup` sent (Chromium), so
   * no gesture is recorded, and its own selection passed as the reader's older one (red team 40, A2).
   */
  get heard(): boolean {
    return this.down.length > 0;
  }

  /** The page cancelled the press (`defaultPrevented` on its pointerdown or mousedown): what follows is its own. */
  get cancelled(): boolean {
    return this.down.some((e) => e.defaultPrevented);
  }

  /**
   * Whether `range` is one the reader's drag had selected as the button came up. A selection changed between the
   * `pointerup` and the `mouseup` is the page's doing: nothing of the browser's moves it there. A release no
   * `pointerup` was heard for (a browser without pointer events) is not judged here. `text`, the selection's words
   * now (one range): a word the page kept hidden inside the reader's passage and shows as the button comes up
   * changes them, or their lines' shape, with the same range ("have found" made "have never found"); so does one
   * range now where the release had several.
   */
  sameAsReleased(range: Range, text?: string): boolean {
    if (!this.up) return true;
    if (!this.up.some((r) => sameRange(r, range))) return false;
    return text === undefined || drawnAs(range, text) === this.drawn;
  }

  private begin(e: MouseEvent, d: Document): void {
    this.up = undefined;
    this.down = [e];
    this.anchor = caretAt(d, e.clientX, e.clientY);
    this.root = this.anchor?.node.getRootNode();
    this.watch.start(this.anchor?.node);
  }

  /**
   * At the release: stops watching and tells what the page added or rewrote since the press (press-watch.ts). Asked
   * again for the same release, it tells the same.
   */
  released(): readonly Touched[] {
    // A page that swapped the pressed paragraph for its clone, or moved it into a shadow root, as the press came left
    // a caret no selection can be checked against: marked now, as the button comes up (a page re-rendering later
    // changes nothing of this gesture's record).
    const a = this.anchor;
    if (a && !a.moved && (!a.node.isConnected || a.node.getRootNode() !== this.root))
      this.anchor = { ...a, moved: true };
    this.awaitingMouse = false;
    return (this.changed = this.watch.stop());
  }
}

/**
 * A drag or a Shift+click of one press ends the selection at the caret under the pointer; a drag begun by a double
 * click, at the end of the word under it. A page that extends it during the drag (`Selection.modify('extend', …)`
 * at each `selectionchange`) leaves the browser drawing words past where the reader let go, and they were saved as
 * the reader's (red team 62, M2). At the release, before any listener of the page's hears it, a selection holding
 * that caret with more than the rest of a word beyond it on its far side is ended at the caret again (`byWord`: at
 * its word's edge), so what is drawn, offered and saved is what the reader dragged over. Not where the caret is in
 * text the reader cannot select as they see it (`user-select: none` or `all`, whose selection the browser draws
 * otherwise), nor for a triple click's drag, which selects whole paragraphs.
 */
function heldToPointer(sel: Selection, d: Document, p: PointerEvent, byWord: boolean): void {
  if (sel.rangeCount !== 1 || sel.isCollapsed || !sel.anchorNode) return;
  const caret = caretAt(d, p.clientX, p.clientY);
  const range = sel.getRangeAt(0);
  try {
    if (!caret || !range.isPointInRange(caret.node, caret.offset)) return;
    const beyond = range.cloneRange();
    const back = sel.focusNode === range.startContainer && sel.focusOffset === range.startOffset;
    if (back) beyond.setEnd(caret.node, caret.offset);
    else beyond.setStart(caret.node, caret.offset);
    const el = caret.node.nodeType === 1 ? (caret.node as Element) : caret.node.parentElement;
    if (!el || !/\S\s+\S/.test(String(beyond)) || /none|all/.test(getComputedStyle(el).userSelect)) return;
    let at = caret.offset;
    const text = caret.node.nodeType === 3 ? (caret.node as Text).data : '';
    const inWord = (c: string | undefined): boolean => byWord && !!c && /[\p{L}\p{N}'’]/u.test(c);
    if (back) while (at > 0 && inWord(text[at - 1])) at--;
    else while (at < text.length && inWord(text[at])) at++;
    sel.setBaseAndExtent(sel.anchorNode, sel.anchorOffset, caret.node, at);
  } catch {
    // A caret in another tree than the selection: nothing to compare.
  }
}

/**
 * A range's words as the selection reads them (what is laid out: not `display: none` or `visibility: hidden`), the
 * shape of its line boxes, wherever the page is scrolled (a word shown by its size, spacing or display moves them),
 * and which of its text nodes are drawn to be read (`shown`): a word drawn transparent, faded, clipped or reversed
 * until the page's own `pointerup` restores it keeps the range, the words and the lines (red team 42).
 */
export function drawnAs(range: Range, text: string): string {
  const boxes = [...range.getClientRects()];
  const first = boxes[0];
  return `${text}|${boxes.map((b) => [b.x - first!.x, b.y - first!.y, b.width, b.height].map(Math.round).join()).join(';')}|${shown(range)}`;
}

/**
 * One mark per text node of the range that holds a letter or digit (up to 2,000): 1 where it is drawn as written, 0
 * where it is hidden (visibility, a colour or fill under a quarter opaque, a size under 4 px, opacity under a quarter
 * down its elements) or may not be drawn in its order or in full (a clip, filter, transform, mask or bidi override on
 * an element over it). Read at the release
 * and at `mouseup`, with only the page's `pointerup` listeners between: a page that restores in its own `pointerup` what it drew otherwise during the press
 * changes a mark. Honest dimming keeps every mark.
 */
function shown(range: Range): string {
  const root = range.commonAncestorContainer;
  const walk = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4);
  walk.currentNode = range.startContainer;
  const seen = new Map<Element, number>();
  // Down the text's elements to the root: the opacity they multiply to, or 0 where one clips or overrides the order.
  const up = (e: Element | null): number => {
    if (!e) return 1;
    let v = seen.get(e);
    if (v === undefined) {
      const s = getComputedStyle(e);
      v =
        s.clipPath + s.filter + s.transform + (s.maskImage ?? s.getPropertyValue('-webkit-mask-image')) !==
          'nonenonenonenone' || /over/.test(s.unicodeBidi)
          ? 0
          : +s.opacity * up(e.parentElement);
      seen.set(e, v);
    }
    return v;
  };
  const alpha = (c: string): number => (/a\(|\//.test(c) ? Number.parseFloat(c.split(/[,/]/).pop()!) : 1);
  let out = '';
  let n: Node | null = walk.currentNode.nodeType === 3 ? walk.currentNode : walk.nextNode();
  for (; n && out.length < 2000 && range.comparePoint(n, 0) < 1; n = walk.nextNode()) {
    const e = n.parentElement;
    if (!e || !range.intersectsNode(n) || !/[\p{L}\p{N}]/u.test(n.nodeValue!)) continue;
    const s = getComputedStyle(e);
    out += +(
      up(e) >= 0.25 &&
      s.visibility === 'visible' &&
      Number.parseFloat(s.fontSize) >= 4 &&
      alpha(s.color) >= 0.25 &&
      alpha(s.getPropertyValue('-webkit-text-fill-color') || s.color) >= 0.25
    );
  }
  return out;
}
