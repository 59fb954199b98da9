// The one element Lede adds to a page: a host whose closed shadow root holds the toolbar, editor and toasts,
// so the page's styles cannot reach in and ours cannot leak out. Styles are a constructed sheet (CSP-safe).
// The root holds no text node: every word Lede shows there is drawn from an attribute (`setText`), because Chromium's
// `window.find` searches a closed shadow root's text and the page then reads the match through its own selection.
import { applyOwnStyle, hostTagName, keepOwnStyle } from '../../core/highlight/own-style';
import { sealedRoot } from '../../core/highlight/sealed-root';
import { keepUnzoomed } from '../../core/highlight/own-zoom';
import { keepOnTop, topmostModal } from '../../core/highlight/top-layer';
import { DARK_UI_COLORS as UI } from '../../core/palette';
import { moveWhole } from './move-whole';
import { shadowRootOf } from './shadow-root-of';
import { later } from './page-clock';

const CSS = `
:host { all: initial; }
/* Words drawn as generated content are neither found by window.find nor part of a selection (see setText), yet
   Chromium's accessibility tree holds them as text: screen readers read them, live regions announce them. */
[data-text]::before { content: attr(data-text); }
/* The host's own style cannot reach its pseudo-elements: a page's ::after on every element it did not make, fixed
   over the window, would cover the toolbar (an !important declaration of a shadow tree outranks the page's). */
:host::before, :host::after { content: none !important; display: none !important; }
/* At the window's bottom right corner when nothing of the page's holds Lede's fixed boxes (placedInWindow). */
.corner { position: fixed; right: 0; bottom: 0; width: 0; height: 0; visibility: hidden; pointer-events: none; }
/* Generic families only: a font the page defines (@font-face is the document's, closed roots included) under a name
   in this list, one face per character with its own unicode-range, is fetched for each character Lede draws and
   tells the page the words of the reader's note in the tip (red team 60). A generic family is no name it can define. */
.bar, .toast, .tip {
  position: fixed; z-index: 2147483647; font: 13px/1.4 system-ui, sans-serif;
  background: ${UI.surface}; color: ${UI.text}; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.25);
}
.bar { display: flex; gap: 4px; padding: 4px; align-items: center; }
button { font: inherit; cursor: pointer; border: 0; border-radius: 6px; background: transparent; color: inherit; padding: 4px 8px; }
button:hover { background: ${UI.hover}; }
button:focus-visible { outline: 2px solid ${UI.focus}; outline-offset: 1px; }
.swatch { width: 22px; height: 22px; padding: 0; border: 2px solid ${UI.swatchBorder}; }
.swatch[aria-pressed="true"] { border-color: ${UI.chosenRing}; }
.sep { width: 1px; align-self: stretch; background: rgba(255,255,255,.2); margin: 0 2px; }
.toast { left: 50%; bottom: 24px; transform: translateX(-50%); padding: 8px 12px; display: flex; gap: 10px; align-items: center; width: max-content; max-width: min(560px, calc(100vw - 32px)); }
.toast.error { background: ${UI.error}; }
.tip { max-width: 320px; padding: 6px 10px; white-space: pre-wrap; pointer-events: none; }
[hidden] { display: none !important; }
.bar.above .hint { top: auto; bottom: calc(100% + 6px); }
.bar .hint {
  position: absolute; top: calc(100% + 6px); transform: translateX(-50%); white-space: nowrap; padding: 4px 8px;
  background: ${UI.surface}; color: ${UI.text}; border: 1px solid rgba(255,255,255,.25); border-radius: 6px; pointer-events: none;
}
.marks { position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646; }
.note-mark {
  position: absolute; top: 0; left: 0; width: 9px; height: 9px; border-radius: 50%; pointer-events: none;
  background: #d4580b; border: 1.5px solid #fff; box-shadow: 0 0 0 1px rgba(0,0,0,.35);
}
.live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.shortcuts {
  position: fixed; z-index: 2147483647; top: 50%; left: 50%; transform: translate(-50%, -50%); width: min(420px, calc(100vw - 32px));
  font: 13px/1.45 system-ui, sans-serif; background: ${UI.surface}; color: ${UI.text};
  border-radius: 10px; box-shadow: 0 8px 32px rgba(0,0,0,.35); padding: 14px 16px;
}
.shortcuts h2 { font-size: 15px; margin: 0 0 8px; }
.shortcuts dl { display: grid; grid-template-columns: max-content 1fr; gap: 6px 12px; margin: 0 0 12px; }
.shortcuts dt, .shortcuts dd { margin: 0; }
.shortcuts kbd { font: 12px monospace; padding: 1px 5px; border: 1px solid rgba(255,255,255,.35); border-radius: 4px; }
.shortcuts button { background: ${UI.hover}; }
`;

