// What the reader does to highlights on the page: make one from the selection, save it, delete it with an Undo,
// open its note editor. Every save and delete goes to the background; a failure is told to the reader, never lost.
import { type DrawnApart, drawnApart } from '../../core/anchoring';
import type { Annotation, ColorId } from '../../core/types';
import { t } from '../../lib/i18n';
import { readDraft, writeDraft } from '../../lib/note-draft';
import type { NoteResume } from '../../lib/page-wake-key';
import { KeyHold } from './key-hold';
import { sendToBackground } from '../../lib/runtime-messages';
import { newAnnotationId } from './annotation-id';
import { currentKey } from './article-identity';
import { openKeyWell } from './key-well';
import { EditorFrame } from './editor-frame';
import { HIDDEN_FRAME } from './frame-sight';
import { detectedOnce } from './page-detection';
import { isPlacedOnChangedWords, keepPlaced, repaint, syncMarks } from './placements';
import { describeOnPage, isQuietSite, type PageSession } from './session-state';
import { recordedRange, sameRange } from './same-range';
import { shadowRootOf } from './shadow-root-of';

/** Tells the reader a save or delete failed, and why. */
export function fail(s: PageSession, reason: string): void {
  s.surface.widgets().toast(t('saveFailed', reason), undefined, 'error');
}

/**
 * In a sub-frame the reader is not reported to see (frame-sight.ts), tells them nothing was saved and returns true;
 * elsewhere returns false. Waits for the first reading of a frame whose page side has just started.
 */
export async function refusedUnseen(s: PageSession): Promise<boolean> {
  if (!s.sight) return false;
  await s.sight.firstReading();
  const range = recordedRange(s.view.getSelection(), readersMade(s));
  if (!range || s.sight.sees(range, s.view)) return false; // nothing selected: the caller says nothing was saved
  tellUnseen(s);
  return true;
}

/** The range of the reader's last gesture, where one was recorded. */
export function readersMade(s: PageSession): Range | null {
  const made = s.readerSelection;
  return made && made !== 'none' ? made.range : null;
}

/** Tells the reader that a passage of an unseen frame was not saved. */
export function tellUnseen(s: PageSession): void {
  s.surface.shownWidgets?.hideToolbar();
  s.surface.widgets().toast(HIDDEN_FRAME, undefined, 'error');
  // Where the reader looks: the frame's own toast is as hidden or covered as the frame.
  void sendToBackground('frameUnseen', {});
}

async function save(s: PageSession, annotation: Annotation, message?: string): Promise<boolean> {
  // A quiet site is never reported; a save there (or after a failed detection) is recorded by the background
  // from the tab alone. A detection that broke must not cost the reader the note.
  if (!isQuietSite(s)) await detectedOnce(s).catch(() => undefined);
  const reply = await sendToBackground('saveAnnotation', { annotation });
  if (!reply.ok) {
    fail(s, reply.reason);
    return false;
  }
  s.hl.annotations.set(annotation.id, annotation);
  if (message)
    s.surface.widgets().toast(message, { label: t('undo'), run: () => void remove(s, annotation.id, false) });
  keepPlaced(s);
  return true;
}

/** Unpaints a deleted highlight and tells screen readers. */
function forget(s: PageSession, id: string): void {
  s.hl.annotations.delete(id);
  s.hl.placed.delete(id);
  s.surface.usedPainter?.remove(id);
  syncMarks(s);
  s.surface.live.say(t('deleted'));
}

async function remove(s: PageSession, id: string, offerUndo: boolean): Promise<void> {
  const reply = await sendToBackground('deleteAnnotation', { id });
  if (!reply.ok) return fail(s, reply.reason);
  s.hl.lastDeleted = s.hl.annotations.get(id) ?? reply.annotation;
  forget(s, id);
  if (offerUndo) offerRestore(s);
}

function offerRestore(s: PageSession): void {
  const restore = s.hl.lastDeleted;
  if (restore)
    s.surface
      .widgets()
      .toast(t('deleted'), { label: t('undo'), run: () => void save(s, restore).then(() => repaint(s)) });
}

