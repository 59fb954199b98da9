// The reader's own gestures on the page (trusted events only): a selection offers the toolbar, colour keys and
// Tab act on it, Alt+Shift+N opens the nearest note, a click on a highlight opens its editor, hovering shows its note.
import type { ColorId } from '../../core/types';
import { isTooLargeToJudge } from '../../core/article/page-checks';
import { currentKey, pageSummary } from './article-identity';
import { type Touched, touchedIn } from './press-watch';
import type { PressAnchor } from './press-record';
import { isColourKey, SELECTING_KEY } from './handoff';
import { highlightSelection, openEditor, tellUnseen, type Offered } from './highlight-actions';
import { nearestHighlight } from './nearest-highlight';
import { isPlacedOnChangedWords } from './placements';
import { t } from '../../lib/i18n';
import { detectedOnce } from './page-detection';
import { isQuietSite, type PageSession } from './session-state';
import { routeOf } from './route-watch';
import { allowSelecting, draggedRange, rememberSelectSite, stoppedDrag } from './selection-allow';
import { loadSettings } from '../../lib/settings';
import { onLedeUi } from './ui-relay';
import { readersRange, recordedRange, sameRange } from './same-range';

/** The least time between two hover look-ups, in ms. */
const HOVER_EVERY_MS = 80;

/** How far (CSS px, up or down) a selection may end from the pointer that ended it and still be the reader's. */
const NEAR_POINTER_PX = 48;
/** A drag to a text's end may be let go in the space below its last line (red team 31, R8). */
const BELOW_TEXT_PX = 120;

/** Where the reader's mouse button came up, in the viewport. */
export interface Pointer {
  x: number;
  y: number;
}

/**
 * A selection the reader's own mouse gesture made touches the pointer that ended it: a drag ends at the pointer, a
 * double or triple click selects the word or paragraph under it. A page that answers the reader's click elsewhere by
 * selecting a passage of its own fails this, so its passage is never offered.
 */
function endsAtPointer(rects: DOMRectList, at: Pointer): boolean {
  for (const r of rects) {
    if (at.y >= r.top - NEAR_POINTER_PX && at.y <= r.bottom + NEAR_POINTER_PX) return true;
  }
  return false;
}

/**
 * Whether a mouse gesture that ended at `at` made `range`: the caret under the pointer stands in the range (a drag
 * ends there, a double or triple click selects around it, a release past a line's end or below the text finds the
 * line's end), or the range's boxes are near the pointer both ways. A page that selected a passage of its own at the
 * pointer's height, away from it, fails this (red team 31, K3).
 */
function madeAtPointer(range: Range, rects: DOMRectList, at: Pointer, doc: Document): boolean {
  const caret = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null }).caretRangeFromPoint?.(
    at.x,
    at.y,
  );
  try {
    if (caret && range.isPointInRange(caret.startContainer, caret.startOffset)) return true;
  } catch {
    // A caret in another tree (a shadow root): judged by the boxes below.
  }
  for (const r of rects)
    if (
      at.y >= r.top - NEAR_POINTER_PX &&
      at.y <= r.bottom + BELOW_TEXT_PX &&
      at.x >= r.left - NEAR_POINTER_PX &&
      at.x <= r.right + NEAR_POINTER_PX
    )
      return true;
  return false;
}

/**
 * A mouse gesture's selection holds the point it began at: a drag starts at the caret under the press, a double or
 * triple click selects around it, a Shift+click extends to it. The caret is read as the press comes, before any
 * listener of the page's, from the point itself: a page that swapped in a label of its own under the release point,
 * at `pointerup` (before Lede's mouseup) or from a listener that ran first after `document.open()` erased Lede's, or
 * that cancelled the press and drew the drag itself, had the label recorded as the reader's (red teams 34 and 35).
 * Only white space may stand between that point and the selection's nearer end. No press seen (the gesture began
 * before Lede listened): nothing to check.
 */
