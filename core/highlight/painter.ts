// Paints highlights as boxes Lede draws over the passage, inside a closed shadow root of its own: the page's DOM
// text, its stylesheets and the document's CSS.highlights registry never hold them, so no script of the page can
// read which passages the reader marked. (The CSS Custom Highlight API painted the same colours with less work, but
// its registry belongs to the document: any page could list `CSS.highlights` and read every range back.)
// The layer sits at the document's origin and scrolls with the page, clipped to the page's own extent (a box never
// makes the document larger); boxes are placed again, at most once per animation frame, when something may have
// moved them (a scroll inside the page, a resize, a reflow, a font).
// A box whose text is covered (a sticky header, a scroll box that clipped it) is hidden, not drawn on top.
import { COLOR_IDS } from '../types';
import {
  type Box,
  centreInWindow,
  clipBoxOf,
  clippersOf,
  type Ends,
  endsOf,
  isCovered,
  isInRects,
  isMoved,
  isPinned,
} from './geometry';
import { hostTagName, keepOwnStyle } from './own-style';
import { sealedRoot } from './sealed-root';
import { keepUnzoomed, type ZoomKeeper } from './own-zoom';
import { adoptStyles, DEFAULT_COLORS, DEFAULT_FLASH_COLOR, DEFAULT_UNCONFIRMED_COLOR, paintCss } from './styles';
import type { HighlightEnv, Painter, PainterOptions, PainterStatus } from './painter-types';
import { keepOnTop, type TopLayerKeeper } from './top-layer';
import { filteredAbove, isScaled, type VeilBox, veilCss, veilFit } from './veil';

export type {
  HighlightEnv,
  PaintOptions,
  Painter,
  PainterOptions,
  PainterStatus,
  PlaceKeeper,
} from './painter-types';

/**
 * How many points the covered check hit-tests at every placing, whatever is in the window: the boxes whose centre is
 * in it (at most this many) and, for the rest, points of the window's own. A page that made each hit test dear timed
 * Lede's scroll frame and read where a highlight was from when it grew dear (red team 47).
 */
const HIT_TESTS = 16;
/**
 * At most this long after a placing, every box is measured again while anything is painted. A page can move its words
 * by style alone (a transform, a class, a rule added through the CSSOM) with no mutation Lede hears, no resize and
 * no reflow of the body: two paragraphs swapped by transforms left the reader's yellow over the page's other words
 * for as long as the page liked (red team 54). Now for at most this long.
 */
const RECHECK_MS = 1000;

/** The layer host's own style: no box (display: contents), nothing of the page's styles inherited. */
const HOST_STYLE = 'all: initial !important; display: contents !important';

const DEAD: Painter = {
  status: { ok: false, reason: 'destroyed' },
  prepare: () => {},
  paint: () => false,
  isUnconfirmed: () => false,
  remove: () => false,
  clear: () => {},
  flash: () => {},
  hitTest: () => [],
  ids: () => [],
  owns: () => false,
  changed: () => {},
  raise: () => {},
  lookDeep: () => {},
  destroy: () => {},
};

/** One drawn range: its boxes live in `group`, a child of the layer. */
interface Drawn {
  range: Range;
  /** The range's boundaries as painted (or found again). */
  ends: Ends;
  /** Its id, for a painted range (a flash has none). */
  id?: string;
  /** The page moved its boundaries and it was not found again over the same words: it draws nothing. */
  gone?: boolean;
  kind: string;
  group: HTMLElement;
  /** The boxes that clip the passage, found at the first placing (null: not yet). */
  clippers: Element[] | null;
  /** Whether the page's own scroll moves its boxes apart from the document (a scroll box, a pinned element). */
  free?: boolean;
  /** Its boxes from the layer's origin (document coordinates) at the last placing (undefined: never placed). */
  boxes?: Box[];
  /** Each box's style as last written, so a placing that moves nothing writes nothing. */
  styles?: string[];
}