/** The selection the toolbar was offered for, and the words it showed then. */
export interface Offered {
  range: Range;
  text: string;
  /** The range's own text then (`range.toString()`), for when the page has emptied the selection since. */
  words: string;
  /**
   * The article the reader selected the passage in, as their gesture ended; null where the page had already moved
   * its address (history.replaceState) by then. A save under another article is refused.
   */
  key: string | null;
}

/** Told when the page changed its address between the reader's gesture and their key or click. */
export const MOVED_ADDRESS =
  'the page changed its address before you chose a colour, so nothing was saved: select the passage again.';

/** Told when the page rewrote the selected words between the reader's gesture and their key or click. */
export const CHANGED_PASSAGE =
  'the page changed the words you selected before you chose a colour, so nothing was saved: select the passage again.';

/** Told when the page draws words into the selected passage that its text does not have (stylesheet, field, SVG). */
export const DRAWN_WORDS =
  'the page draws words into this passage that are not in its text, so its quote would not say what you read: nothing was saved.';
/**
 * Told when a form field or an image's text shows words inside the selected passage: most often a long drag that ran
 * past the article into a search box or a sign-up form (Firefox extends a drag released beside the column to the end
 * of the page), sometimes a field laid between two words to show one the text does not have.
 */
export const FIELD_WORDS =
  'your selection runs over words the page draws from a form field, an image or its code rather than its text (a search box, a sign-up form), so its quote would not say what you read: nothing was saved. Select the passage without them.';
/**
 * Told when a formula (MathML) stands in the selected passage's running text: the text Lede stores leaves formulas
 * out, so the quote would read "the energy is  where" round a hole.
 */
export const FORMULA_WORDS =
  'your selection holds a formula, which Lede cannot store as words, so its quote would not say what you read: nothing was saved. Select the words before or after it.';
/** Told when the page shows part of the passage in an order its text does not have (a bidi override, flex order). */
export const REORDERED_TEXT =
  'the page shows part of this passage in an order its text does not have, so its quote would not say what you read: nothing was saved.';
/** Told when the page lays out letters inside the passage at no size, among words it draws (a font of its own). */
export const NO_SIZE_LETTERS =
  'the page hides letters inside this passage (its own font draws them at no size), so its quote would not say what you read: nothing was saved.';
/** What the reader is told for each way the passage is drawn apart from its text. */
const REFUSED_FOR = {
  'generated words': DRAWN_WORDS,
  'field words': FIELD_WORDS,
  formula: FORMULA_WORDS,
  'reordered text': REORDERED_TEXT,
  'letters at no size': NO_SIZE_LETTERS,
} satisfies Record<NonNullable<DrawnApart>, string>;

/**
 * Saves the current selection as a highlight; returns its id, or null when nothing is selected. With `expected`
 * (the toolbar's own selection), acts only when the selection is still that range with the same words: a page that
 * swaps the selection between the reader's gesture and key press gets nothing saved, and one that rewrites the words
 * inside it ("have found" → "have not found") gets nothing saved and the reader is told.
 */