function beganIn(range: Range, anchor: PressAnchor | null | undefined): boolean {
  if (!anchor) return true;
  // The pressed node taken out of the document, or into another tree, by the release: the page rewrote what the
  // reader pressed, and a label it then selected was saved as theirs (red team 38, P1). Not the reader's selection.
  if (anchor.moved) return false;
  const sameTree = anchor.node.getRootNode() === range.startContainer.getRootNode();
  // A caret and a selection in different trees (one inside a shadow root): each is compared by where it stands in
  // the document tree, the caret by its host, the selection by the host holding it.
  const at = sameTree ? anchor : inDocumentTree(anchor.node, anchor.offset);
  const within = sameTree ? range : hostRange(range);
  if (!at || !within) return false;
  try {
    if (within.isPointInRange(at.node, at.offset)) return true;
    // The press's caret and the selection's end may name one place two ways (the end of the space before a word's
    // element, the word's first letter): only white space between them.
    const between = within.cloneRange();
    if (within.comparePoint(at.node, at.offset) < 0) {
      between.setStart(at.node, at.offset);
      between.setEnd(within.startContainer, within.startOffset);
    } else {
      between.setStart(within.endContainer, within.endOffset);
      between.setEnd(at.node, at.offset);
    }
    return !between.toString().trim();
  } catch {
    // Still not comparable (a node gone since): not shown to be the reader's, so not taken.
    return false;
  }
}

/** A point inside shadow trees, as the document tree sees it: just before its outermost host. Null when detached. */
function inDocumentTree(node: Node, offset: number): { node: Node; offset: number } | null {
  let at: Node = node;
  let off = offset;
  for (let root = at.getRootNode(); root !== at.ownerDocument; root = at.getRootNode()) {
    const host = (root as ShadowRoot).host as Node | undefined;
    if (!host?.parentNode) return null;
    off = Array.prototype.indexOf.call(host.parentNode.childNodes, host);
    at = host.parentNode;
  }
  return { node: at, offset: off };
}

/** A range as the document tree sees it: itself, or one around the outermost host of the shadow tree it lies in. */
function hostRange(range: Range): Range | null {
  let host: Node = range.commonAncestorContainer;
  const doc = host.ownerDocument;
  if (!doc) return null;
  for (let root = host.getRootNode(); root !== doc; root = host.getRootNode()) {
    const next = (root as ShadowRoot).host as Node | undefined;
    if (!next) return null;
    host = next;
  }
  if (host === range.commonAncestorContainer) return range;
  const around = doc.createRange();
  around.selectNode(host);
  return around;
}

/** A selection's text with its white space runs made one space, for comparing two readings of it. */
const squashed = (t: string): string => t.replace(/\s+/g, ' ').trim();

/** A selection's two ends, as they stood when the reader pressed Shift. */
type SelectionEnds = { anchor: Node | null; anchorOffset: number; focus: Node | null; focusOffset: number };

/**
 * What every range a mouse gesture of the reader's made passes: it was made at the pointer and holds the press's
 * caret, over nothing the page changed while the button was down (`touched`).
 */
function heldByGesture(s: PageSession, range: Range, at: Pointer, touched: readonly Touched[] | undefined): boolean {
  return (
    madeAtPointer(range, range.getClientRects(), at, s.doc) &&
    beganIn(range, s.handoff.press.anchor) &&
    !touchedIn(range, touched, (n) => s.surface.contains(n))
  );
}

