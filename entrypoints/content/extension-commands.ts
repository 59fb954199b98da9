// The page's answers to the extension's commands (lib/messaging.ts ContentProtocol): hand over the page for
// extraction, show a passage, highlight the selection, re-read the notes, confirm or drop a placement, report.
import { browser } from 'wxt/browser';
import { shownMarkup, type AnchorMethod } from '../../core/anchoring';
import type { Selector } from '../../core/types';
import { registerContentHandlers } from '../../lib/content-messages';
import { loadedAddress } from '../../lib/loaded-address';
import { newAnnotationId } from './annotation-id';
import { currentKey } from './article-identity';
import { HIDDEN_FRAME } from './frame-sight';
import { fail, highlightSelection, readersMade } from './highlight-actions';
import { detect, detectedOnce } from './page-detection';
import { anchorReport, confirmPlacement, dropPlacement } from './placements';
import { routeOf } from './route-watch';
import { recordedRange } from './same-range';
import { anchorOnPage, type PageSession } from './session-state';
import { showRange } from './show-range';
import { isTopFrame } from './top-frame';

/** Pages larger than this are cut when handed to the extension for extraction. */
const MAX_SNAPSHOT_CHARS = 5_000_000;

/** Whether `view`'s address is no longer the one its document loaded at (a single-page site's route change). */
function isRouted(view: Window): boolean {
  const loaded = loadedAddress(view);
  return !!loaded && routeOf(loaded) !== routeOf(view.location.href);
}

/** One extension message in, its answer out (undefined when this frame does not answer it). */
export type CommandListener = ReturnType<typeof registerContentHandlers>;

/** Why a context-menu highlight was refused. */
const SWAPPED_SELECTION =
  'the selection changed after the menu was opened, so nothing was saved: select the passage again.';
/** Why a shortcut or menu highlight was refused: the page moved its address since the reader selected. */
const MOVED_WHILE_SAVING =
  'the page changed its address after you selected, so nothing was saved: select the passage again.';
/** Why a shortcut or menu highlight was refused: the selection is not the one the reader made. */
const NOT_READERS_SELECTION =
  'the selection is not the one you made (the page changed it), so nothing was saved: select the passage again.';
/**
 * Why a shortcut or menu highlight was refused: the page rewrote itself (`document.open()`) after Lede listened, so its
 * own listeners may run before Lede's and nothing Lede reads of a gesture is sure to be the reader's (input-hub.ts).
 */
const REWRITTEN =
  'this page rewrote itself after it loaded, so Lede cannot tell your selection from one the page made, and nothing was saved: reload the page to highlight.';

/**
 * The selection now is the one the reader's own last gesture made (`PageSession.readerSelection`), or no gesture was
 * seen (the selection was made before Lede listened). A page that swaps it as the reader presses the shortcut or
 * opens the menu fails this (red team 30, K1 and K4).
 */
function isReadersSelection(s: PageSession, selection: Selection | null): boolean {
  if (s.handoff.input?.erased) return false;
  const made = s.readerSelection;
  // No gesture recorded: the reader selected before Lede listened, unless a press has been heard since (press-record.ts).
  if (made === null) return !s.handoff.press.heard;
  if (made === 'none' || !selection || selection.rangeCount === 0) return false;
  const now = recordedRange(selection, made.range);
  if (!now) return false;
  // The same start and the same words (white space aside: a selection cut back to the menu's words may end before a
  // space the reader's drag took).
  const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
  return (
    now.startContainer === made.range.startContainer &&
    now.startOffset === made.range.startOffset &&
    squash(selection.toString()) === squash(made.text)
  );
}

/**
 * The menu's text and the selection now hold the same words. White space is left out (the browser reports the
 * menu's text with its own spacing), and the menu's text may be a shortened start of the selection.
 */
function sameWords(selection: string, menuText: string): boolean {
  const a = selection.replace(/\s+/g, '');
  const b = menuText.replace(/\s+/g, '');
  return b.length > 0 && a.startsWith(b);
}