export async function highlightSelection(
  s: PageSession,
  color: ColorId,
  then?: 'note' | 'tags',
  expected?: Offered | null,
): Promise<string | null> {
  const { surface } = s;
  // A frame laid unseen over the page's article (the same words, one figure changed) takes the reader's drag: its
  // words are not what they read. Asked before the selection is read, as the first reading may take a moment.
  if (s.sight && (await refusedUnseen(s))) return null;
  const selection = s.view.getSelection();
  // Of several ranges (Firefox), only the one the toolbar was offered for or the reader's gesture made (red team 32).
  let range = recordedRange(selection, expected?.range, readersMade(s));
  // On a page the reader let select (Let me select), one that empties the selection on a timer leaves none by the
  // time the key comes: the passage the toolbar was offered for stands for it, if its words are still the same.
  const emptied = !!expected && !!s.handoff.guard.keep && (!selection || selection.isCollapsed);
  if (emptied) range = expected.range;
  if (!range || (!emptied && (!selection || selection.isCollapsed))) return null;
  if (surface.contains(range.commonAncestorContainer)) return null;
  /**
   * Nothing is saved: the toolbar goes, and the reader is told why where `reason` says. Where they asked for a note,
   * the keys they type next are its words, not the page's (holdRefusedNote).
   */
  const refuse = (reason?: string): null => {
    surface.shownWidgets?.hideToolbar();
    if (reason) fail(s, reason);
    if (then) holdRefusedNote(s);
    return null;
  };
  if (expected !== undefined && (!expected || !sameRange(expected.range, range))) return refuse();
  if (expected && (emptied ? range.toString() !== expected.words : selection!.toString() !== expected.text))
    return refuse(CHANGED_PASSAGE);
  if (expected && currentKey(s) !== expected.key) return refuse(MOVED_ADDRESS);
  // Words the stylesheet draws into the passage, or shows reordered: its text is not what the reader read.
  const apart = drawnApart(range, s.view, (el) => (s.surface.contains(el) ? null : shadowRootOf(el)));
  if (apart) return refuse(REFUSED_FOR[apart]);
  let stopKeeping: (() => void) | null = null;
  try {
    const selectors = describeOnPage(s.text, s.doc, range);
    if (!selectors) {
      fail(s, 'this selection has no text Lede can find again.');
      return null;
    }
    const now = new Date().toISOString();
    const key = currentKey(s);
    const annotation: Annotation = {
      id: newAnnotationId(),
      articleKey: key,
      target: { source: key, selector: selectors },
      body: { note: '', tags: [], color },
      created: now,
      modified: now,
    };
    const painted = range.cloneRange();
    // The words stored, not the selection's: the browser's selection text holds what the text model leaves out (an
    // object's fallback, a shown <style>: red team 45), and the toast is where the reader checks what was kept.
    const text = selectors.find((x) => x.type === 'TextQuoteSelector')?.exact ?? range.toString();
    // For a note, the reader's keys are the note's from here, through the save (EditorFrame.expect).
    stopKeeping = then ? editorOf(s).expect() : null;
    selection?.removeAllRanges();
    surface.shownWidgets?.hideToolbar();
    if (!(await save(s, annotation, then ? undefined : t('savedWords', excerpt(text))))) return null;
    s.hl.placed.set(annotation.id, painted);
    surface.painter().paint(annotation.id, painted, color);
    // The reader's own moment: the new colour is shown above a page's top layer, whatever the page spent, and above
    // what it shows in the top layer from its shadow roots (red team 64, SM2).
    surface.raise(true);
    surface.live.say(t('announceSaved'));
    // Not if the reader pressed Escape meanwhile: the highlight stays, its note can be written later.
    if (then && !editorOf(s).dismissedBeforeOpen) openEditor(s, annotation.id, then);
    return annotation.id;
  } catch (err) {
    // Never swallowed: whatever broke, the reader is told the highlight was not saved.
    fail(s, err instanceof Error ? err.message : String(err));
    return null;
  } finally {
    // No editor opened (the save was refused or failed): the keys are the page's again.
    stopKeeping?.();
  }
}

/**
 * The reader pressed Note (or Tags) and the highlight was refused: they are typing the note, eyes on their words, not
 * on the toast. A page that moved its route at their click had every word of it ("Filed where read": red team 59, N).
 * Their keys are held from the page until they pause, press or press Escape, as where a page changed under a note, and
 * what they typed is then shown to them to copy: there is no highlight to keep it with.
 */
function holdRefusedNote(s: PageSession): void {
  const hub = s.handoff.input;
  if (!hub) return;
  const hold = new KeyHold(hub);
  hold.lastKeyAt = performance.now();
  const quiet = (): void => {
    if (hold.holding && performance.now() - hold.lastKeyAt < RESUME_QUIET_MS) return void s.life.setTimeout(quiet, 100);
    hold.release();
    const words = hold.text.trim();
    if (words) s.surface.widgets().toast(t('noteNotSavedWords', words.slice(0, 500)), undefined, 'error');
  };
  quiet();
}