export class ReaderInput {
  /**
   * The selection the toolbar was offered for, and its words then: a key press acts on it only if the page has not
   * swapped it, nor rewritten its words, since.
   */
  private offered: Offered | null = null;
  private lastHover = 0;
  /** The selection's ends when the reader pressed Shift: a selection the keyboard extended keeps its anchor. */
  private atShift: SelectionEnds | null = null;
  /** The first selection is being checked (selectionEnded), and a colour key pressed meanwhile. */
  private checking = false;
  private pendingKey: string | undefined;
  /**
   * Mouse gestures ended whose toolbar is not offered yet (their offer waits a task, so the page's listeners hear the
   * mouseup first). A key is input and Chromium runs input before timers: a colour key pressed at once after a triple
   * click came while the double click's word was still the offered range, and the paragraph selected was refused
   * without a word (CI, wave 33). Such a key waits for the offer, as one pressed during the first check does.
   */
  private offersDue = 0;
  /** Whether the page has more elements than the article check reads (asked once, when it first says no). */
  private tooLarge: boolean | undefined;
  /** A selecting key pressed with Shift, until its keyup. */
  private shiftedKey: string | null = null;
  /** When the reader last typed a character on the page (see onKeyDown): a Ctrl+Z after it is the typing's. */
  private typedAt = Number.NEGATIVE_INFINITY;
  /** The reader's last selection was made in a sub-frame they were not reported to see: no toolbar was offered. */
  private unseen = false;

