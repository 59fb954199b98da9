// A frame of Lede's own that holds the reader's keys while a note's editor comes back after the page rewrote itself
// with `document.open()` (red team 56, left open there). The rewrite erases every listener of the window, Lede's
// included, and a page that listens again in the same task comes before Lede's hub on the window's capture phase:
// no listener order can put Lede first there, and the page heard one or two letters of the note before the editor
// was back. So the keys are taken off the page's document instead: in the same task (the bootstrap's
// MutationObserver runs before any key), an empty frame is added inside a closed shadow root and focused. Keys typed
// now go to that frame's document, where the page's window hears nothing; the frame's window was made a moment ago
// by Lede, which listens there first and hands every key to the input hub's subscribers (the hold and the editor's
// keeping, as for keys on the page), stopping it there. The frame goes once the editor holds the focus, the reader
// leaves (a press on the page, Escape), or the keys are no longer kept for the note.
import { applyOwnStyle, hostTagName } from '../../core/highlight/own-style';
import { type Cancel, later } from './page-clock';
import type { InputHub } from './input-hub';

/** How often the well asks whether the keys are still the note's. */
const CHECK_MS = 100;
/** The longest a well stays, whatever it is told: the editor comes back, or the hold lets go, well before. */
const MAX_MS = 30_000;

const HOST_STYLE =
  'display: block !important; position: fixed !important; top: 0 !important; left: 0 !important; ' +
  'width: 1px !important; height: 1px !important; opacity: 0 !important; visibility: visible !important; ' +
  'pointer-events: none !important; overflow: hidden !important; z-index: 2147483647 !important; ' +
  'margin: 0 !important; padding: 0 !important; border: 0 !important;';

/**
 * Opens the well on `doc` and focuses it; `wanted` says whether the reader's keys are still kept for the note.
 * Returns the way to close it early; null where it could not be made (no root, no shadow root, no window).
 */
export function openKeyWell(doc: Document, hub: InputHub, wanted: () => boolean): (() => void) | null {
  const at = doc.documentElement;
  if (!at) return null;
  let host: HTMLElement;
  let frame: HTMLIFrameElement;
  let win: Window | null;
  try {
    host = doc.createElement(hostTagName());
    applyOwnStyle(host, HOST_STYLE);
    const root = host.attachShadow({ mode: 'closed' });
    frame = doc.createElement('iframe');
    frame.setAttribute('tabindex', '-1');
    frame.setAttribute('aria-hidden', 'true');
    frame.style.cssText = 'border: 0; width: 1px; height: 1px; display: block;';
    root.append(frame);
    at.append(host);
    win = frame.contentWindow;
  } catch {
    return null;
  }
  if (!win) {
    host.remove();
    return null;
  }
  const well = win;
  /** Every key in the well is the reader's and goes no further: the hub's subscribers have had it first. */
  const swallow = (e: Event): void => {
    e.stopImmediatePropagation();
    e.preventDefault();
  };
  const unhear = hub.hearKeysIn(well);
  well.addEventListener('keydown', swallow, true);
  well.addEventListener('keyup', swallow, true);
  let pressed = false;
  const onPress = (e: Event): void => {
    if (e.isTrusted) pressed = true;
  };
  hub.addEventListener('mousedown', onPress);
  let open = true;
  let check: Cancel | null = null;
  const until = Date.now() + MAX_MS;
  const close = (): void => {
    if (!open) return;
    open = false;
    check?.();
    hub.removeEventListener('mousedown', onPress);
    unhear();
    well.removeEventListener('blur', onBlur);
    host.remove();
  };
  const stillWanted = (): boolean => open && !pressed && Date.now() < until && wanted();
  const take = (): void => {
    frame.focus();
    well.focus();
  };
  /** The well lost the focus: to the editor (done), to a press of the reader's (done), or to the page's script. */
  const onBlur = (): void => {
    queueMicrotask(() => {
      if (!stillWanted()) return close();
      // The page moved the focus by script: the keys are still the note's, and come back here.
      take();
    });
  };
  const tick = (): void => {
    if (!stillWanted()) return close();
    check = later(tick, CHECK_MS);
  };
  well.addEventListener('blur', onBlur);
  take();
  check = later(tick, CHECK_MS);
  return close;
}