/**
 * Creates a painter for `doc`. Nothing is added to the page until the first paint; then one element (a random tag
 * name, its shadow root closed) holds every box. The page's DOM, text and stylesheets are never changed.
 */
export function createPainter(doc: Document, opts: PainterOptions = {}): Painter {
  const view = doc.defaultView;
  const env: HighlightEnv = {
    setTimeout: (fn, ms) => view?.setTimeout(fn, ms),
    clearTimeout: (h) => view?.clearTimeout(h as number),
    requestFrame: (fn) =>
      view?.requestAnimationFrame ? view.requestAnimationFrame(() => fn()) : view?.setTimeout(fn, 16),
    ...opts.env,
  };
  const prefix = opts.prefix ?? 'lede';
  const flashMs = opts.flashMs ?? 1200;
  const colors = { ...DEFAULT_COLORS, ...opts.colors };
  const flashColor = opts.flashColor ?? DEFAULT_FLASH_COLOR;
  const unconfirmedColor = opts.unconfirmedColor ?? DEFAULT_UNCONFIRMED_COLOR;
  const css = paintCss(prefix, colors, flashColor, unconfirmedColor);

  let host: HTMLElement | null = null;
  let layer: HTMLElement | null = null;
  const painted = new Map<string, Drawn>();
  const flashes = new Set<Drawn>();
  const timers = new Set<unknown>();
  let alive = true;
  let queued = false;
  /** The clear sheet over the window (made with the layer) and its box as set. */
  let veil: HTMLElement | null = null;
  let veilBox: VeilBox = { left: 0, top: 0, width: 0, height: 0 };
  /** The layer's place and size as last set: the page's own extent, less a pixel each way (see `place`). */
  let extentBox = { left: 0, width: 0, height: 0 };
  /** Whether the next placing measures every highlight (not only those a scroll can have changed). */
  let full = true;
  let observer: ResizeObserver | null = null;
  /** Hears the sheet leave the window (a transform or style the page set on its root, heard by no other event). */
  let sheetWatch: IntersectionObserver | null = null;
  let removal: MutationObserver | null = null;
  let tamper: MutationObserver | null = null;
  /** Set once the layer went to the top layer because the page scaled or filtered its root (see `place`). */
  let liftedForGood = false;
  /** Undoes a zoom the page sets above the layer (own-zoom.ts); looked at again at each placing. */
  let zoom: ZoomKeeper | null = null;
  /** Keeps the layer above a modal dialog, popover or fullscreen element of the page's (top-layer.ts). */
  let onTop: TopLayerKeeper | null = null;
  /** Times the page removed or restyled the layer's element; at three, it is sealed (sealed-root.ts). */
  let removals = 0;
  /** Set once the layer's element lives in the closed shadow root on the body, where the page cannot reach it. */
  let sealed = false;
  /** Bodies sealed so far: a page that replaces its body again and again gets no new layer past the third. */
  let seals = 0;
  /** Set when the page left nowhere to draw: nothing is placed. */
  let blocked = false;
  /** The timer of the next full placing asked for by RECHECK_MS. */
  let recheck: unknown;

  /**
   * Whether the layer's element is not where Lede put it: out of the document, or moved by the page into an element
   * of its own (one it does not draw hid every highlight while the element stayed connected: red team 57, J).
   */
  const misplaced = (): boolean =>
    !!host && (!host.isConnected || (!sealed && host.parentNode !== (doc.documentElement ?? doc.body)));

  /** The layer, made on first use and put back when the page removed or moved it. */
  const ensureLayer = (): HTMLElement => {
    if (!host || !layer) {
      host = doc.createElement(hostTagName());
      // No box of its own (display: contents): the page measures nothing on it, and the layer's boxes are placed
      // from the layer's own position, wherever the page's styles put the document's origin.
      // Through the CSSOM, which a page's style-src policy cannot refuse (a style attribute it may, in Firefox).
      // With !important in its own style (own-style.ts): no rule of the page's stylesheets outranks it, and a change
      // its script makes counts as a removal.
      tamper = keepOwnStyle(host, HOST_STYLE, view, () => {
        if (sealed || blocked) return false;
        if (++removals >= 3) {
          seal();
          return false;
        }
        schedule();
        return true;
      });
      const root = host.attachShadow({ mode: 'closed' });
      adoptStyles(root, css);
      zoom = keepUnzoomed(host, root, () => schedule());
      layer = doc.createElement('div');
      layer.className = 'layer';
      layer.setAttribute('aria-hidden', 'true');
      // A clear sheet over the whole window, under the boxes: IntersectionObserver v2 (trackVisibility) counts any
      // box over a word as hiding it, so a page watching every word saw exactly the painted ones as "covered".
      // Under the sheet every word in the window reads as covered, painted or not (styles.ts `.veil`). It covers
      // the page's frames too: a hole cut for a frame lets a page lay a frame behind its text and read the words
      // there again (see docs/reliability.md, red team 26). Kept over the window at each placing (veil.ts).
      veil = doc.createElement('div');
      veil.className = 'veil';
      veilBox = { left: 0, top: 0, width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 };
      veil.style.cssText = veilCss(veilBox);
      layer.append(veil);
      root.append(layer);
      listen();
    }
    if (misplaced() && !sealed && !blocked) {
      (doc.documentElement ?? doc.body)?.append(host);
      // Out of the document it left the top layer: above the page's own there again (made at the first append).
      // The layer inside the closed root is what goes there, not the host: the page can reach the host (it is in
      // its DOM) and took it down with hidePopover() as each raise came, hearing each one's toggle (red team 27);
      // an element in a closed root is out of its reach, and its toggle does not leave the root.
      if (onTop) onTop.raise();
      else onTop = keepOnTop(layer, doc, { rank: 0, rootOf: opts.rootOf });
    }
    return layer;
  };

  const onMove = (): void => schedule();
  // The page's own scrolling moves the layer with it: only the boxes in a scroll box or a pinned element need
  // measuring again, and which are covered checking (see `place`).
  const onScroll = (): void => schedule(false);
  const listen = (): void => {
    view?.addEventListener('scroll', onScroll, { capture: true, passive: true });
    view?.addEventListener('resize', onMove, { passive: true });
    (doc as { fonts?: EventTarget }).fonts?.addEventListener?.('loadingdone', onMove);
    const RO = (view as (Window & { ResizeObserver?: typeof ResizeObserver }) | null)?.ResizeObserver;
    if (RO) {
      observer = new RO(onMove);
      if (doc.documentElement) observer.observe(doc.documentElement);
      if (doc.body) observer.observe(doc.body);
    }
    const IO = (view as (Window & { IntersectionObserver?: typeof IntersectionObserver }) | null)?.IntersectionObserver;
    if (IO && veil) {
      sheetWatch = new IO(() => schedule(), { threshold: [0.5, 0.9, 0.97, 0.99] });
      sheetWatch.observe(veil);
    }
    // A page that removes the nodes it did not make takes the layer too: it is put back before the next frame.
    const MO = (view as (Window & { MutationObserver?: typeof MutationObserver }) | null)?.MutationObserver;
    if (MO && doc.documentElement) {
      removal = new MO(() => {
        if (!host || !misplaced() || blocked) return;
        // A page that keeps removing it gets the layer sealed into its body (sealed-root.ts); a sealed body that
        // the page replaced is sealed again in the new one.
        if (sealed || ++removals >= 3) seal();
        else schedule();
      });
      removal.observe(doc.documentElement, { childList: true });
    }
  };

  /** Moves the layer's element into the closed shadow root on the body; or paints nothing, and says so. */
  function seal(): void {
    // Out of the page's reach, its style needs no watching.
    tamper?.disconnect();
    tamper = null;
    const root = ++seals <= 3 ? sealedRoot(doc) : null;
    if (!root || !host) {
      blocked = true;
      host?.remove();
      opts.onBlocked?.();
      return;
    }
    root.append(host);
    onTop?.raise();
    sealed = true;
    schedule();
  }

  /** Places every box before the next frame (once, however many changes asked for it). */
  function schedule(everything = true): void {
    if (everything) full = true;
    // The sheet is kept over the window whether or not anything is painted: a page serving versions of its article
    // must not tell from it which one holds a highlight.
    if (!alive || queued || (painted.size === 0 && flashes.size === 0 && !veil)) return;
    queued = true;
    env.requestFrame(() => {
      queued = false;
      const all = full;
      full = false;
      if (alive) place(all);
    });
  }

  /** Where `d`'s boxes go, in viewport coordinates. Reads layout only. */
  function measure(d: Drawn, seen?: Map<Element, boolean>): Box[] {
    if (d.gone) return [];
    const rects = d.range.getClientRects?.() ?? [];
    d.clippers ??= clippersOf(d.range, view, seen);
    d.free ??= d.clippers.length > 0 || isPinned(d.range, view);
    let clip = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
    for (const el of d.clippers) {
      const b = clipBoxOf(el, view);
      clip = {
        left: Math.max(clip.left, b.left),
        top: Math.max(clip.top, b.top),
        right: Math.min(clip.right, b.right),
        bottom: Math.min(clip.bottom, b.bottom),
      };
    }
    const out: Box[] = [];
    for (let i = 0; i < rects.length; i++) {
      const c = rects[i]!;
      const left = Math.max(c.left, clip.left);
      const top = Math.max(c.top, clip.top);
      const r = {
        left,
        top,
        width: Math.min(c.right, clip.right) - left,
        height: Math.min(c.bottom, clip.bottom) - top,
      };
      if (r.width < 0.5 || r.height < 0.5) continue;
      out.push(r);
    }
    return out;
  }

  /**
   * Which of the boxes (viewport coordinates, by drawn range) a page's element covers: exactly HIT_TESTS hit tests,
   * whatever the window shows, so the time this takes tells the page nothing of where a highlight is. At most half of
   * them at boxes, between points of the window's own spread down its middle: hit tests at close points one after
   * another cost less (the red team's page drew a box per letter), so the boxes' points never come in a run. A box
   * outside the window is not covered; with more boxes in it than that, those hidden at the last placing are checked
   * first (they may have left the header), then those nearest the window's top and bottom edges (where pinned bars
   * sit); the rest keep what they had. Reads layout only.
   */
  function covered(list: Drawn[], at: Box[][]): boolean[][] {
    const out = at.map((rs) => rs.map(() => false));
    const seen: { i: number; n: number; was: boolean; edge: number }[] = [];
    const width = view?.innerWidth ?? 0;
    const height = view?.innerHeight ?? 0;
    at.forEach((rs, i) =>
      rs.forEach((r, n) => {
        if (!centreInWindow(r, view)) return;
        const was = (list[i]!.group.children[n] as HTMLElement | undefined)?.hidden ?? false;
        const y = r.top + r.height / 2;
        out[i]![n] = was;
        seen.push({ i, n, was, edge: Math.min(y, height - y) });
      }),
    );
    if (seen.length > HIT_TESTS / 2) seen.sort((a, b) => Number(b.was) - Number(a.was) || a.edge - b.edge);
    const tested = seen.slice(0, HIT_TESTS / 2);
    if (typeof doc.elementFromPoint !== 'function' || width <= 0 || height <= 0) return out;
    for (let k = 0; k < HIT_TESTS; k++) {
      const box = k % 2 === 1 ? tested[(k - 1) / 2] : undefined;
      if (box) out[box.i]![box.n] = isCovered(doc, list[box.i]!.range, at[box.i]![box.n]!, view);
      else doc.elementFromPoint(width / 2, ((k + 0.5) * height) / HIT_TESTS);
    }
    return out;
  }

  /**
   * Shows or hides `d`'s boxes as `hidden` says; when `measure` found them again (`moved`), puts them where it did.
   * Writes only.
   */
  function draw(d: Drawn, at: Box[], hidden: boolean[], moved: boolean, origin: { left: number; top: number }): void {
    const boxes = d.group.children;
    const styles = (d.styles ??= []);
    at.forEach((r, n) => {
      let box = boxes[n] as HTMLElement | undefined;
      if (!box) {
        box = doc.createElement('div');
        d.group.append(box);
      }
      if (box.hidden !== hidden[n]) box.hidden = hidden[n]!;
      if (!moved) return;
      const css = `left:${r.left - origin.left}px;top:${r.top - origin.top}px;width:${r.width}px;height:${r.height}px`;
      if (styles[n] !== css) box.style.cssText = styles[n] = css;
    });
    if (!moved) return;
    while (boxes.length > at.length) boxes[boxes.length - 1]!.remove();
    styles.length = at.length;
    d.boxes = at.map((r) => ({
      left: r.left - origin.left,
      top: r.top - origin.top,
      width: r.width,
      height: r.height,
    }));
  }

  /**
   * The drawn ranges whose boundaries the page moved since they were painted (it replaced their nodes, or set their
   * text). Those the keeper finds again over the same words are drawn from the new range, those it does not draw
   * nothing until the paced re-anchor places them; both are measured again. Those it had no time for keep their boxes
   * until the next placing. Reads the DOM only (the keeper walks the blocks it finds them in).
   */
  function refound(all: Drawn[]): { measured: Set<Drawn>; waiting: Set<Drawn> } {
    const lost = all.filter((d) => isMoved(d.range, d.ends));
    const out = { measured: new Set<Drawn>(), waiting: new Set<Drawn>() };
    if (lost.length === 0) return out;
    const asked = lost.filter((d) => d.id !== undefined).map((d) => ({ id: d.id!, range: d.range }));
    const found = asked.length > 0 && opts.keeper ? opts.keeper.refind(asked) : new Map<string, Range | null>();
    for (const d of lost) {
      // A flash, or no keeper: not looked for, so not there.
      const range = d.id === undefined || !opts.keeper ? null : found.get(d.id);
      // Not looked for this time: its boxes stay where they were, and the next placing asks again.
      if (range === undefined) {
        out.waiting.add(d);
        schedule(false);
        continue;
      }
      out.measured.add(d);
      d.ends = endsOf(range ?? d.range);
      // Not there: it draws nothing until the paced re-anchor places it again. The range as the page left it may
      // span words the page wrote in place of the reader's (a removed text node's boundary moves to its parent).
      d.gone = !range;
      if (!range) continue;
      d.range = range;
      d.clippers = null;
      d.free = undefined;
    }
    return out;
  }

  function place(everything: boolean): void {
    if (blocked) return;
    const l = ensureLayer();
    // Before any measure: boxes placed under a zoom the page set above the layer are drawn at its scale (red team 57).
    zoom?.check();
    // The layer clips its boxes to the page's own scrollable extent (styles.ts: overflow clip), measured with the
    // layer at no size: a box never makes the document larger. A page that clips its own overflow and moves each
    // paragraph far down read its scroll size to learn which one held a highlight (red team 44), and word by word
    // where it started and ended. The extent is measured on a full placing (a resize, a reflow), not at a scroll.
    if (everything) l.style.cssText = `left:${extentBox.left}px;width:0;height:0`;
    // Every read before any write: a write between two reads would make the browser lay the page out again for each
    // highlight (944 highlights took 2 s that way).
    const at = l.getBoundingClientRect?.() ?? { left: 0, top: 0 };
    let o = { left: at.left, top: at.top };
    const scroller = doc.scrollingElement ?? doc.documentElement;
    let extent: typeof extentBox | null = null;
    if (everything && scroller) {
      // A right-to-left page scrolls left of its origin: its extent starts there. A pixel less each way: a size
      // rounded up must not add a scroll bar of its own.
      const rtl = view?.getComputedStyle(doc.documentElement ?? scroller).direction === 'rtl';
      const left = rtl ? Math.min(0, scroller.clientWidth - scroller.scrollWidth) : 0;
      extent = {
        left,
        width: Math.max(0, scroller.scrollWidth - 1),
        height: Math.max(0, scroller.scrollHeight - 1),
      };
      // The boxes are placed from where the layer will stand.
      o = { left: at.left + left - extentBox.left, top: at.top };
    } else if (
      scroller &&
      (scroller.scrollWidth - 1 > extentBox.width || scroller.scrollHeight - 1 > extentBox.height)
    ) {
      // The page grew where no resize is heard (html and body at the window's height, an app root placed absolutely,
      // a lazy image or an ad slot above the passage: red team 45). Larger than the layer, what it reads is its own
      // size. Read at every placing, whatever is painted where, so the work done tells the page nothing either. What
      // grew may have moved every passage below it, so the next frame places every box again.
      extent = {
        left: extentBox.left,
        width: Math.max(extentBox.width, scroller.scrollWidth - 1),
        height: Math.max(extentBox.height, scroller.scrollHeight - 1),
      };
      schedule();
    }
    // A scroll of the page itself moves no box in the document: those boxes are not measured again, wherever they are
    // (measuring only those near the window let a page time which were: red team 47), only those a scroll box or a
    // pinned element of the page moves apart from it, every one of them. A full placing measures every box: its cost
    // tells the page how many highlights there are, not where.
    const all = [...painted.values(), ...flashes];
    const lost = refound(all);
    const moved = all.map(
      (d) => !lost.waiting.has(d) && (everything || !d.boxes || d.free === true || lost.measured.has(d)),
    );
    // A full placing (the page resized, reflowed) reads again which boxes clip each passage: a page that shut its
    // article or its body to a strip after the paint (red team 54) had the highlight drawn whole below the strip,
    // where its text is not shown and the page can draw words of its own.
    const seen = everything ? new Map<Element, boolean>() : undefined;
    if (everything)
      for (const d of all) {
        d.clippers = null;
        d.free = undefined;
      }
    const boxes = all.map((d, i) =>
      moved[i] ? measure(d, seen) : (d.boxes ?? []).map((b) => ({ ...b, left: b.left + o.left, top: b.top + o.top })),
    );
    const hidden = covered(all, boxes);
    const veilSeen = veil?.getBoundingClientRect();
    const fit = veilSeen ? veilFit(veilBox, veilSeen, view?.innerWidth ?? 0, view?.innerHeight ?? 0) : null;
    // A page that scaled its root element (`scale`, `transform`) and its own blocks back drew its article as before and
    // every box of the layer, which takes the root's box as its containing block, at that scale: at 0.02, no tint
    // anywhere (red team 57, T). No ancestor's transform reaches the top layer: the layer goes there for good, and
    // is placed again from where it stands.
    // The same for a filter of the page's on an element holding the layer (red team 60, TH: a threshold drew every
    // highlight white).
    if (onTop && !liftedForGood && ((veilSeen && isScaled(veilBox, veilSeen)) || filteredAbove(l, view))) {
      liftedForGood = true;
      onTop.lift();
      schedule();
    }
    all.forEach((d, i) => draw(d, boxes[i]!, hidden[i]!, moved[i]!, o));
    if (extent) {
      l.style.cssText = `left:${extent.left}px;width:${extent.width}px;height:${extent.height}px`;
      extentBox = extent;
    }
    if (veil && fit) veil.style.cssText = veilCss((veilBox = fit));
    if (recheck === undefined && painted.size > 0) {
      const handle = env.setTimeout(() => {
        timers.delete(handle);
        recheck = undefined;
        if (alive && painted.size > 0) schedule();
      }, RECHECK_MS);
      recheck = handle;
      timers.add(handle);
    }
  }

  const group = (kind: string, range: Range): HTMLElement => {
    const g = doc.createElement('div');
    g.setAttribute('data-h', `${prefix}-${kind}`);
    // The words, for what inspects Lede's own layer (the end-to-end tests, through the browser's DevTools protocol);
    // the page cannot reach into the closed shadow root.
    g.setAttribute('data-text', range.toString?.() ?? '');
    return g;
  };

  const painter: Painter = {
    get status(): PainterStatus {
      return alive ? { ok: true } : DEAD.status;
    },
    prepare() {
      if (alive && !blocked) ensureLayer();
    },
    owns(node) {
      return node === host;
    },
    raise() {
      onTop?.raise();
    },
    lookDeep() {
      // Above what the page shows in the top layer from its shadow roots too (a web component's modal dialog holding
      // the article: the boxes were drawn under it, red team 64, SM2), which no event of the document's tells.
      onTop?.lookDeep();
    },
    changed() {
      if (painted.size > 0) schedule(false);
    },
    paint(id, range, color, how = {}) {
      if (!alive || !COLOR_IDS.includes(color)) return false;
      const kind = how.unconfirmed ? 'unconfirmed' : color;
      const was = painted.get(id);
      const l = ensureLayer();
      let g: HTMLElement;
      if (was && was.group.parentNode === l) {
        // Painted again (a re-anchor after the page changed, a new colour): its boxes stay drawn where they are until
        // the next placing measures the new range. A new, empty group drew nothing for up to a frame, and a page
        // re-rendering the passage at every frame had each re-anchor blink the highlight out (red team 50's flake).
        g = was.group;
        g.setAttribute('data-h', `${prefix}-${kind}`);
        g.setAttribute('data-text', range.toString?.() ?? '');
      } else {
        painter.remove(id);
        g = group(kind, range);
        g.setAttribute('data-id', id);
        // Flashes stay above every colour; later highlights above earlier ones.
        const firstFlash = [...flashes][0]?.group;
        l.insertBefore(g, firstFlash?.parentNode === l ? firstFlash : null);
      }
      const d: Drawn = { range, ends: endsOf(range), id, kind, group: g, clippers: null };
      opts.keeper?.keep(id, range, kind === 'unconfirmed');
      painted.set(id, d);
      schedule();
      return true;
    },
    remove(id) {
      const d = painted.get(id);
      if (!alive || !d) return false;
      d.group.remove();
      painted.delete(id);
      opts.keeper?.drop(id);
      return true;
    },
    isUnconfirmed(id) {
      return painted.get(id)?.kind === 'unconfirmed';
    },
    clear() {
      for (const [id, d] of painted) {
        d.group.remove();
        opts.keeper?.drop(id);
      }
      painted.clear();
    },
    flash(range, ms = flashMs) {
      if (!alive) return;
      const d: Drawn = { range, ends: endsOf(range), kind: 'flash', group: group('flash', range), clippers: null };
      ensureLayer().append(d.group);
      flashes.add(d);
      schedule();
      const handle = env.setTimeout(() => {
        timers.delete(handle);
        flashes.delete(d);
        d.group.remove();
      }, ms);
      timers.add(handle);
    },
    hitTest(x, y) {
      if (!alive) return [];
      const out: string[] = [];
      for (const [id, d] of [...painted].reverse()) if (!d.gone && isInRects(d.range, x, y)) out.push(id);
      return out;
    },
    ids() {
      return [...painted.keys()];
    },
    destroy() {
      if (!alive) return;
      painter.clear();
      for (const t of timers) env.clearTimeout(t);
      timers.clear();
      flashes.clear();
      view?.removeEventListener('scroll', onScroll, { capture: true });
      view?.removeEventListener('resize', onMove);
      (doc as { fonts?: EventTarget }).fonts?.removeEventListener?.('loadingdone', onMove);
      observer?.disconnect();
      sheetWatch?.disconnect();
      removal?.disconnect();
      tamper?.disconnect();
      zoom?.destroy();
      onTop?.destroy();
      host?.remove();
      host = null;
      layer = null;
      alive = false;
    },
  };
  return painter;
}
