// A frame of Lede's own that holds the reader's keys while a note's editor comes back after the page rewrote itself
// with `document.open()` (red team 56, left open there), or loads on a page that rewrote itself before. The rewrite erases every listener of the window, Lede's
// included, and a page that listens again in the same task comes before Lede's hub on the window's capture phase:
// no listener order can put Lede first there, and the page heard one or two letters of the note before the editor
// was back. So the keys are taken off the page's document instead: in the same task (the bootstrap's
// MutationObserver runs before any key), an empty frame is added inside a closed shadow root and focused. Keys typed
// now go to that frame's document, where the page's window hears nothing; the frame's window was made a moment ago
// by Lede, which listens there first and hands every key to the input hub's subscribers (the hold and the editor's
// keeping, as for keys on the page), stopping it there. The frame goes once the editor holds the focus, the reader
// leaves (a press on the page, Escape), or the keys are no longer kept for the note.
import { applyOwnStyle, hostTagName } from '../../core/highlight/own-style';
import { sealedRoot } from '../../core/highlight/sealed-root';
import { markOwnHost } from '../../core/highlight/top-layer';
import { type Cancel, later } from './page-clock';
import type { InputHub } from './input-hub';
import { moveWhole } from './move-whole';

/** How often the well asks whether the keys are still the note's. */
const CHECK_MS = 100;
/** The longest a well stays, whatever it is told: the editor comes back, or the hold lets go, well before. */
const MAX_MS = 30_000;
/** How often the well is put back where the page takes it out before it gives up (the page then wins the keys). */
const MAX_REPAIRS = 20;

const HOST_STYLE =
  'display: block !important; position: fixed !important; top: 0 !important; left: 0 !important; ' +
  'width: 1px !important; height: 1px !important; opacity: 0 !important; visibility: visible !important; ' +
  'pointer-events: none !important; overflow: hidden !important; z-index: 2147483647 !important; ' +
  'margin: 0 !important; padding: 0 !important; border: 0 !important;';

/** The open well of each document, closed by the function kept here. */
const wells = new WeakMap<Document, { close: () => void; alive: () => boolean; wants: (() => boolean)[] }>();

/** Lede's dialog the frame is shown modal in (modalOf): drawn as the frame is, 1 px and clear. */
const DIALOG_STYLE =
  'position: fixed; inset: 0; width: 1px; height: 1px; max-width: none; max-height: none; margin: 0; padding: 0; ' +
  'border: 0; opacity: 0; overflow: hidden; background: transparent;';

/**
 * A dialog of Lede's in the well's closed root, drawn as the frame is (1 px, clear) and with no backdrop drawn, for
 * the frame to be shown modal in.
 */
function modalOf(root: ShadowRoot): HTMLDialogElement {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  const dialog = doc.createElement('dialog');
  dialog.style.cssText = DIALOG_STYLE;
  if (view && 'adoptedStyleSheets' in root && 'CSSStyleSheet' in view) {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync('dialog::backdrop { background: transparent; }');
    root.adoptedStyleSheets = [sheet];
  }
  root.append(dialog);
  return dialog;
}

/** Whether a well holds the reader's keys on `doc` now (the editor then takes the focus from it by itself). */
export function wellOpen(doc: Document): boolean {
  return !!wells.get(doc)?.alive();
}

/** Whether the page shows a modal dialog in its own tree (not in a shadow root), where Lede's UI host goes. */
function visibleModal(doc: Document): boolean {
  try {
    return !!doc.querySelector('dialog:modal');
  } catch {
    return false; // an engine without `:modal`
  }
}

/**
 * Opens the well on `doc` and focuses it; `wanted` says whether the reader's keys are still kept for the note (the
 * well stays while any of those it was opened for says so). Returns the way to close it early; null where it could
 * not be made (no root, no shadow root, no window).
 */
