// The reader's clicks and keys on Lede's own UI (toolbar, toast, note marks, shortcut list), delivered even where the
// page swallows them. They reach Lede's closed shadow root through the page's window, where a page's listener on the
// capture phase can stop them (tests/e2e/trust-page-reach.e2e.ts (k)). The input hub hears them first (input-hub.ts); for
// an event aimed at Lede's host, a copy is dispatched to the element inside the root that the reader meant, marked as
// the reader's, and the original goes no further. The copy is not composed: the page never sees it.
import { composedParent } from '../../core/anchoring/dom/composed-parent';
import { alphaOf } from '../../core/anchoring/dom/unseen-style';
import { type InputHub, markRelayed } from './input-hub';
import type { PageLife } from './page-life';
import { shadowRootOf } from './shadow-root-of';
import type { UiHost } from './ui-host';

const MOUSE_INIT = ['clientX', 'clientY', 'screenX', 'screenY', 'button', 'buttons', 'detail'] as const;
const KEY_INIT = ['key', 'code', 'location', 'repeat'] as const;
const MODIFIERS = ['ctrlKey', 'shiftKey', 'altKey', 'metaKey'] as const;

const POINTER_INIT = ['pointerId', 'pointerType', 'isPrimary', 'width', 'height', 'pressure'] as const;