/** What places the host: at the window's corner, above the page, with no box of its own. */
const PLACED: Record<string, string> = {
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  'z-index': '2147483647',
  display: 'block',
};

/**
 * Left to the page: the text spacing a reader's own style sheet sets on every element (WCAG 1.4.12), which reaches
 * Lede's UI only through the host, by inheritance; and the writing direction, which turns the toolbar's order at most.
 */
const PAGE_SET = new Set(['letter-spacing', 'word-spacing', 'line-height', 'direction', 'unicode-bidi']);

/**
 * The host's own style (own-style.ts): every property the browser knows (as its computed style lists them) at its
 * initial value and !important, so no rule of the page's reaches the host; a list of the properties that could hide
 * or move it was always one short (red team 28: `contain: paint` made the 0x0 host clip the fixed toolbar, toast,
 * note marks and editor to nothing). Then what places it. Not `all: initial !important`: `all` cannot be undone for
 * one property, so the reader's text spacing (PAGE_SET) would be refused too. Custom properties are left: Lede's
 * sheet reads none. An engine that lists no property gets `all: initial` and the placing.
 */
function hostStyle(doc: Document): string {
  const listed = doc.documentElement ? doc.defaultView?.getComputedStyle(doc.documentElement) : undefined;
  const known = Array.from(listed ?? [], String).filter(
    (p) => !p.startsWith('--') && !PAGE_SET.has(p) && !(p in PLACED),
  );
  return [
    ...(known.length ? known.map((p) => `${p}: initial !important`) : ['all: initial']),
    ...Object.entries(PLACED).map(([p, v]) => `${p}: ${v} !important`),
  ].join('; ');
}

/**
 * Keeps the text spacing `node` inherits from the page (PAGE_SET: the reader's own WCAG 1.4.12 spacing) within what a
 * reader sets to read better: no negative letter or word spacing, at most 0.3 em between letters and 1 em between
 * words, lines 1 to 3 times the type's size. A page's rule aimed at Lede's host alone squeezed every toast to an
 * unreadable smear, "Saved: …" with the stored words and Lede's warnings among them, or spread it over a third of
 * the window (red team 50, P). Read once `node` is in Lede's root, and set on it.
 */
export function readableSpacing(node: HTMLElement): void {
  const view = node.ownerDocument.defaultView;
  if (!view) return;
  const st = view.getComputedStyle(node);
  const size = Number.parseFloat(st.fontSize) || 16;
  // Set on the node whatever it was, not only when out of range: inherited, it would follow a rule the page adds once
  // the toast is up, or applies only while the browser paints (red team 51, P2).
  const within = (prop: string, value: string, min: number, max: number) => {
    const px = Number.parseFloat(value);
    node.style.setProperty(prop, Number.isFinite(px) ? `${Math.min(Math.max(px, min), max)}px` : 'normal');
  };
  within('letter-spacing', st.letterSpacing, 0, 0.3 * size);
  within('word-spacing', st.wordSpacing, 0, size);
  within('line-height', st.lineHeight, size, 3 * size);
}