export function openKeyWell(doc: Document, hub: InputHub, wanted: () => boolean): (() => void) | null {
  // One well per document: a note carried over a rewrite opens its editor, which would ask for another. A well whose
  // root the page wrote over again (a second `document.open()`) went with it, and is made anew (red team 58, D).
  const already = wells.get(doc);
  if (already?.alive()) {
    already.wants.push(wanted);
    return already.close;
  }
  already?.close();
  const wants = [wanted];
  const at = doc.documentElement;
  const view = doc.defaultView;
  if (!at || !view) return null;
  let host: HTMLElement | undefined;
  let frame: HTMLIFrameElement;
  let root: ShadowRoot;
  try {
    host = doc.createElement(hostTagName());
    applyOwnStyle(host, HOST_STYLE);
    root = host.attachShadow({ mode: 'closed' });
    // Its dialog, shown modal above a page's, is Lede's own: not a page's to raise the toast above.
    markOwnHost(host);
    frame = doc.createElement('iframe');
    frame.setAttribute('tabindex', '-1');
    frame.setAttribute('aria-hidden', 'true');
    frame.style.cssText = 'border: 0; width: 1px; height: 1px; display: block;';
    root.append(frame);
    at.append(host);
  } catch {
    host?.remove();
    return null;
  }
  /** Every key in the well is the reader's and goes no further: the hub's subscribers have had it first. */
  const swallow = (e: Event): void => {
    e.stopImmediatePropagation();
    e.preventDefault();
  };
  let pressed = false;
  const onPress = (e: Event): void => {
    if (e.isTrusted) pressed = true;
  };
  let open = true;
  let check: Cancel | null = null;
  const until = Date.now() + MAX_MS;
  const stillWanted = (): boolean => open && !pressed && Date.now() < until && wants.some((w) => w());
  /** The frame's window, listened to first: a frame taken out and put back has a new one. */
  let unarm: (() => void) | null = null;
  const arm = (): boolean => {
    unarm?.();
    unarm = null;
    const win = frame.contentWindow;
    if (!win) return false;
    const unhear = hub.hearKeysIn(win);
    win.addEventListener('keydown', swallow, true);
    win.addEventListener('keyup', swallow, true);
    win.addEventListener('blur', onBlur);
    unarm = () => {
      unhear();
      win.removeEventListener('keydown', swallow, true);
      win.removeEventListener('keyup', swallow, true);
      win.removeEventListener('blur', onBlur);
    };
    return true;
  };
  /** Lede's own dialog, made the first time the frame must be shown modal. */
  let modal: HTMLDialogElement | null = null;
  /**
   * Focuses the frame. `unreached`: from the frame's own blur, where nothing of the page's was undone first (the
   * observer below undoes what it can see, and takes the focus back itself).
   */
  const take = (unreached = false): void => {
    frame.focus();
    frame.contentWindow?.focus();
    if (!unreached || root.activeElement === frame || !host?.isConnected || visibleModal(doc)) return;
    // Only where an element of the page's keeps the focus Lede asked for (a field in its dialog, or the dialog): a
    // focus that fell to the body is taken back by the frame's next blur or the observer.
    const holder = doc.activeElement;
    if (!holder || holder === doc.body || holder === doc.documentElement || holder === host) return;
    // Inert, with nothing Lede can see to undo: a modal dialog of the page's in a shadow root of its own, where the
    // page had a field of its own take the keys ("oes counted twice"). Lede's dialog, shown modal after it, is above
    // it and leaves the page's inert instead; a page that shows its own again is answered the same way as it takes
    // the focus. (A modal dialog Lede can see is where its UI host lives, ui-host.ts: not fought here.)
    try {
      modal ??= modalOf(root);
      if (frame.parentNode !== modal) {
        // Moved with its window kept where the engine can (moveBefore), else listened to anew.
        if (!moveWhole(modal, frame)) {
          modal.append(frame);
          if (!arm()) return close();
        }
      }
      if (modal.open) modal.close();
      modal.showModal();
    } catch {
      return; // not connected, or inert from above: answered by the observer
    }
    frame.focus();
    frame.contentWindow?.focus();
  };
  /** The well lost the focus: to the editor (done), to a press of the reader's (done), or to the page's script. */
  const onBlur = (): void => {
    queueMicrotask(() => {
      if (!stillWanted()) return close();
      // The page moved the focus by script: the keys are still the note's, and come back here.
      take(true);
      // Asked inside the blur's own task, the focus can be set where it was going only after: the frame's focus then
      // fell to the page's body, where nothing blurred or moved again to bring it back, and the page heard the keys
      // until the editor took them (red team 59, B: "eto" of the note). Looked at again once that task is done.
      later(() => {
        if (open && stillWanted() && root.activeElement !== frame) take(true);
      }, 0);
    });
  };
  // A page that takes out every element it did not make takes the well too, in a microtask before any key: it is put
  // back at once, into the closed shadow root on the body no DOM API can take it out of (sealed-root.ts), else on the
  // root element, a bounded number of times. The well's host is the page's to reach until then, and a page that had
  // read this code hid it, made it inert, or moved it into a container of its own (a moved frame gets a new, empty
  // window), or made the root inert: the focus fell back to the page's body, whose listeners heard "V" to "Vet" of the
  // note (red team 58, K). So any of those counts as taken out too: undone in the same microtask, and the focus taken
  // back, before any key.
  let repairs = 0;
  let sealed = false;
  let home: Node = at;
  let own = host.getAttribute('style');
  /** The roots above the well that the page made inert (nothing an honest page does: it leaves nothing usable). */
  const inertAbove = (): Element[] =>
    [doc.documentElement, doc.body].filter((el): el is HTMLElement => !!el?.hasAttribute('inert'));
  // Where the well is kept can leave the document with it still there: the root element replaced, or the body it was
  // sealed into replaced or removed (red team 59, B: the page heard "e" of the note, or all of it). Out of the
  // document counts as taken out, wherever it still is.
  const misplaced = (): boolean =>
    !host.isConnected || host.parentNode !== home || host.getAttribute('style') !== own || host.hasAttribute('inert');
  /** Where a well taken out goes: the closed root on the body as it is now (a new body gets one), else the root. */
  const newHome = (): Node | null => {
    const root = sealedRoot(doc);
    return root?.host.isConnected ? root : doc.documentElement;
  };
  const removal = new view.MutationObserver(() => {
    const above = inertAbove();
    if (!open || (!misplaced() && !above.length)) return;
    if (++repairs > MAX_REPAIRS) return close();
    for (const el of above) el.removeAttribute('inert');
    if (!host.isConnected || host.parentNode !== home) {
      const next = newHome();
      if (!next) return close();
      sealed = next !== doc.documentElement;
      home = next;
      (home as ParentNode).append(host);
      watch();
      // A frame put back into the document has a new window: listened to anew. (Hidden or made inert, it keeps its own.)
      if (!arm()) return close();
    }
    applyOwnStyle(host, HOST_STYLE);
    own = host.getAttribute('style');
    take();
  });
  /** Watches where the well is, its own style and `inert`, and `inert` on the roots above it. */
  const watch = (): void => {
    // The document itself: its root element replaced takes the well with it.
    removal.observe(doc, { childList: true });
    const root = doc.documentElement;
    if (root) removal.observe(root, { childList: true, attributes: true, attributeFilter: ['inert'] });
    if (doc.body) removal.observe(doc.body, { attributes: true, attributeFilter: ['inert'] });
    if (sealed) removal.observe(home, { childList: true });
    removal.observe(host, { attributes: true, attributeFilter: ['style', 'inert'] });
  };
  watch();
  if (!arm()) {
    removal.disconnect();
    host.remove();
    return null;
  }
  hub.addEventListener('mousedown', onPress);
  const close = (): void => {
    if (!open) return;
    open = false;
    wells.delete(doc);
    check?.();
    removal.disconnect();
    hub.removeEventListener('mousedown', onPress);
    unarm?.();
    host.remove();
  };
  const tick = (): void => {
    if (!stillWanted()) return close();
    check = later(tick, CHECK_MS);
  };
  wells.set(doc, { close, alive: () => !!host?.isConnected, wants });
  take();
  check = later(tick, CHECK_MS);
  return close;
}