/**
 * The words saved, as Lede's own toast shows them beside Undo: a page can draw a passage otherwise than its text while
 * the reader drags (red teams 42 and 43: a word hidden by `:active`, a filter, an overlay), so the reader is shown at
 * once what was stored, in Lede's own shadow root, which the page's stylesheet cannot restyle (a layer the page lays
 * over it is met by the Undo button's own drawn check). A long passage keeps its start and its end, cut between words
 * (a word cut in two reads as another word).
 */
function excerpt(text: string): string {
  const w = text.replace(/\s+/g, ' ').trim();
  if (w.length <= 280) return w;
  const head = w.slice(0, 200);
  const tail = w.slice(-70);
  // Where the cut falls on a space, the word beside it is whole.
  const headCut = w[200] === ' ' ? 200 : head.lastIndexOf(' ');
  const tailCut = w[w.length - 71] === ' ' ? -1 : tail.indexOf(' ');
  return `${headCut > 150 ? head.slice(0, headCut) : head} … ${tailCut >= 0 && tailCut < 20 ? tail.slice(tailCut + 1) : tail}`;
}

/** Opens the note editor beside a placed highlight, focused on its note or its tags. */
export function openEditor(s: PageSession, id: string, focus: 'note' | 'tags' = 'note'): void {
  const { hl, surface } = s;
  const annotation = hl.annotations.get(id);
  const range = hl.placed.get(id);
  if (!annotation || !range) return;
  surface.shownWidgets?.hideToolbar();
  // No toast under an open editor: its Undo would remove the highlight whose note the reader is writing.
  surface.shownWidgets?.hideToast();
  editorOf(s).open(annotation, range, focus, isPlacedOnChangedWords(s, id));
  surface.raise();
  // Where the reader types, nothing of the page's may lie over it: a clear frame of the page's at the top z-index took
  // the words meant for the note (red team 26). The host goes in the top layer, above any z-index or frame.
  surface.host().lift();
  watchFullscreen(s);
}

/** How long the highlight of a note whose document the page replaced may take to be placed on the new one. */
const RESUME_WAIT_MS = 8_000;
/**
 * How long after the page's notes are known it may still take (its passage found late, or not at all): a busy
 * machine took more than 1.5 s to place a reloaded article's highlight (R1, once in CI).
 */
const RESUME_AFTER_ASKED_MS = 5_000;
/** Where the note does not open again, the reader's keys stay held until they have paused this long. */
const RESUME_QUIET_MS = 1_500;

/**
 * The page replaced the document the reader was writing the note `note` in (red team 56; boot.ts holds their keys
 * from the new document meanwhile, key-hold.ts). Where its highlight is placed on this document, the editor opens
 * again on it, with the draft typed before and the keys held since; elsewhere (another page, the passage gone, the
 * reader pressing the page or Escape) the keys held go into the note's draft and the reader is told where it waits.
 * `asked`: whether the page's notes have been asked for yet.
 */
export function resumeNote(s: PageSession, note: NoteResume, hold: KeyHold, asked: () => boolean): void {
  const until = Date.now() + RESUME_WAIT_MS;
  let askedAt = 0;
  /** The reader has been told where their words wait. */
  let told = false;
  const step = (): void => {
    if (!hold.holding) return void keepHeld(s, note, hold.text, told);
    if (s.hl.annotations.has(note.id) && s.hl.placed.has(note.id)) {
      // The editor keeps the reader's keys from here, with those held first; the hold lets go in the same task.
      editorOf(s).expect({ text: hold.text, save: hold.save });
      hold.release();
      return openEditor(s, note.id, note.field);
    }
    if (asked()) askedAt ||= Date.now();
    const hopeless =
      Date.now() > until ||
      (askedAt > 0 && (!s.hl.annotations.has(note.id) || Date.now() - askedAt > RESUME_AFTER_ASKED_MS));
    if (!hopeless) return void s.life.setTimeout(step, 50);
    told = true;
    // The reader, who may not have seen the page change, may still be typing their note: told now, and their keys
    // held until they pause, so the rest of the sentence does not go to the page either. What is held goes into the
    // draft as it comes (the reader may leave this page before pausing), and once more as the hold ends.
    s.surface.widgets().toast(t('noteKeptAcrossLoad'));
    void draftStart(s, note).then((start) => holdUntilQuiet(s, note, hold, start));
  };
  step();
}