/**
 * Where the selection holds more words than the menu was opened on, it ends where the menu's words end: the menu's
 * text is what the reader chose, and a page that stretched the selection while the menu was open (red team 25) gets
 * none of its words saved. A browser that shortened a long selection's menu text gets the reader a shorter highlight,
 * never a longer one. Words a page hides (no box) are not counted, as the selection's text leaves them out.
 */
function endAtMenuWords(selection: Selection, menuText: string): void {
  const want = menuText.replace(/\s+/g, '').length;
  if (!selection.rangeCount || selection.toString().replace(/\s+/g, '').length <= want) return;
  const range = selection.getRangeAt(0);
  const doc = range.startContainer.ownerDocument;
  if (!doc) return;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(n) || !n.parentElement?.getClientRects().length) continue;
    const from = n === range.startContainer ? range.startOffset : 0;
    const to = n === range.endContainer ? range.endOffset : n.data.length;
    for (let i = from; i < to; i++) {
      if (/\s/.test(n.data[i]!)) continue;
      if (++seen === want) {
        const cut = range.cloneRange();
        cut.setEnd(n, i + 1);
        selection.removeAllRanges();
        selection.addRange(cut);
        return;
      }
    }
  }
}

/** Answers the extension's commands until the session ends; returns the listener, for the bootstrap to call. */
export function answerExtension(s: PageSession): CommandListener {
  const { doc, view } = s;
  const isTop = isTopFrame(view);
  // A snapshot left out words the page changed since the reader's last input (away-changes.ts): at the reader's next
  // input on the page, the page side tells the extension again (detection), so an open sidebar reads the page anew
  // and lists what is still shown then (an honest live post added while the reader was in the sidebar).
  let readWhileAway = false;
  const back = (e: Event) => {
    if (!readWhileAway || !e.isTrusted) return;
    readWhileAway = false;
    void detect(s);
  };
  for (const type of ['mousemove', 'keydown', 'pointerdown'])
    if (s.handoff.input) s.life.listen(s.handoff.input, type, back);
  const listener = registerContentHandlers(
    {
      async collectPage() {
        // What extraction reads and the reading copy keeps: the words the reader sees, not words hidden among them.
        // Closed parts (a "read more" remainder) stay in, marked with a value the page cannot guess: the reading
        // copy keeps them, key facts leave them out until the reader opens them.
        const closedMark = newAnnotationId().slice('urn:uuid:'.length);
        // Words the page changed since the reader's last input on it are marked closed too (red team 44, item 3).
        const away = s.handoff.away;
        away?.flush();
        const html = shownMarkup(doc, closedMark, away);
        if (away && (away.overflow || away.added.size > 0 || away.rewritten.size > 0 || away.shown.size > 0))
          readWhileAway = true;
        void detectedOnce(s);
        const loaded = loadedAddress(view);
        return {
          ok: true,
          url: view.location.href,
          articleKey: currentKey(s),
          html: html.length > MAX_SNAPSHOT_CHARS ? html.slice(0, MAX_SNAPSHOT_CHARS) : html,
          truncated: html.length > MAX_SNAPSHOT_CHARS,
          closedMark,
          routed: isRouted(view),
          ...(loaded ? { loadedAt: loaded } : {}),
        };
      },
      async showPassage({ selectors }) {
        const found = locate(s, selectors);
        if (!found) return { ok: true, found: false };
        const { range, changed } = found;
        // Smooth scrolling is for a reader watching who has not asked for reduced motion; a hidden tab would be
        // left half-way. Only boxes that hold the whole passage are scrolled (show-range.ts, red team 62).
        const smooth =
          doc.visibilityState === 'visible' && !view.matchMedia('(prefers-reduced-motion: reduce)').matches;
        showRange(range, view, smooth ? 'smooth' : 'auto');
        s.surface.painter().flash(range);
        return { ok: true, found: true, changed };
      },
      async findPassage({ selectors }) {
        // The page's words, not a highlight painted earlier on a fuzzy match of them: anchored afresh.
        const anchored = anchorOnPage(s.text, doc, [selectors])[0];
        return { ok: true, found: !!anchored, changed: !!anchored && !isWordForWord(anchored.method) };
      },
      async highlightSelection({ color, menuText }) {
        // Of several ranges (Firefox), the reader's only: a page's own range added beside it is dropped (red team 32).
        recordedRange(view.getSelection(), readersMade(s));
        // The context menu was opened on `menuText`; a page that swapped the selection since (on `contextmenu`, or
        // while the menu was open) gets nothing saved, and the reader is told.
        if (menuText !== undefined && !sameWords(view.getSelection()?.toString() ?? '', menuText)) {
          fail(s, SWAPPED_SELECTION);
          return { ok: false, reason: SWAPPED_SELECTION };
        }
        const selection = view.getSelection();
        // A selection the page stretched while the menu was open ends where the menu's words end (red team 25); then it
        // must be the reader's own.
        if (menuText !== undefined && selection) endAtMenuWords(selection, menuText);
        if (selection && !selection.isCollapsed && !isReadersSelection(s, selection)) {
          const reason = s.handoff.input?.erased ? REWRITTEN : NOT_READERS_SELECTION;
          fail(s, reason);
          return { ok: false, reason };
        }
        // The page moved its address (a route) since the reader selected: the note would be filed under the page's
        // choice (red team 31, H3 and H4).
        const made = s.readerSelection;
        if (made && made !== 'none' && routeOf(made.href) !== routeOf(view.location.href)) {
          fail(s, MOVED_WHILE_SAVING);
          return { ok: false, reason: MOVED_WHILE_SAVING };
        }
        return { ok: true, id: await highlightSelection(s, color ?? s.settings.defaultColor) };
      },
      async tellFrameUnseen() {
        s.surface.widgets().toast(HIDDEN_FRAME, undefined, 'error');
        return { ok: true };
      },
      async refreshAnnotations() {
        await detect(s);
        return { ok: true };
      },
      async confirmPlacement({ id, words }) {
        return confirmPlacement(s, id, words);
      },
      async dropPlacement({ id }) {
        return dropPlacement(s, id);
      },
      async getAnchorReport() {
        return { ok: true, report: anchorReport(s) };
      },
      async editorEvent(event) {
        return s.surface.editor?.handle(event) ?? { ok: false, reason: 'no editor is open' };
      },
    },
    (type) => {
      // Every frame hears each command; only the frame holding the selection takes a highlight command, only the
      // frame with an open note editor an editor's event (another frame's "no editor" could be the first answer, and
      // the first answer wins), and only the top frame speaks for the page otherwise.
      // A sub-frame answers only while its selection is still the one a gesture of the reader's made there (boot.ts,
      // `readersHere`): an embed that re-selected its own words after the reader once dragged in it answered the
      // shortcut meant for the top page's passage, and its refusal was the reply the reader got (red team 38, F3).
      if (type === 'highlightSelection') {
        const selection = view.getSelection();
        if (!selection || selection.isCollapsed) return false;
        return isTop || (readersMade(s) !== null && isReadersSelection(s, selection));
      }
      if (type === 'editorEvent') return !!s.surface.editor?.isOpen;
      return isTop || type === 'refreshAnnotations';
    },
  );
  s.life.onEnded(() => browser.runtime.onMessage.removeListener(listener));
  return listener;
}

/** A place found by its position or its exact quote holds the selector's words; a fuzzy or bare position does not. */
function isWordForWord(method: AnchorMethod): boolean {
  return method === 'quote' || method === 'position';
}

/**
 * Where the passage is on the page now, and whether its words there differ from the selector's (found, but not word
 * for word: the article was edited, or the page rewrote them); null when it is not on the page.
 */
function locate(s: PageSession, selectors: Selector[]): { range: Range; changed: boolean } | null {
  const placed = placedRangeFor(s, selectors);
  if (placed) return { range: placed, changed: false };
  const anchored = anchorOnPage(s.text, s.doc, [selectors])[0];
  return anchored ? { range: anchored.range, changed: !isWordForWord(anchored.method) } : null;
}

/** A passage already painted for one of the reader's highlights, found by its quote. */
function placedRangeFor({ hl }: PageSession, selectors: Selector[]): Range | undefined {
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!quote) return undefined;
  for (const [id, range] of hl.placed) {
    if (hl.annotations.get(id)?.target.selector[0].exact === quote.exact) return range;
  }
  return undefined;
}