/** How many times the host's style is put back when the page's script changes it, before Lede stops watching. */
const MAX_REPAIRS = 20;

export interface UiHost {
  root: ShadowRoot;
  host: HTMLElement;
  /** Puts the host's own style back if the page changed it (on each use, once watching has stopped). */
  repair(): void;
  /** Puts the host back in the page after a page that re-renders its body took it away. */
  putBack(): void;
  /**
   * Calls `fn` each time the host was put back where the page had taken it from (in the microtask after, or at the
   * next use): a frame inside it that was out of the document is a new one, loading anew.
   */
  onPutBack(fn: () => void): void;
  /**
   * True when the host is not where Lede put it: out of the document, or moved by the page into an element of its
   * own (one it does not draw hides the toolbar, toasts and editor while the host stays connected).
   */
  misplaced(): boolean;
  /** Shows the host above the page's top layer again, whatever the page spent (the reader's own moments). */
  raise(): void;
  /** Shows the host in the top layer now, page's top layer or not: above any z-index or frame of the page's. */
  lift(): void;
  /** Ends lift(): the host leaves the top layer unless the page's top layer needs it there. */
  settle(): void;
  /** True when the page put something in the top layer that Lede did not answer: the UI may lie unseen under it. */
  buried(): boolean;
  /**
   * A look of Lede's own into the page's shadow roots (closed ones too): the host is raised above a top-layer element
   * the page showed there, which no event of the document's tells (top-layer.ts `lookDeep`).
   */
  lookDeep(): void;
  /**
   * True when Lede's fixed boxes are placed in the window: no ancestor of the host (a `transform`, `filter`,
   * `contain`, `will-change` on the page's body) made itself their containing block, which moves and clips them.
   */
  placedInWindow(): boolean;
  /** True for nodes inside Lede's own UI (ignored by selection and mutation handling). */
  contains(node: Node | null): boolean;
  destroy(): void;
}

/**
 * Puts `node` at the end of `parent`: moved where it can be (`moveBefore`, where the page only moved it elsewhere in
 * the document), so a frame inside it (the note editor) keeps its document, the reader's words and the focus (red
 * team 58, E: put back by `append`, the editor loaded anew and the focus fell to the page); else appended.
 */
function moveInto(parent: ParentNode, node: Element): void {
  if (node.isConnected)
    try {
      if (moveWhole(parent, node)) return;
    } catch {
      // Not movable there (another document, a parent out of the document): appended as before.
    }
  parent.append(node);
}

/**
 * The page's topmost modal dialog, if it shows one (in its shadow roots too, as the keeper's last look found them),
 * else its body (or root element).
 */
function home(doc: Document, deep: Iterable<Element> = []): Element {
  return topmostModal(doc, deep) ?? doc.body ?? doc.documentElement;
}

/**
 * Creates the host lazily on first use; nothing is added to pages where the reader never highlights. `onHidden` is
 * called once if the page keeps taking the host out of its modal dialog (the toolbar can take no click there).
 */