  /** Listens to the reader on the session's document for as long as the session lives. */
  constructor(private readonly s: PageSession) {
    const { doc, life, surface } = s;
    // What the bootstrap read as the reader's gesture ended, before this script loaded (boot.ts).
    const g = s.handoff.gesture;
    if (g === 'none') s.readerSelection = 'none';
    else if (g) {
      const rects = g.range.getClientRects();
      s.readerSelection =
        !g.at || (madeAtPointer(g.range, rects, g.at, doc) && beganIn(g.range, g.anchor))
          ? { range: g.range, text: g.text, href: g.href }
          : 'none';
    }
    // Heard on window's capture phase before the page's own listeners (input-hub.ts), so a page cannot swallow them.
    const input = s.handoff.input ?? doc;
    life.listen<MouseEvent>(input, 'mouseup', (e) => {
      const at = { x: e.clientX, y: e.clientY };
      // The address now, before the page's own listeners hear the gesture and can move it.
      const href = s.view.location.href;
      // (A press on Lede's own toolbar or toast selects nothing of the reader's.)
      const own = surface.contains(e.composedPath()[0] as Node);
      if (!e.isTrusted) return;
      // What the gesture selected, read now, before any listener of the page's hears the mouseup and can move it.
      // A right-click selects nothing (the context menu's own command is checked against this record: red team
      // 31, H4).
      // What the page changed since the press: the bootstrap's record, which heard a press made before this script
      // loaded too (press-record.ts).
      const touched = e.button === 0 ? s.handoff.press.released() : undefined;
      if (!own && e.button !== 2) this.recordReaders(at, false, touched);
      this.offersDue++;
      life.setTimeout(() => {
        this.offersDue--;
        this.onSelectionEnd(at, href, false);
        // A colour key held for this offer (onKeyDown), unless the first check holds it still (selectionEnded).
        if (this.offersDue > 0 || this.checking || this.pendingKey === undefined) return;
        const color = this.colourOf(this.pendingKey);
        this.pendingKey = undefined;
        if (color) void highlightSelection(s, color, undefined, this.offered);
      }, 0);
    });
    life.listen<KeyboardEvent>(input, 'keyup', (e) => {
      // Ctrl+A (Cmd+A) selects the page: the reader's own selection, as a drag's.
      if (e.isTrusted && (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a') {
        // Recorded, then offered as a drag's is (red team 34: the toolbar never came for a Ctrl+A once Lede had
        // loaded on the page).
        if (!surface.contains(e.composedPath()[0] as Node)) {
          this.recordReaders(undefined, true);
          this.onSelectionEnd(undefined, s.view.location.href, false);
        }
      }
      // A key that went down with Shift extends the selection, even where Shift was let go before it (red team 31, R5).
      const shifted = e.shiftKey || this.shiftedKey === e.key;
      if (this.shiftedKey === e.key) this.shiftedKey = null;
      if (!e.isTrusted || !shifted || !SELECTING_KEY.test(e.key) || surface.contains(e.composedPath()[0] as Node))
        return;
      if (this.keyboardMoved()) this.onSelectionEnd(undefined, s.view.location.href);
      else s.surface.shownWidgets?.hideToolbar();
    });
    life.listen<KeyboardEvent>(input, 'keydown', (e) => this.onKeyDown(e), { capture: true });
    life.listen<MouseEvent>(input, 'click', (e) => this.onClick(e));
    life.listen<MouseEvent>(input, 'mousemove', (e) => this.onMouseMove(e), { passive: true });
  }

  /**
   * The reader's drag that ended at `at` selected nothing: where the page stopped it (selection-allow.ts), on a page
   * where the toolbar would be offered (an article, or one with notes), say so and offer to let selecting work here.
   */
  async dragSelectedNothing(at: Pointer): Promise<void> {
    const { s } = this;
    if (s.handoff.guard.keep) return this.selectDragged(at);
    if (!stoppedDrag(s.doc, at, s.handoff.press, s.handoff.guard)) return;
    if (isQuietSite(s) || (s.sight && !s.sight.isSeen)) return;
    await detectedOnce(s);
    if (!this.offersToolbar()) return;
    const widgets = s.surface.widgets();
    const host = s.view.location.hostname;
    // A site the reader already let select (the settings may have come after this page's first drag): at once.
    if ((await loadSettings().catch(() => s.settings)).selectSites.includes(host)) {
      allowSelecting(s);
      widgets.toast(t('selectionAllowed'));
      return;
    }
    widgets.toast(t('selectionBlocked'), {
      label: t('allowSelecting'),
      notUndo: true,
      run: () => {
        allowSelecting(s);
        widgets.toast(t('selectionAllowed'));
        // Remembered for the site, so its next pages let the reader select from their start (the library lists it).
        void rememberSelectSite(host).catch((err) => widgets.toast(t('saveFailed', String(err)), undefined, 'error'));
      },
    });
  }

  /**
   * On a page the reader let select, their drag that still left nothing selected (the page empties the selection on a
   * timer, which no listener of Lede's can keep from it): Lede selects the words dragged over, from the press's caret
   * to the release's, records them as the reader's and offers the toolbar; a key or a click on it acts on them even
   * after the page empties the selection again (highlightSelection).
   */
  private selectDragged(at: Pointer): void {
    const { s } = this;
    const { press } = s.handoff;
    const range = draggedRange(press);
    const selection = s.view.getSelection();
    if (!range || !selection || s.surface.contains(range.commonAncestorContainer)) return;
    // The checks a selection the reader's drag made passes (recordReaders), from a press the page did not cancel.
    if (s.handoff.input?.erased || press.cancelled || !heldByGesture(s, range, at, press.changed)) return;
    selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
    s.readerSelection = { range: range.cloneRange(), text: selection.toString(), href: s.view.location.href };
    this.onSelectionEnd(at, s.view.location.href, false);
  }

  /** The reader's selection ended: detect the page (once) and offer the toolbar; `key` is a colour key pressed. */
  async selectionEnded(key?: string, at?: Pointer, href?: string): Promise<void> {
    const { s } = this;
    // A colour key pressed while the page is first checked (the article check and the background's answer take a
    // moment after this script has loaded) is the reader's too: kept, as the bootstrap keeps one pressed while this
    // script loads. Before, it fell between the two and the highlight was not made.
    this.pendingKey = key;
    this.checking = true;
    try {
      // A sub-frame whose page side has just started: its first reading says whether the reader sees it. One they
      // do not see is not reported either: its article would be recorded in the library as one they read.
      if (s.sight) await s.sight.firstReading();
      if (!isQuietSite(s) && (!s.sight || this.seesSelection())) await detectedOnce(s);
    } finally {
      this.checking = false;
    }
    key = this.pendingKey;
    this.pendingKey = undefined;
    // The bootstrap read the gesture's selection as it ended (the constructor took it); read now, a page's listener
    // may have moved it since.
    this.onSelectionEnd(at, href, !s.handoff.gesture);
    const color = this.colourOf(key);
    if (color) void highlightSelection(s, color, undefined, this.offered);
    else if (key && this.unseen) tellUnseen(s);
  }

  /** The colour of a colour key, where the toolbar is offered for it to act on. */
  private colourOf(key: string | undefined): ColorId | undefined {
    const { s } = this;
    return key && s.surface.shownWidgets?.isToolbarOpen ? s.settings.colors[Number(key) - 1]?.id : undefined;
  }

  /** In a sub-frame: the reader sees the frame and the passage selected in it (frame-sight.ts). */
  private seesSelection(): boolean {
    const { s } = this;
    const selection = s.view.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    return !!s.sight && (range ? s.sight.sees(range, s.view) : s.sight.isSeen);
  }

  /**
   * Keeps what the reader's gesture left selected (`PageSession.readerSelection`): the selection when it is theirs (it
   * ends at the pointer of a mouse gesture), else 'none'. A selection inside Lede's own UI changes nothing.
   */
  private recordReaders(at?: Pointer, all = false, touched?: readonly Touched[]): void {
    const { s } = this;
    const selection = s.view.getSelection();
    const { press } = s.handoff;
    const { cancelled } = press;
    // A range this mouse gesture made: at its pointer, holding its press, the selection it had as the button came up
    // (before the page heard the release; its words too, for one range), over nothing the page changed meanwhile.
    const words = selection?.rangeCount === 1 ? selection.toString() : undefined;
    const byGesture = (r: Range, pointer: Pointer): boolean =>
      heldByGesture(s, r, pointer, touched) && press.sameAsReleased(r, words);
    // Of several ranges (Firefox), the one this gesture made; a key or Ctrl+A makes one range.
    const one = readersRange(selection, (r) => !!at && byGesture(r, at));
    const range = one && !selection!.isCollapsed ? one : null;
    if (range && s.surface.contains(range.commonAncestorContainer)) return;
    const made = s.readerSelection;
    // A click that leaves the selection as it was (a button of the page's, Share, Listen) changes nothing (red team
    // 31, R6).
    if (range && made && made !== 'none' && sameRange(range, made.range) && selection!.toString() === made.text) return;
    const rects = range?.getClientRects();
    const text = selection?.toString() ?? '';
    const theirs =
      !s.handoff.input?.erased &&
      !!range &&
      !!rects &&
      !!text.trim() &&
      (!at || (byGesture(range, at) && !cancelled)) &&
      // Ctrl+A selects the whole page (or the field): not one passage of the page's choosing (red team 31, K5).
      (!all || text.length >= 0.5 * (s.doc.body?.textContent?.trim().length ?? 0));
    s.readerSelection = theirs
      ? { range: range!.cloneRange(), text: selection!.toString(), href: s.view.location.href }
      : 'none';
  }

  /**
   * Since the reader pressed Shift, the selection kept its anchor and moved its focus: the keyboard extended it. A
   * selection a page put there beforehand, or swapped in while the reader typed, did neither.
   */
  private keyboardMoved(): boolean {
    const before = this.atShift;
    const sel = this.s.view.getSelection();
    if (!before || !sel) return !before; // Shift went down before this script was listening: the bootstrap's case
    if (sel.anchorNode !== before.anchor || sel.anchorOffset !== before.anchorOffset) return false;
    return sel.focusNode !== before.focus || sel.focusOffset !== before.focusOffset;
  }

  private offersToolbar(): boolean {
    const { s } = this;
    if (isQuietSite(s)) return false;
    if (pageSummary(s).isArticle || s.hl.annotations.size > 0) return true;
    // A page padded past what the article check reads (60,000 elements: a page can add hidden empty ones to switch
    // the toolbar off) was not judged: its selection is offered as an article's is.
    return (this.tooLarge ??= isTooLargeToJudge(s.doc));
  }

  /**
   * Offers the toolbar for the reader's selection; `at` is the pointer of the mouse gesture that ended it, `href` the
   * page's address when it ended.
   */
  private onSelectionEnd(at?: Pointer, href = this.s.view.location.href, record = true): void {
    const { s } = this;
    this.unseen = false;
    const selection = s.view.getSelection();
    // Read after the page's listeners heard the gesture: of several ranges (Firefox), only the one recorded as the
    // reader's at the gesture's end (recordReaders) is offered (red team 32, A4b).
    const made = s.readerSelection;
    const one = recordedRange(selection, made && made !== 'none' ? made.range : null);
    const range = one && !selection!.isCollapsed ? one : null;
    const rects = range?.getClientRects();
    // A mouse gesture already recorded as it ended (`record` false: on its capture phase, or by the bootstrap): only
    // that selection is offered. A page that swapped in a label of its own, moved under the pointer, as the gesture
    // ended had it offered and saved by key 1, in both browsers (red team 33, C1).
    const asRecorded =
      record ||
      made === null ||
      (made !== 'none' &&
        !!range &&
        sameRange(range, made.range) &&
        squashed(selection!.toString()) === squashed(made.text));
    // (The recorded selection passed the fuller pointer check as it was recorded: a drag released in the blank space
    // below the text, which the level check refused, is offered too; red team 34.)
    const recorded = !record && made !== null && made !== 'none';
    const theirs =
      asRecorded &&
      !!range &&
      !!rects &&
      !!selection?.toString().trim() &&
      (!at || recorded || endsAtPointer(rects, at));
    if (record) this.recordReaders(at);
    if (!this.offersToolbar()) return;
    if (!range || !rects || !selection || !theirs) {
      s.surface.shownWidgets?.hideToolbar();
      // A drag refused because the page changed something inside it while the button was down (press-watch.ts): told,
      // or the reader is left wondering why no toolbar came and key 1 did nothing (red team 44).
      if (
        at &&
        range &&
        s.readerSelection === 'none' &&
        touchedIn(range, s.handoff.press.changed, (n) => s.surface.contains(n))
      )
        s.surface.widgets().toast(t('changedWhileSelecting'), undefined, 'error');
      return;
    }
    if (s.surface.contains(range.commonAncestorContainer)) return;
    // A sub-frame the reader is not reported to see (frame-sight.ts): no toolbar; a colour key is told why.
    this.unseen = !!s.sight && !s.sight.sees(range, s.view);
    if (this.unseen) {
      s.surface.shownWidgets?.hideToolbar();
      this.offered = null;
      return;
    }
    const rect = rects[0] ?? range.getBoundingClientRect();
    // The article the passage was selected in: where the page moved its address since the gesture ended, none, so
    // that no key or click files it under the page's choice. A query or fragment the page changes while the
    // article stays the same (its canonical address) changes nothing.
    const key = routeOf(href) === routeOf(s.view.location.href) ? currentKey(s) : null;
    this.offered = { range: range.cloneRange(), text: selection.toString(), words: range.toString(), key };
    s.surface.widgets().showToolbar(rect, s.settings.colors, {
      pick: (color) => void highlightSelection(s, color, undefined, this.offered),
      note: () => void highlightSelection(s, s.settings.defaultColor, 'note', this.offered),
      tag: () => void highlightSelection(s, s.settings.defaultColor, 'tags', this.offered),
      help: (from) => s.surface.shortcuts.open(from),
    });
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (!e.isTrusted) return; // only the reader's own keys act; a page's synthetic ones are ignored
    // A key that types (a character without Ctrl or Meta, Backspace, Delete, Enter): a Ctrl+Z after typing that
    // came after Lede's last undoable action undoes the typing, wherever the page has moved the focus since (red
    // team 31, Z1). Lede's own colour keys do not count.
    if (
      (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !isColourKey(e)) ||
      /^(?:Backspace|Delete|Enter)$/.test(e.key)
    )
      this.typedAt = performance.now();
    if (e.key === 'Shift' && !e.repeat) {
      const sel = this.s.view.getSelection();
      this.atShift = sel
        ? { anchor: sel.anchorNode, anchorOffset: sel.anchorOffset, focus: sel.focusNode, focusOffset: sel.focusOffset }
        : null;
    }
    if (e.shiftKey && SELECTING_KEY.test(e.key)) this.shiftedKey = e.key;
    if (this.readerKey(e)) return;
    const { s } = this;
    if ((this.checking || this.offersDue > 0) && isColourKey(e)) {
      this.pendingKey ??= e.key;
      return;
    }
    const widgets = s.surface.shownWidgets;
    if (widgets?.isToolbarOpen && isColourKey(e)) {
      const color = s.settings.colors[Number(e.key) - 1]?.id;
      if (color) {
        // A digit has nothing to do outside a field, so the page hears it as it would with no Lede (a page that saw
        // it marked as handled learnt the reader had just highlighted its selection). In a field (an editable
        // article) it would type over the selection: there it is kept from the field.
        if (isEditing(s.doc)) e.preventDefault();
        void highlightSelection(s, color, undefined, this.offered);
      }
    } else if (this.unseen && isColourKey(e) && !s.view.getSelection()?.isCollapsed) {
      tellUnseen(s);
    } else if (e.key === 'Escape') {
      widgets?.hideToolbar();
      // Through the editor's frame once it is ready, so the words typed are dismissed with it (editor-frame.ts).
      s.surface.editor?.escape();
    } else if (
      e.key === 'z' &&
      (e.ctrlKey || e.metaKey) &&
      !e.shiftKey &&
      this.typedAt < (widgets?.undoOfferedAt ?? 0) &&
      focusIsFree(s.doc, s.surface.host().host) &&
      widgets?.undo(true)
    ) {
      // The toast's own Undo: the reader's last action, whatever else was saved or deleted before it. Not while the
      // focus is in a field or another control of the page's: there Ctrl+Z is that field's own undo (red team 30,
      // K2: typing in a comment box and undoing it deleted the highlight just saved).
      e.preventDefault();
    }
  }

  /** The keyboard path: Tab into the toolbar, Alt+Shift+N for the nearest note, Alt+Shift+/ for the shortcuts. */
  private readerKey(e: KeyboardEvent): boolean {
    const { s } = this;
    const { shortcuts } = s.surface;
    /** Does `then`, and keeps the key from the page: Lede acted on it. */
    const act = (then: () => void): true => {
      then();
      e.preventDefault();
      e.stopPropagation();
      return true;
    };
    if (shortcuts.isOpen && e.key === 'Escape') return act(() => shortcuts.close());
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && !isQuietSite(s)) {
      if (e.code === 'Slash') return act(() => shortcuts.open(null));
      if (e.code !== 'KeyN' || s.hl.placed.size === 0) return false;
      const made = s.readerSelection;
      const at = recordedRange(s.view.getSelection(), made && made !== 'none' ? made.range : null);
      const id = nearestHighlight(
        s.hl.placed,
        at && !s.surface.contains(at.commonAncestorContainer) ? at : null,
        s.view,
      );
      // Heard by the page as with no Lede (not prevented, not stopped): a page that saw it handled learnt that the
      // reader had a note here (red team 25). The editor taking the focus is still seen (docs/reliability.md).
      if (id) openEditor(s, id);
      return !!id;
    }
    const widgets = s.surface.shownWidgets;
    if (
      e.key === 'Tab' &&
      !e.altKey &&
      !e.ctrlKey &&
      !e.metaKey &&
      widgets?.isToolbarOpen &&
      !widgets.toolbarHasFocus &&
      !shortcuts.isOpen
    ) {
      return widgets.focusToolbar() && act(() => undefined);
    }
    return false;
  }

