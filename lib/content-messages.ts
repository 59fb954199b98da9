// The content script's side of the protocol: who may message it, the guard for each command's payload, and the
// listener that runs its handlers behind both. The commands themselves are declared in lib/messaging.ts.
import { browser, type Browser } from 'wxt/browser';
import { MAX_CONTEXT_CHARS, MAX_ID_CHARS, MAX_QUOTE_CHARS } from '../core/limits';
import { COLOR_IDS, type ColorId } from '../core/types';
import {
  EDITOR_EVENT_KINDS,
  runHandler,
  type ContentHandlers,
  type ContentMessage,
  type EditorEvent,
} from './messaging';

/**
 * Payload checks for the content script's commands. Hand-written rather than valibot: the content script is loaded
 * on every page, and only the extension itself can reach it (checked first), so small exact guards suffice here.
 * The background, which faces the pages' content scripts, validates with valibot (lib/background-messages.ts).
 */
const isEmpty = (d: unknown): string | null =>
  d && typeof d === 'object' && !Array.isArray(d) ? null : 'expected an object';
const isText = (x: unknown, max: number) => typeof x === 'string' && x.length <= max;
const isOffset = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;

/** Why `id` is not an annotation id within bounds, or null when it is. */
const idProblem = (id: unknown): string | null =>
  isText(id, MAX_ID_CHARS) && (id as string).length > 0
    ? null
    : `id: expected a string of 1 to ${MAX_ID_CHARS} characters`;

/** Why `selectors` is not a list of 1-4 W3C text selectors within Lede's bounds, or null when it is. */
export function selectorsProblem(selectors: unknown): string | null {
  if (!Array.isArray(selectors) || selectors.length < 1 || selectors.length > 4)
    return 'selectors: expected 1 to 4 selectors';
  for (const s of selectors as Record<string, unknown>[]) {
    if (!s || typeof s !== 'object') return 'selectors: expected objects';
    if (s.type === 'TextQuoteSelector') {
      if (!isText(s.exact, MAX_QUOTE_CHARS) || !(s.exact as string).length) return 'selectors: bad exact text';
      if (!isText(s.prefix, MAX_CONTEXT_CHARS) || !isText(s.suffix, MAX_CONTEXT_CHARS))
        return 'selectors: bad prefix or suffix';
    } else if (s.type === 'TextPositionSelector') {
      if (!isOffset(s.start) || !isOffset(s.end) || (s.end as number) < (s.start as number))
        return 'selectors: bad position';
    } else return 'selectors: unknown selector type';
  }
  return null;
}

/** One guard per content command (see `ContentProtocol` for what each does): the problem with a payload, or null. */
export const contentChecks: Record<ContentMessage, (data: unknown) => string | null> = {
  collectPage: isEmpty,
  showPassage: (d) => isEmpty(d) ?? selectorsProblem((d as { selectors?: unknown }).selectors),
  findPassage: (d) => isEmpty(d) ?? selectorsProblem((d as { selectors?: unknown }).selectors),
  highlightSelection: (d) => {
    const { color, menuText } = (d ?? {}) as { color?: unknown; menuText?: unknown };
    if (isEmpty(d)) return isEmpty(d);
    if (color !== undefined && !COLOR_IDS.includes(color as ColorId)) return 'color: unknown colour';
    return menuText === undefined || isText(menuText, 1_000_000) ? null : 'menuText: expected a string';
  },
  refreshAnnotations: isEmpty,
  tellFrameUnseen: isEmpty,
  getAnchorReport: isEmpty,
  confirmPlacement: (d) =>
    isEmpty(d) ??
    idProblem((d as { id?: unknown }).id) ??
    (isText((d as { words?: unknown }).words, MAX_QUOTE_CHARS) ? null : 'words: expected the words shown'),
  dropPlacement: (d) => isEmpty(d) ?? idProblem((d as { id?: unknown }).id),
  editorEvent: (d) => {
    const e = d as Partial<EditorEvent> | null;
    if (isEmpty(d)) return isEmpty(d);
    if (!isText(e!.nonce, 64)) return 'nonce: expected a string';
    if (!EDITOR_EVENT_KINDS.includes(e!.kind as EditorEvent['kind'])) return 'kind: unknown';
    if (e!.height !== undefined && !(Number.isFinite(e!.height) && e!.height! >= 0 && e!.height! < 5000))
      return 'height: out of range';
    if (e!.reason !== undefined && !isText(e!.reason, 1000)) return 'reason: too long';
    if (e!.tabbed !== undefined && typeof e!.tabbed !== 'boolean') return 'tabbed: expected a boolean';
    if (e!.retaken !== undefined && typeof e!.retaken !== 'boolean') return 'retaken: expected a boolean';
    if (e!.load !== undefined && !isText(e!.load, 64)) return 'load: expected a string';
    return null;
  },
};

/** Checks a message to the content script: only the extension's own background or pages may send one, in its shape. */
export function checkContentMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): { ok: true; type: ContentMessage; data: unknown } | { ok: false; reason: string } {
  // Only the extension's own pages and background can message a content script (content scripts cannot).
  if (sender.id !== extensionId || (sender.tab && !sender.url?.startsWith(extensionOrigin)))
    return { ok: false, reason: 'unknown sender' };
  const m = message as { lede?: unknown; type?: unknown; data?: unknown } | null;
  if (!m || typeof m !== 'object' || m.lede !== 1 || typeof m.type !== 'string')
    return { ok: false, reason: 'not a Lede message' };
  if (!Object.hasOwn(contentChecks, m.type)) return { ok: false, reason: `unknown message ${m.type.slice(0, 40)}` };
  const type = m.type as ContentMessage;
  const problem = contentChecks[type](m.data);
  if (problem) return { ok: false, reason: `invalid ${type}: ${problem}` };
  return { ok: true, type, data: m.data };
}

/**
 * Registers the content script's handlers behind sender checks and validation. `accepts` lets a frame stay silent
 * on commands another frame of the tab answers (no reply at all, so the other frame's reply is the one delivered).
 */
export function registerContentHandlers(
  handlers: ContentHandlers,
  accepts: (type: ContentMessage) => boolean = () => true,
) {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if ((message as { event?: unknown } | null)?.event !== undefined) return undefined;
    const checked = checkContentMessage(message, sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!checked.ok || !accepts(checked.type)) return undefined;
    return runHandler(handlers[checked.type], checked.data, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  return listener;
}