export function createUiHost(doc: Document, onHidden?: () => void, onBuried?: () => void): UiHost {
  // A fresh tag name per page, naming nothing of Lede's (own-style.ts): a page that defined a `lede-ui` custom element
  // got Lede's host upgraded into its own class (it could remove it, or attach its own shadow root first so ours threw
  // and no highlight could be made), and any page could tell Lede was installed from the name.
  const host = doc.createElement(hostTagName());
  // Through the CSSOM: a page's style-src policy can refuse a style attribute (Firefox applies it to content
  // scripts), never a declaration set on the element's style object. With !important, so that a page's rule hiding
  // every element it did not make cannot hide the toolbar or the editor; a change its script makes is put back.
  const view = doc.defaultView;
  let repairs = 0;
  const style = hostStyle(doc);
  const watch = keepOwnStyle(host, style, view, () => ++repairs <= MAX_REPAIRS);
  const own = host.getAttribute('style');
  const root = host.attachShadow({ mode: 'closed' });
  if (view && 'CSSStyleSheet' in view && 'adoptedStyleSheets' in root) {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } else {
    // Very old engines: a <style> inside the shadow root (may be refused by a strict CSP, then the UI is unstyled).
    const style = doc.createElement('style');
    style.textContent = CSS;
    root.append(style);
  }
  // Drawn at the window's scale whatever zoom the page sets above the host (red team 57, Z): looked at again at each
  // use, and whenever the page changes it.
  const zoom = keepUnzoomed(host, root, (fn) => later(fn, 0));
  let onTop: ReturnType<typeof keepOnTop> = null;
  let sealed = false;
  let removal: MutationObserver | null = null;
  /**
   * Set once the host put in the body was not drawn there: a page that draws its body through a shadow root of its
   * own, with a slot for its own elements only, left it unassigned and unseen, and a body with a root takes no second
   * one to seal it in (red team 57, J3). It lives in the root element from then on, as the paint layer does.
   */
  let inRootElement = false;
  const homeNow = (): Element => {
    const to = home(doc, onTop?.deepModals());
    return inRootElement && to === doc.body && doc.documentElement ? doc.documentElement : to;
  };
  /** False when the host is in the body and has no box there (assigned to no slot of the page's, a hidden body). */
  const drawnInBody = (): boolean =>
    host.parentNode !== doc.body || typeof host.checkVisibility !== 'function' || host.checkVisibility();
  const into = (to: Element): void => moveInto(to, host);
  const place = (): void => {
    let to = homeNow();
    into(to);
    if (!drawnInBody() && doc.documentElement) {
      inRootElement = true;
      to = doc.documentElement;
      into(to);
    }
    // A page that takes the host out of its dialog is watched there as in the body (red team 23's D1).
    if (to.localName === 'dialog') removal?.observe(to, { childList: true });
    // Above a modal dialog, popover or fullscreen element of the page's (top-layer.ts); out of the document, the host
    // left the top layer, so it is raised again each time it is put back.
    onTop?.raise();
  };
  /** Those told when the host was put back (onPutBack). */
  const putBackHeard = new Set<() => void>();
  const tellPutBack = (): void => {
    for (const fn of putBackHeard) fn();
  };
  // While the page shows a modal dialog, everything outside it is inert: the toolbar drawn above it would take no
  // click and the note editor no focus. The host lives inside that dialog meanwhile (still drawn above it, in the top
  // layer), and goes back to the body when the dialog closes; a page that takes it out of its dialog is answered as
  // one that takes it out of the body.
  const rehome = (): void => {
    const to = homeNow();
    if (sealed || !host.isConnected || host.parentNode === to) return;
    into(to);
    if (to.localName === 'dialog') removal?.observe(to, { childList: true });
  };
  // A page that removes the nodes it did not make takes the host out alone: it is put back at once, and the second
  // time it goes into the closed shadow root on the body (sealed-root.ts), where the page can neither remove nor
  // restyle it. A page that re-renders its body takes the host out with its own children: it is put back at the next
  // use (page-surface.ts), as before, and the body is left alone.
  let fights = 0;
  const misplaced = (): boolean => !host.isConnected || (!sealed && (host.parentNode !== homeNow() || !drawnInBody()));
  const MO = (view as (Window & { MutationObserver?: typeof MutationObserver }) | null)?.MutationObserver;
  removal = MO
    ? new MO((records) => {
        // Moved, not removed, counts too: a page that moved the host into a container of its own that it does not draw
        // (`display: none`, a shadow host with no slot for it) hid the toolbar, toasts and editor for good, the host
        // still connected (red team 57, J).
        if (!misplaced()) return;
        if (!records.some((r) => r.removedNodes.length === 1 && r.removedNodes[0] === host)) return;
        if (++fights < 2) {
          place();
          tellPutBack();
        } else {
          const sealIn = sealedRoot(doc);
          // A body with a root of the page's takes none of Lede's: the host is put back at each use instead (fought
          // for at each move, the two observers would answer each other without end).
          if (!sealIn) return;
          // Under the page's modal dialog the sealed host is drawn (a toast is read) but inert: the toolbar takes
          // no click until the dialog closes, so the reader is told once what still works.
          const hidden = homeNow().localName === 'dialog';
          moveInto(sealIn, host);
          sealed = true;
          onTop?.raise();
          tellPutBack();
          if (hidden) onHidden?.();
        }
      })
    : null;
  for (const parent of new Set([doc.documentElement, doc.body]))
    if (parent) removal?.observe(parent, { childList: true });
  place();
  onTop = keepOnTop(host, doc, { rank: 1, onChange: rehome, onBuried, rootOf: shadowRootOf });
  // A box at the window's bottom right corner, when the window is what Lede's fixed boxes are placed in.
  const corner = doc.createElement('div');
  corner.className = 'corner';
  corner.setAttribute('aria-hidden', 'true');
  root.append(corner);
  return {
    root,
    host,
    contains: (node) => !!node && (node === host || host.contains(node)),
    repair: () => {
      if (host.getAttribute('style') !== own || host.hasAttribute('inert')) applyOwnStyle(host, style);
      zoom?.check();
    },
    putBack: () => {
      place();
      zoom?.check();
      tellPutBack();
    },
    onPutBack: (fn) => {
      putBackHeard.add(fn);
    },
    misplaced,
    raise: () => onTop?.raise(),
    lift: () => onTop?.lift(),
    settle: () => onTop?.settle(),
    buried: () => !!onTop?.buried(),
    lookDeep: () => void onTop?.lookDeep(),
    placedInWindow: () => {
      const at = host.getBoundingClientRect();
      const end = corner.getBoundingClientRect();
      // The window's size less its scroll bars (the body's in quirks mode, where the root's is its own box).
      const frame = doc.scrollingElement ?? doc.documentElement;
      const [width, height] = [
        frame?.clientWidth ?? view?.innerWidth ?? 0,
        frame?.clientHeight ?? view?.innerHeight ?? 0,
      ];
      return (
        Math.abs(at.left) <= 1 &&
        Math.abs(at.top) <= 1 &&
        Math.abs(end.left - width) <= 1 &&
        Math.abs(end.top - height) <= 1
      );
    },
    destroy: () => {
      zoom?.destroy();
      watch?.disconnect();
      removal?.disconnect();
      onTop?.destroy();
      host.remove();
    },
  };
}