  private onClick(e: MouseEvent): void {
    const { s } = this;
    if (!e.isTrusted) return;
    if (onLedeUi(e, s.surface.madeHost)) return;
    // A note's mark takes no pointer events (note-marks.ts): its click is the page's, taken here before the page
    // hears it (a link under the mark is not followed).
    const marked = s.surface.marks.hitTest(e.clientX, e.clientY);
    if (marked) {
      e.preventDefault();
      e.stopImmediatePropagation();
      openEditor(s, marked);
      return;
    }
    // A click inside the open editor's box lands on the page only through a cover the page laid over it: the editor
    // stays (editor-frame.ts coveredAt).
    if (s.surface.editor?.coveredAt(e)) {
      e.preventDefault();
      return;
    }
    s.surface.editor?.close();
    if (!s.view.getSelection()?.isCollapsed) return;
    const [id] = s.surface.usedPainter?.hitTest(e.clientX, e.clientY) ?? [];
    if (!id) return;
    // As a mark's: the click that opens a highlight's note is Lede's, kept from the page, which learnt from it where
    // the reader's highlights are (red team 25). Only a click that selects nothing: a drag that starts in a highlight
    // ends in a selection, and its click stays the page's. A click on a link or a control stays the page's too (the
    // link is followed, the page's own handler runs), as it was.
    if (!isControlAt(e)) e.stopImmediatePropagation();
    openEditor(s, id);
  }