/**
 * Keeps `hold` until the reader pauses (RESUME_QUIET_MS), presses the page or Escape, writing what it holds into the
 * draft of `note` from `start` as it comes (the reader may leave the page before pausing), and once more at the end.
 */
function holdUntilQuiet(
  s: PageSession,
  note: NoteResume,
  hold: KeyHold,
  start: { note: string; tags: string } | null,
): void {
  let written = '';
  const write = () => {
    if (!start || hold.text === written) return;
    written = hold.text;
    void writeDraft(heldDraft(note, start, written));
  };
  const quiet = (): void => {
    write();
    if (hold.holding && performance.now() - hold.lastKeyAt < RESUME_QUIET_MS) return void s.life.setTimeout(quiet, 100);
    hold.release();
    void keepHeld(s, note, hold.text, true, start);
  };
  quiet();
}

/** What the held keys are added to: the note's draft, else the note as stored (still the version the draft began on). */
async function draftStart(s: PageSession, note: NoteResume): Promise<{ note: string; tags: string } | null> {
  const draft = await readDraft(note.id, note.base);
  if (draft) return { note: draft.note, tags: draft.tags };
  // Nothing typed before the page changed: the words go after the note as stored.
  const known = s.hl.annotations.get(note.id);
  const reply = known ? null : await sendToBackground('listAnnotations', { articleKey: note.articleKey });
  const a = known ?? (reply?.ok ? reply.annotations.find((x) => x.id === note.id) : undefined);
  return a && a.modified === note.base ? { note: a.body.note, tags: a.body.tags.join(', ') } : null;
}

/** The draft with `text` added to the field the reader was typing in. */
function heldDraft(note: NoteResume, start: { note: string; tags: string }, text: string) {
  return {
    id: note.id,
    base: note.base,
    note: note.field === 'note' ? start.note + text : start.note,
    tags: note.field === 'tags' ? start.tags + text : start.tags,
  };
}

/**
 * The keys held for a note whose editor did not open again: added to its draft (from `start`, else looked up), and
 * the reader told where it is unless `told` already; where the draft cannot be written, the words are shown instead.
 */
async function keepHeld(
  s: PageSession,
  note: NoteResume,
  text: string,
  told: boolean,
  start?: { note: string; tags: string } | null,
): Promise<void> {
  if (!text) return told ? undefined : s.surface.widgets().toast(t('noteKeptAcrossLoad'));
  const from = start === undefined ? await draftStart(s, note) : start;
  const kept =
    !!from &&
    (await writeDraft(heldDraft(note, from, text)).then(async () => (await readDraft(note.id, note.base)) !== null));
  // Never swallowed: where the words could not be kept, they are shown, for the reader to copy.
  if (kept) {
    if (!told) s.surface.widgets().toast(t('noteKeptAcrossLoad'));
  } else s.surface.widgets().toast(t('noteNotKeptAcrossLoad', text.slice(0, 500)), undefined, 'error');
}

