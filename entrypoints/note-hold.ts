// The note hold: registered by the background only while the reader has a note editor open in a tab
// (entrypoints/background/note-watch.ts), it runs at document_start in each new document, before any script of the
// page, and holds the reader's keys from the page until the background says whether this document replaced the one
// the note was being written in (red team 56). The background's wake reaches the bootstrap only a few milliseconds
// after the new document began, and a page's first inline script could hear a key typed in between. Woken for the
// note, the bootstrap keeps this hold on and the rest of the page side takes it over (boot.ts, `resumeNote`), so the
// bootstrap every page loads carries no hold of its own. A document that replaced none lets go as the answer comes
// (in 500 ms at most), and the text typed meanwhile goes into the page's focused field, where typing would have put it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { EARLY_HOLD, KeyHold } from './content/key-hold';
import { type ExtensionApi, type NoteResume, WAKE } from './content/handoff';
import { later } from './content/page-clock';

/** How long the hold lasts unless the bootstrap takes it over (the wake comes within tens of milliseconds). */
const HOLD_MS = 500;

export default defineUnlistedScript(() => {
  const w = window as unknown as Record<symbol, KeyHold | undefined>;
  if (w[EARLY_HOLD]) return;
  const hold = new KeyHold(window);
  w[EARLY_HOLD] = hold;
  // The background is asked whether this document replaced the one a note was being written in: Firefox's has no
  // `webNavigation` here to learn it otherwise, and in Chrome a document that replaced none lets go at once, not
  // after HOLD_MS (a page the reader opened in another tab while a note is open: its first keys are theirs). Where
  // it did, the bootstrap is woken for the note as the background would (lib/page-wake.ts); in Chrome the
  // background's own wake at the commit may come first, and then this answer is null and the hold stays.
  const api = (
    import.meta.env.FIREFOX
      ? (globalThis as unknown as { browser: ExtensionApi }).browser
      : (globalThis as unknown as { chrome: ExtensionApi }).chrome
  ) as ExtensionApi;
  const letGo = () => {
    if (hold.stayed || !hold.holding) return;
    hold.release();
    // Keys typed before the answer came (under load, tens of milliseconds) were this page's: the reader's text goes
    // into the field they typed it in, as typing would put it there (its keydowns are not played again).
    const text = hold.text;
    const field = document.activeElement as HTMLElement | null;
    if (!text || hold.left || /\n/.test(text) || !field || field === document.body) return;
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
      try {
        field.setRangeText(
          text,
          field.selectionStart ?? field.value.length,
          field.selectionEnd ?? field.value.length,
          'end',
        );
      } catch {
        return; // a field that takes no text (a checkbox, a number field)
      }
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    } else if (field.isContentEditable) document.execCommand('insertText', false, text);
  };
  // No answer in time (a background that cannot answer): the same.
  later(letGo, HOLD_MS);
  void api.runtime
    .sendMessage({ lede: 1, type: 'noteCut', data: {} })
    .then((reply) => {
      const note = (reply as { ok?: boolean; note?: NoteResume | null } | undefined)?.note;
      const wake = (window as unknown as Record<symbol, unknown>)[WAKE];
      if (note && typeof wake === 'function') (wake as (r: 'note', n: NoteResume) => unknown)('note', note);
      else letGo();
    })
    .catch(letGo);
});