  private onMouseMove(e: MouseEvent): void {
    const { s } = this;
    if (s.hl.placed.size === 0 || !e.isTrusted || e.timeStamp - this.lastHover < HOVER_EVERY_MS) return;
    this.lastHover = e.timeStamp;
    const [id] = s.surface.usedPainter?.hitTest(e.clientX, e.clientY) ?? [];
    const over = id ?? s.surface.marks.hitTest(e.clientX, e.clientY);
    const note = over ? s.hl.annotations.get(over)?.body.note : '';
    // Over an edited passage the tip says so first, note or not: the dashed line alone does not say why (red team 36).
    const changed = over && isPlacedOnChangedWords(s, over) ? t('anchorWordsChanged') : '';
    const tip = changed && note ? `${changed}\n\n${note}` : changed || note;
    if (tip) s.surface.widgets().showTip(e.clientX, e.clientY, tip);
    else s.surface.shownWidgets?.hideTip();
  }
}

/** Elements whose click does something of the page's own: a link, a form control, a disclosure, an editable area. */
const CONTROLS =
  'a[href], button, input, select, textarea, label, summary, [contenteditable]:not([contenteditable="false"])';

/** The click fell on a link or a control of the page. */
function isControlAt(e: MouseEvent): boolean {
  const at = e.target as Element | null;
  return typeof at?.closest === 'function' && at.closest(CONTROLS) !== null;
}

/**
 * Nothing of the page's has the focus: the document itself, or Lede's own host. A field, a control, a frame or a
 * custom element of the page's (whose closed shadow root may hold a field) each has its own Ctrl+Z.
 */
function focusIsFree(doc: Document, own: Element): boolean {
  const at = doc.activeElement;
  // A page that is all editable (`designMode`, an editable body) has its own Ctrl+Z everywhere (red team 31, Z2).
  if (doc.designMode === 'on' || (at as HTMLElement | null)?.isContentEditable) return false;
  return !at || at === doc.body || at === doc.documentElement || at === own;
}

/** The focus is in a field where a key types: an input, a text area, an editable element. */
function isEditing(doc: Document): boolean {
  const at = doc.activeElement as HTMLElement | null;
  return !!at && (at.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(at.nodeName));
}