/** The page's note editor, made at its first use. */
function editorOf(s: PageSession): EditorFrame {
  const { hl, surface } = s;
  surface.editor ??= new EditorFrame(
    surface.host(),
    s.doc,
    s.handoff.api,
    {
      saved: (a) => {
        // A note written on while the page moved its route to another story (routeChanged keeps the editor open) is
        // that story's no longer: saved, not drawn among the new route's highlights.
        if (hl.annotations.has(a.id) || a.articleKey === s.article.knownKey) {
          hl.annotations.set(a.id, a);
          const r = hl.placed.get(a.id);
          // A note edit is not a confirmation: an unconfirmed placement stays dashed.
          if (r)
            surface.painter().paint(a.id, r, a.body.color, { unconfirmed: surface.usedPainter?.isUnconfirmed(a.id) });
          syncMarks(s);
        }
        if (a.body.note.trim()) surface.live.say(t('announceNoteSaved'));
      },
      deleted: (a) => {
        hl.lastDeleted = hl.annotations.get(a.id) ?? a;
        forget(s, a.id);
        offerRestore(s);
      },
      failed: (reason) => fail(s, reason),
      // The host was lifted into the top layer for the editor (below): back where it was.
      closed: () => surface.host().settle(),
      blocked: (typed) => {
        s.surface.widgets().toast(t('noteEditorBlocked'), undefined, 'error');
        if (typed) holdBlocked(s, typed);
      },
      covered: () => s.surface.widgets().toast(t('noteEditorCovered'), undefined, 'error'),
      // On a page that rewrote itself its listeners may come before Lede's hub on the window: until the editor has
      // the focus, the keys go to a frame of Lede's own, where the page hears none (key-well.ts).
      keeping: () => {
        const hub = s.handoff.input;
        if (hub?.erased) openKeyWell(s.doc, hub, () => !!s.surface.editor?.keepsKeys);
      },
    },
    s.handoff.input ?? s.view,
  );
  return surface.editor;
}

/**
 * The page blocked the editor of a note the reader was writing: a rule that hides or covers it, or a modal dialog
 * of its own, perhaps in a shadow root Lede cannot enter, above the editor (red team 59, M: the page then showed a
 * look-alike of the editor, its field focused, and the reader's words went on into it: "Secret source Ivanov").
 * The reader's eyes are on their words, not on the toast: their keys stay held, as where the page changed under a
 * note, until they pause, press or press Escape, and everything typed for the note goes into its draft
 * (lib/note-draft.ts), where the sidebar's editor, which the toast points to, finds it; added after a draft already
 * kept, else after the stored note or tags.
 */
function holdBlocked(s: PageSession, typed: { annotation: Annotation; focus: 'note' | 'tags'; text: string }): void {
  const { annotation: a, focus } = typed;
  const note = { id: a.id, articleKey: a.articleKey, base: a.modified, field: focus };
  const hold = s.handoff.input ? new KeyHold(s.handoff.input) : null;
  if (hold) {
    hold.text = typed.text;
    // The toast is new to the reader, who may not have seen it yet: the pause is counted from now.
    hold.lastKeyAt = performance.now();
    // On a page that rewrote itself its listeners come before the hold's: the keys go into Lede's own frame meanwhile.
    if (s.handoff.input?.erased) openKeyWell(s.doc, s.handoff.input, () => hold.holding);
  }
  void readDraft(a.id, a.modified).then((draft) => {
    const start = draft ?? { note: a.body.note, tags: a.body.tags.join(', ') };
    if (!hold) return void writeDraft(heldDraft(note, start, typed.text));
    holdUntilQuiet(s, note, hold, start);
  });
}

/** Sessions whose document is watched for a fullscreen element of the page's while the note editor is open. */
const fullscreenWatched = new WeakSet<PageSession>();

/**
 * The page put one of its elements in fullscreen while the reader writes a note (with the activation of the reader's
 * own press, red team 27's FS1): it is drawn above the lifted editor and takes the reader's next words. Fullscreen
 * is left and the editor lifted again; the reader asked for no fullscreen.
 */
function watchFullscreen(s: PageSession): void {
  if (fullscreenWatched.has(s)) return;
  fullscreenWatched.add(s);
  s.doc.addEventListener('fullscreenchange', () => {
    const el = s.doc.fullscreenElement;
    if (!el || !s.surface.editor?.isOpen || s.surface.contains(el)) return;
    s.doc.exitFullscreen?.().catch(() => {});
    s.surface.host().lift();
  });
}
