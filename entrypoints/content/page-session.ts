// One page's Lede session, loaded by the bootstrap when the page has notes, the reader selected text, or the
// extension asked: makes the session's state (session-state.ts) and wires its parts together. Painting and
// placements live in placements.ts, the reader's gestures in reader-input.ts, saving and deleting in
// highlight-actions.ts, talking to the background about the page in page-detection.ts, the extension's commands in
// extension-commands.ts.
import { relayUiEvents } from './ui-relay';
import type { Annotation } from '../../core/types';
import { DEFAULT_SETTINGS, loadSettings, watchSettings } from '../../lib/settings';
import { t } from '../../lib/i18n';
import { createArticleState, createHighlightState, PageText, type PageSession } from './session-state';
import { answerExtension } from './extension-commands';
import { watchFrameSight } from './frame-sight';
import type { BootHandoff, NoteResume, PageMain } from './handoff';
import { MutationPacer } from './mutation-pacer';
import { resumeNote } from './highlight-actions';
import { paintStartingNotes, routeChanged } from './page-detection';
import type { PageLife } from './page-life';
import { PageSurface } from './page-surface';
import { paintOnceSeen, repaint } from './placements';
import { ReaderInput } from './reader-input';
import type { EditorFrame } from './editor-frame';
import { KeyHold } from './key-hold';
import { allowSelecting } from './selection-allow';
import { watchRoutes } from './route-watch';

/** Starts the page side on `doc`; everything it adds is removed when `life` ends. */
export function startPageSession(
  doc: Document,
  life: PageLife,
  handoff: BootHandoff,
): Omit<PageMain, 'restartIfReplaced'> & { openNote(): ReturnType<EditorFrame['carry']> } {
  /** The hold of the reader's keys for a note carried over from a replaced document (resumeNote), if any. */
  let noteHold: KeyHold | null = null;
  /** The note that hold is for. */
  let resumed: NoteResume | null = null;
  const view = doc.defaultView!;
  const s: PageSession = {
    doc,
    view,
    life,
    handoff,
    settings: DEFAULT_SETTINGS,
    // The article check runs when first needed (the reader's first selection, or the popup asking), not on page load.
    article: createArticleState(view.location.href, handoff.notes?.articleKey ?? null),
    hl: createHighlightState((handoff.notes?.annotations as Annotation[] | undefined) ?? []),
    // A passage found again in nodes the page rendered anew (same words, same block) is placed there at once.
    surface: new PageSurface(doc, life, (id, range) => {
      if (s.hl.placed.has(id)) s.hl.placed.set(id, range);
    }),
    text: new PageText(doc, (node) => s.surface.contains(node) || !!s.surface.usedPainter?.owns(node)),
    pacer: new MutationPacer(
      life,
      () => repaint(s),
      () => s.surface.usedPainter?.changed(),
    ),
    announcedOrphans: 0,
    sight: null,
    readerSelection: null,
  };
  // In a sub-frame: nothing is painted until the reader is reported to see the frame, nothing saved while they do not.
  s.sight = watchFrameSight(doc, life, () => paintOnceSeen(s));

  const listener = answerExtension(s);
  const input = new ReaderInput(s);
  // Clicks and keys on Lede's own UI, delivered even on a page that swallows them (ui-relay.ts).
  relayUiEvents(
    handoff.input,
    life,
    () => s.surface.madeHost,
    () => {
      s.surface.shownWidgets?.hideToolbar();
      s.surface.widgets().toast(t('uiCovered'), undefined, 'error');
    },
  );
  // Single-page apps change the article without a page load: once the new route has settled, detect again.
  watchRoutes(view, life, () => routeChanged(s));
  life.onEnded(() => {
    s.pacer.destroy();
    s.surface.destroy();
    s.text.destroy();
  });

  /** The page's notes have been asked for (or the asking failed). */
  let notesAsked = false;
  void loadSettings()
    .then((settings) => {
      s.settings = settings;
      // A site where the reader let selecting work although it blocks it: from the page's start.
      if (settings.selectSites.includes(view.location.hostname)) allowSelecting(s);
      return paintStartingNotes(s);
    })
    .finally(() => (notesAsked = true));
  const unwatch = watchSettings((settings) => (s.settings = settings));
  life.onEnded(unwatch);

  return {
    dispatch: (message, sender) =>
      (listener(message, sender as never) ?? Promise.resolve(undefined)) as Promise<unknown>,
    selectionEnded: (key, at, href) => void input.selectionEnded(key, at, href),
    dragSelectedNothing: (at) => void input.dragSelectedNothing(at),
    resumeNote: (note, early) => {
      // Held from here through the input hub, first on the window, with what the note-hold script held before.
      const hold = handoff.input ? new KeyHold(handoff.input) : early;
      if (hold && early && hold !== early) hold.adopt(early);
      noteHold = hold;
      resumed = note;
      if (hold) resumeNote(s, note, hold, () => notesAsked);
    },
    keepsNoteKeys: () => !!noteHold?.holding || !!s.surface.editor?.keepsKeys,
    // A note still held for its editor (carried over a rewrite, its highlight not placed yet) is carried too: a page
    // that rewrote itself again 30 ms later had it dropped, no key frame opened, and heard the rest of the note
    // (red team 58, D).
    // That hold lets go as it is carried (the new session holds the keys from the same task on): left on the hub, it
    // would go on swallowing every key typed on the page until the reader's next press.
    openNote: () => {
      const open = s.surface.editor?.carry();
      if (open) return open;
      if (!resumed || !noteHold?.holding) return null;
      const held = { note: resumed, text: noteHold.text, save: noteHold.save };
      noteHold.release();
      return held;
    },
  };
}