/**
 * Shows `text` as the words of `node` without putting a text node in the DOM: the words are drawn by the root's
 * `[data-text]::before` rule. Red team 28 read the note in the hover tip, and the live region's "2 highlights on this
 * page", by `window.find` (which reaches into the closed root in Chromium) and `String(getSelection())`; `user-select:
 * none` does not stop find. Generated content is found by neither (measured in Chromium: the page's letter search
 * from the end of its own text finds nothing), and the accessibility tree still reads it as the element's text. Never
 * parsed as HTML. Replaces whatever text the node showed.
 */
export function setText(node: HTMLElement, text: string): void {
  node.setAttribute('data-text', text);
  // Chromium names a button from its generated content, but not every checker or engine does (axe does not): a
  // button says its name in an attribute too, which no find reaches either.
  if (node.localName === 'button') node.setAttribute('aria-label', text);
}

/** The words `setText` gave `node` ('' for none). */
export function textOf(node: HTMLElement): string {
  return node.getAttribute('data-text') ?? '';
}

/** A tiny element builder: text is drawn from an attribute (`setText`), never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { class?: string; text?: string; title?: string; attrs?: Record<string, string> } = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined) setText(node, props.text);
  if (props.title) node.title = props.title;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  node.append(...children);
  return node;
}