/** The reader's presses on Lede's UI: none reaches the page, which would learn where they pressed (which colour). */
const RELAYED = ['click', 'keydown', 'keyup', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'] as const;

/**
 * Relays the reader's clicks, presses and keys aimed at Lede's UI host (`ui()`, null until it exists). A host sealed
 * in the closed root on the body (sealed-root.ts) has its events aimed at the body as the window sees them: those
 * are Lede's when the point (or the focus) is in Lede's UI.
 */
export function relayUiEvents(
  input: InputHub | undefined,
  life: PageLife,
  ui: () => UiHost | null,
  covered: () => void = () => undefined,
): void {
  if (!input) return;
  for (const type of RELAYED) life.listen(input, type, (e) => relay(e, ui(), covered));
  // How the page's element over Lede's UI looked as the pointer came onto it (see `seenAtMove`).
  let last: EventTarget | undefined;
  life.listen(input, 'mousemove', (e) => {
    const u = ui();
    const outer = e.composedPath()[0];
    if (!e.isTrusted || !u?.host.isConnected || !(outer instanceof Element) || outer === outerTarget(u)) return;
    const target = drawnAt(e as MouseEvent, outer);
    if (target === last) return;
    last = target;
    if (ledeAt(e as MouseEvent, u)) seenAtMove.set(target, seeThrough(target));
  });
}

/**
 * What the page's window sees as the target of an event on Lede's UI, and as its active element while Lede's UI has
 * the focus: the host, or the body it is sealed in.
 */
export function outerTarget(ui: UiHost): Node {
  const root = ui.host.getRootNode() as Node & { host?: Element };
  return root.nodeType === 11 && root.host ? root.host : ui.host;
}

/**
 * Whether each element of the page's that the reader's pointer came onto over Lede's UI was see-through then. A press
 * changes what the browser draws before any listener hears it (`:active`): a look-alike of the toolbar, opaque as the
 * reader aimed, made clear by `:active` alone read as clear at the press, so the press went to Lede's colour under it
 * and the reader who pressed what they saw as the page's bar was not told (red team 62, P5). An element seen opaque
 * as the pointer came onto it stays the page's at the press.
 */
const seenAtMove = new WeakMap<Element, boolean>();

/** Answers of `coveredLede` for the event being dispatched: every subscriber of the hub asks for the same event. */
const covered = new WeakMap<Event, Element | null>();

/**
 * The element of Lede's UI under the point of a pointer event aimed at something of the page's: a layer the page
 * laid over Lede's toolbar or note editor in the top layer (a clear popover or modal dialog, above any z-index), so
 * that the reader's press on what they see as Lede's goes to the page (a clear field over the note editor would take
 * the words they type next). Null where Lede shows nothing at that point, and null where Lede's UI may lie unseen
 * under the page's top layer (`buried`: a change of it Lede did not answer): the reader then saw the page's element,
 * and a press on the page's visible button must not save in the colour of Lede's hidden one (red team 23's T1).
 */
export function coveredLede(e: Event, ui: UiHost | null): Element | null {
  if (!ui || !e.isTrusted || !(e instanceof MouseEvent) || !ui.host.isConnected || ui.buried()) return null;
  let found = covered.get(e);
  if (found !== undefined) return found;
  found = null;
  const outer = e.composedPath()[0];
  const target = outer !== outerTarget(ui) && outer instanceof Element ? drawnAt(e, outer) : null;
  if (target && seenAtMove.get(target) !== false && seeThrough(target)) found = ledeAt(e, ui);
  covered.set(e, found);
  return found;
}

/**
 * What the page draws at the point of `e` whose target its window sees as `target`: inside the shadow roots there,
 * closed ones too, where the window sees only a root's host. Judged by that host, which draws nothing of its own, an
 * opaque banner with its own button in a closed root, laid over Lede's toolbar, read as clear: the reader's press on
 * the page's button was Lede's, and saved their passage in the colour under it (red team 63, SH5).
 */
function drawnAt(e: MouseEvent, target: Element): Element {
  let el = target;
  for (let depth = 0; depth < 32; depth++) {
    const root = shadowRootOf(el);
    const inner = root?.elementFromPoint(e.clientX, e.clientY);
    if (!root || !inner || inner === el || !root.contains(inner)) break;
    el = inner;
  }
  return el;
}

/**
 * The page's element at the point shows nothing a reader could take for the page's own: it and the layers it sits in
 * are clear (no background colour or image, no words, no control, picture or frame of its own drawn), or faded out.
 * A press on a cover the reader can see (an opaque banner with its own button laid over Lede's toolbar) is the
 * page's (red team 24).
 */
function seeThrough(target: Element): boolean {
  const view = target.ownerDocument.defaultView;
  if (!view) return false;
  const chain: Element[] = [];
  for (let el: Element | null = target; el && el !== el.ownerDocument.body; el = composedParent(el)) chain.push(el);
  const styles = chain.map((el) => view.getComputedStyle(el));
  if (styles.some((st) => Number.parseFloat(st.opacity) < 0.1)) return true;
  const own = styles[0]!;
  if (DRAWN.test(target.nodeName) && own.visibility === 'visible') return false;
  const words = Array.from(target.childNodes).some((n) => n.nodeType === 3 && /\S/.test((n as Text).data));
  if (words && alphaOf(own.color) >= 0.1 && own.visibility === 'visible') return false;
  return styles.every((st) => st.backgroundImage === 'none' && alphaOf(st.backgroundColor) < 0.1);
}

/** Elements that draw something of their own whatever their background: controls, pictures, frames. */
const DRAWN = /^(BUTTON|INPUT|TEXTAREA|SELECT|IMG|VIDEO|CANVAS|SVG|IFRAME|EMBED|OBJECT|PICTURE)$/i;

/**
 * Lede's toolbar, toast or mark under the point of a press on the page's element that is not see-through: a cover
 * the page laid over Lede's UI above any z-index Lede knows of. Whether the reader saw it is not known from its style
 * (red team 50, T: a clear `<button>`, a 12 % tint or a white box with `mix-blend-mode: multiply` passed as drawn),
 * so the press stays the page's (a visible bar there keeps working: red team 51's newsletter field, T3), and the
 * reader is told that nothing was saved and Lede's toolbar is put away, out of the page's next click. Told too where
 * Lede's UI lies unseen under the page's top layer (`buried`): a page that shows its look-alike of the toolbar again
 * at each of Lede's raises keeps it above the real one once the raises are spent, and the reader's click on it went
 * to the page with nothing said (red team 62, P3); the toast is shown above the page's top layer at once. The note
 * editor's frame answers for itself (editor-frame.ts).
 */
function contestedLede(e: Event, ui: UiHost): Element | null {
  if (!e.isTrusted || !(e instanceof MouseEvent) || !ui.host.isConnected) return null;
  const target = e.composedPath()[0];
  if (target === outerTarget(ui) || !(target instanceof Node) || ui.contains(target)) return null;
  const under = ledeAt(e, ui);
  return under instanceof HTMLIFrameElement ? null : under;
}

/**
 * Lede's element at the point of `e`, under whatever the page drew there: every box at the point, the covered ones
 * too, in this root's terms; the first of Lede's is what the reader saw.
 */
function ledeAt(e: MouseEvent, ui: UiHost): Element | null {
  for (const el of ui.root.elementsFromPoint(e.clientX, e.clientY))
    if (el !== ui.host && ui.root.contains(el)) return el;
  return null;
}

/** The reader's event is on Lede's UI: aimed at it, or at a layer the page laid over it (coveredLede). */
export function onLedeUi(e: Event, ui: UiHost | null): boolean {
  const target = e.composedPath()[0] as Node | undefined;
  return !!ui && ((!!target && ui.contains(target)) || !!coveredLede(e, ui));
}

function relay(e: Event, ui: UiHost | null, covered: () => void): void {
  if (!e.isTrusted || !ui) return;
  const under = coveredLede(e, ui);
  if (under) {
    // Under the page's layer: the press is Lede's, and neither the page nor its layer gets it (a mousedown kept from
    // it keeps the focus in the note editor and the selection where it is).
    e.stopImmediatePropagation();
    e.preventDefault();
    if (!(under instanceof HTMLIFrameElement)) under.dispatchEvent(copyOf(e));
    return;
  }
  if (e.composedPath()[0] !== outerTarget(ui)) {
    // At the press, while the toolbar is still drawn (the page's element may drop the selection, and the toolbar
    // with it, before the click), and once: the page may cancel its pointerdown, and no mousedown follows.
    if (e.type === 'pointerdown' && contestedLede(e, ui)) covered();
    return;
  }
  // A click by keyboard (Enter or Space on a focused button) has no click count; pointer events never have one.
  const keyboard = e instanceof KeyboardEvent || (e.type === 'click' && (e as MouseEvent).detail === 0);
  const target = keyboard
    ? ui.root.activeElement
    : ui.root.elementFromPoint((e as MouseEvent).clientX, (e as MouseEvent).clientY);
  if (!target || !ui.root.contains(target)) return;
  const copy = copyOf(e);
  // The original goes no further, so Lede's own listener hears the reader once, from the copy.
  // Immediate: the page's own listeners on the window (which run after the hub's) hear nothing either.
  e.stopImmediatePropagation();
  target.dispatchEvent(copy);
  if (copy.defaultPrevented) e.preventDefault();
}

/** Lede's copy of the reader's event, marked as the reader's, for an element inside Lede's root. */
function copyOf(e: Event): Event {
  const init: Record<string, unknown> = { bubbles: true, cancelable: true, composed: false };
  const src = e as unknown as Record<string, unknown>;
  const pointer = typeof PointerEvent !== 'undefined' && e instanceof PointerEvent;
  const names = e instanceof KeyboardEvent ? KEY_INIT : pointer ? [...MOUSE_INIT, ...POINTER_INIT] : MOUSE_INIT;
  for (const k of [...names, ...MODIFIERS]) init[k] = src[k];
  // This world's own constructors: the copy is Lede's, made where the page cannot reach.
  const copy =
    e instanceof KeyboardEvent
      ? new KeyboardEvent(e.type, init)
      : pointer
        ? new PointerEvent(e.type, init)
        : new MouseEvent(e.type, init);
  markRelayed(copy);
  return copy;
}
