// The note editor's view: the passage, its note, its tags and its colour, saved straight to the background (an
// extension page is trusted there). It tells the content script that opened it only its height and the outcome.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DARK_UI_SWATCH_COLORS } from '../../core/palette';
import { parseTagInput } from '../../core/tag-input';
import type { Annotation, ColorId } from '../../core/types';
import { t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/runtime-messages';
import { sendToTab } from '../../lib/send-to-tab';
import type { EditorEvent, Result } from '../../lib/messaging';
import type { NotePortMessage } from '../background/note-watch';
import { dropDraft, readDraft, writeDraft } from '../../lib/note-draft';
import { DEFAULT_SETTINGS, loadSettings, type ColorMeaning } from '../../lib/settings';

/** This load of the frame's document, in every event it sends (EditorEvent.load): one loaded anew draws another. */
const LOAD = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');

export interface EditorParams {
  id: string;
  articleKey: string;
  focus: 'note' | 'tags';
  nonce: string;
  /** The highlight was found on the page only with edits: its words there changed (shown above the note). */
  wordsChanged?: boolean;
}

/** The editor's parameters from its URL fragment, or null when any is missing. */
export function readEditorParams(hash: string): EditorParams | null {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const id = p.get('id');
  const articleKey = p.get('key');
  const nonce = p.get('nonce');
  if (!id || !articleKey || !nonce) return null;
  return {
    id,
    articleKey,
    nonce,
    focus: p.get('focus') === 'tags' ? 'tags' : 'note',
    ...(p.get('changed') === '1' ? { wordsChanged: true } : {}),
  };
}

/** When a draft was written, as the reader says it: the time today, else the day and the time. */
export function draftTime(at: string, now: Date = new Date()): string {
  const when = new Date(at);
  if (Number.isNaN(when.getTime())) return '';
  const sameDay = when.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(
    undefined,
    sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(when);
}

export function NoteEditor({ params }: { params: EditorParams }) {
  const [annotation, setAnnotation] = useState<Annotation | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** When the unsaved words shown were typed, if they came back from a draft; else null. */
  const [restored, setRestored] = useState<string | null>(null);
  const [colors, setColors] = useState<ColorMeaning[]>(DEFAULT_SETTINGS.colors);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [color, setColor] = useState<ColorId>('yellow');
  const [busy, setBusy] = useState(false);
  const tabId = useRef<number | null>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const tagsField = useRef<HTMLInputElement>(null);
  /** When the reader last pressed Tab here: a blur right after it is the reader leaving by keyboard. */
  const lastTab = useRef(-Infinity);
  /** This editor asked to close (Escape, a save or a delete): a focus it loses then is not taken back. */
  const closing = useRef(false);
  /** Counts the saves asked for by a Ctrl+Enter the page side kept; an effect saves after the render that follows. */
  const [saveAsked, setSaveAsked] = useState(0);
  /** The field the reader typed in last (the note's or the tags'). */
  const lastField = useRef<HTMLTextAreaElement | HTMLInputElement | null>(null);
  /**
   * The background's watch on this open note (entrypoints/background/note-watch.ts): a page that replaces its
   * document while the reader writes here gets none of the keys typed after, and the note opens again. Told which
   * highlight this edits, where the reader is, and when it is done with (saved, deleted, dismissed).
   */
  const watch = useRef<{ port: ReturnType<typeof browser.runtime.connect> | null; said: NotePortMessage[] }>({
    port: null,
    said: [],
  });
  const tell = (m: NotePortMessage) => {
    // What a new port is told again: the opening, then the latest of each kind.
    if ('open' in m) watch.current.said = [m];
    else if (!('done' in m)) {
      const kind = Object.keys(m)[0];
      watch.current.said = [...watch.current.said.filter((x) => Object.keys(x)[0] !== kind), m];
    }
    try {
      watch.current.port?.postMessage(m);
    } catch {
      // The background restarted: the port is made again (below) and told everything.
    }
  };
  const connectWatch = (tries = 0) => {
    try {
      const port = browser.runtime.connect({ name: 'lede-note' });
      watch.current.port = port;
      for (const m of watch.current.said) port.postMessage(m);
      // The background's worker was stopped (Chrome stops an idle one): told again, unless this editor is done.
      port.onDisconnect.addListener(() => {
        watch.current.port = null;
        if (!closing.current && tries < 20) setTimeout(() => connectWatch(tries + 1), 250);
      });
    } catch {
      watch.current.port = null;
    }
  };

  /**
   * Tells the page side; its answer. Straight to the tab where this frame may message tabs (Chrome); else through
   * the background (Firefox gives an extension page inside a web page no `tabs` API).
   */
  const notify = (kind: EditorEvent['kind'], extra: Partial<EditorEvent> = {}) => {
    const event = { nonce: params.nonce, load: LOAD, kind, ...extra };
    return tabId.current === null
      ? sendToBackground('relayEditorEvent', event)
      : sendToTab(tabId.current, 'editorEvent', event);
  };

  useEffect(() => {
    void (async () => {
      // Firefox: no `tabs` here (see notify).
      const current = browser.tabs?.getCurrent().catch(() => undefined) ?? Promise.resolve(undefined);
      // The page side hears at once that this frame runs: one the page blocked (a sandbox) never says so.
      void current.then((tab) => {
        tabId.current = tab?.id ?? null;
        return notify('loaded');
      });
      const [tab, settings, reply] = await Promise.all([
        current,
        loadSettings(),
        sendToBackground('listAnnotations', { articleKey: params.articleKey }),
      ]);
      tabId.current = tab?.id ?? null;
      setColors(settings.colors);
      const found = reply.ok ? reply.annotations.find((a) => a.id === params.id) : undefined;
      if (!found) {
        setProblem(reply.ok ? 'This highlight is no longer in your notes.' : reply.reason);
        return;
      }
      // A frame reloaded under the reader (the page took Lede's host out and back) finds the words typed so far.
      const draft = await readDraft(found.id, found.modified);
      const startNote = draft?.note ?? found.body.note;
      const startTags = draft?.tags ?? found.body.tags.join(', ');
      if (draft && (draft.note !== found.body.note || draft.tags !== found.body.tags.join(', '))) setRestored(draft.at);
      setAnnotation(found);
      tell({ open: { id: found.id, articleKey: params.articleKey, base: found.modified, field: params.focus } });
      connectWatch();
      // The page left and the reader came Back to it from the browser's back-forward cache, this editor with it, as
      // it was: the words typed after the page left (held for the note by Lede, red team 56) went into the draft
      // meanwhile, so the draft is shown, lest a save here drop them.
      window.addEventListener('pageshow', (e) => {
        if (!e.persisted || closing.current) return;
        void readDraft(found.id, found.modified).then((later) => {
          if (!later) return;
          setNote(later.note);
          setTags(later.tags);
          setRestored(later.at);
        });
      });
      setNote(startNote);
      setTags(startTags);
      setColor(found.body.color);
      // Keys the reader typed before this frame had the focus were kept by the page side, unheard by the page: those
      // typed while it loaded come with the answer to `ready`, those typed while the focus moved in with `focused`.
      // They go where the field ended when it was shown, before anything typed here since.
      const at = params.focus === 'tags' ? startTags.length : startNote.length;
      let kept = 0;
      const take = (reply: Result<{ typed?: string }> | null) => {
        const typed = reply?.ok ? reply.typed : undefined;
        if (!typed) return;
        const pos = at + kept;
        kept += typed.length;
        const insert = (value: string) => value.slice(0, pos) + typed + value.slice(pos);
        if (params.focus === 'tags') setTags(insert);
        else setNote(insert);
      };
      const ready = await notify('ready');
      // The page side focused this frame before it answered. Where another frame held the focus as this one loaded
      // (Lede's key frame on a page that rewrote itself, key-well.ts), Chromium dropped the field's focus given at
      // its showing: the field the reader asked for takes it again, so the caret is there before any key.
      // Told to take the focus itself (Lede's key frame holds it, editor-frame.ts): the window first, then the field.
      const focusSelf = ready?.ok && ready.focusSelf;
      if (focusSelf) window.focus();
      if (focusSelf || document.activeElement === document.body || !document.activeElement)
        (params.focus === 'tags' ? tagsField : noteField).current?.focus();
      take(ready);
      if (ready?.ok && ready.close) return dismiss();
      if (ready?.ok && ready.save) setSaveAsked((n) => n + 1);
      let first = true;
      // Each time this frame gets the focus (again): a page that took it away had the reader's keys kept for the note
      // meanwhile (editor-frame.ts); those go where the caret was.
      /** The focus came back by this frame's own retake (below), not by the reader. */
      let retaken = false;
      /** The reader moved the focus to the page (a click there, or Tab): not taken back until they return. */
      let away = false;
      const focused = async () => {
        // A focus taken away leaves none of this frame's fields focused: the reader's field gets it back, its caret
        // where it was.
        if (!first && (document.activeElement === document.body || !document.activeElement)) lastField.current?.focus();
        // The kept keys were typed before this moment: they go where the caret is now, before anything the reader
        // types here while the answer is on its way.
        const field = lastField.current ?? noteField.current;
        const caret = field?.selectionStart ?? null;
        const reply = await notify('focused', { retaken });
        retaken = false;
        if (first) take(reply);
        else insertKept(reply?.ok ? reply.typed : undefined, field, caret);
        first = false;
        // The reader pressed Escape or Ctrl+Enter while the page held the focus: closed, or saved once the kept
        // keys are in.
        if (reply?.ok && reply.close) dismiss();
        else if (reply?.ok && reply.save) setSaveAsked((n) => n + 1);
      };
      window.addEventListener('focus', () => {
        // Back by the reader (a click here, Shift+Tab) or by the page side, which takes it back only from a page.
        if (!retaken && away) {
          away = false;
          tell({ away: false });
        }
        void focused();
      });
      // A focus taken away and given back can leave no field focused for a moment (Chromium clears the frame's
      // focused element when the page focuses one of its own): a key then would land on nothing and be lost. The
      // field the reader was in takes it, and the key's character goes into it.
      // Its Escape or Ctrl+Enter, aimed at the body, would miss the editor's own handler: it is handed there.
      window.addEventListener(
        'keydown',
        (e) => {
          if (!e.isTrusted || (document.activeElement !== document.body && document.activeElement)) return;
          (lastField.current ?? noteField.current)?.focus();
          keyHandler.current(e);
        },
        true,
      );
      // Losing the focus: unless the reader pressed Tab, it is taken back at once, before the page side is even
      // asked (its answer takes a trip through the background, a moment in which a page's own frame holding the
      // focus would hear the reader's keys). The page side then says whether the reader moved it with a click on
      // the page; if so, the focus goes back there.
      const retake = () => {
        // Not once this editor is closing (its own Escape, Save or Delete; hidden by the page side).
        if (away || closing.current || innerHeight === 0 || document.hasFocus()) return;
        retaken = true;
        window.focus();
        (lastField.current ?? noteField.current)?.focus();
      };
      window.addEventListener('blur', async () => {
        const tabbed = performance.now() - lastTab.current < 500;
        if (tabbed) {
          away = true;
          tell({ away: true });
        } else if (!away) setTimeout(retake);
        const reply = await notify('blurred', { tabbed });
        if (reply?.ok && reply.readerLeft) {
          if (!away) {
            away = true;
            tell({ away: true });
            if (document.hasFocus()) void notify('release');
          }
          return;
        }
        // Taken back (by this frame or the page side) before the answer came: collect what was kept meanwhile.
        if (document.hasFocus()) void focused();
      });
      if (document.hasFocus()) void focused();
    })();
  }, []);

  /**
   * Puts keys kept for the note into `field` (the one that had the focus) at `caret`, where its caret was when the
   * focus came back; the reader's caret moves past them if it was there, or keeps its place in the text after them.
   */
  const insertKept = (
    typed: string | undefined,
    field: HTMLTextAreaElement | HTMLInputElement | null,
    caret: number | null,
  ) => {
    if (!typed || !field) return;
    const at = Math.min(caret ?? field.value.length, field.value.length);
    const still = field.selectionStart === at && field.selectionEnd === at;
    field.setRangeText(typed, at, at, still ? 'end' : 'preserve');
    if (field === tagsField.current) setTags(field.value);
    else setNote(field.value);
  };

  // What the reader types is kept for this highlight (lib/note-draft.ts) until it is saved, deleted or dismissed:
  // the editor reloaded under the reader, or opened again after a click on the page closed it, starts from it.
  useEffect(() => {
    // Not once the editor is closing: a draft written after its Escape's drop would bring the words back.
    if (!annotation || closing.current) return;
    if (note === annotation.body.note && tags === annotation.body.tags.join(', ')) void dropDraft(annotation.id);
    else void writeDraft({ id: annotation.id, base: annotation.modified, note, tags });
    // And to the background's watch (also at each input, below: an effect runs a frame later, and a page that tears
    // this frame down meanwhile took the last letter typed).
    tell({ draft: { note, tags } });
  }, [annotation, note, tags]);

  useEffect(() => {
    if (saveAsked) void save();
  }, [saveAsked]);

  // Focus the field the reader asked for once the highlight is shown; report the height so the frame fits.
  useLayoutEffect(() => {
    if (annotation) (params.focus === 'tags' ? tagsField : noteField).current?.focus();
  }, [annotation]);
  useLayoutEffect(() => {
    notify('resize', { height: Math.ceil(document.documentElement.scrollHeight) });
  });

  const save = async () => {
    if (!annotation || busy) return;
    setBusy(true);
    const updated: Annotation = {
      ...annotation,
      body: { note, tags: parseTagInput(tags), color },
      modified: new Date().toISOString(),
    };
    // baseModified: the stored copy this edit started from, so an edit made elsewhere meanwhile is refused and shown.
    const reply = await sendToBackground('saveAnnotation', { annotation: updated, baseModified: annotation.modified });
    setBusy(false);
    if (!reply.ok) {
      setProblem(t('saveFailed', reply.reason));
      notify('failed', { reason: reply.reason.slice(0, 1000) });
      return;
    }
    await dropDraft(params.id);
    closing.current = true;
    tell({ done: true });
    notify('saved', { annotation: updated });
  };

  const remove = async () => {
    if (!annotation || busy) return;
    setBusy(true);
    // The page side first says whether the reader could see this editor: a page that faded or covered it to lure a
    // click onto Delete gets nothing deleted (a deleted note has no trash to come back from).
    const seen = await notify('deleting');
    if (!seen?.ok) {
      setBusy(false);
      setProblem(t('deleteRefused'));
      return;
    }
    const reply = await sendToBackground('deleteAnnotation', { id: annotation.id });
    setBusy(false);
    if (!reply.ok) {
      setProblem(t('saveFailed', reply.reason));
      notify('failed', { reason: reply.reason.slice(0, 1000) });
      return;
    }
    await dropDraft(params.id);
    closing.current = true;
    tell({ done: true });
    notify('deleted', { annotation: reply.annotation ?? annotation });
  };

  /** The reader's Escape: the words typed are dismissed with the editor. */
  function dismiss(): void {
    closing.current = true;
    tell({ done: true });
    void dropDraft(params.id);
    notify('close');
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Tab') lastTab.current = performance.now();
    if (e.key === 'Escape') dismiss();
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
  };

  const keyHandler = useRef(onKeyDown);
  keyHandler.current = onKeyDown;

  const chosen = colors.find((c) => c.id === color);
  return (
    <div
      class="editor"
      role="dialog"
      aria-label={t('note')}
      onKeyDown={onKeyDown}
      style={{ '--chosen': DARK_UI_SWATCH_COLORS[color] ?? DARK_UI_SWATCH_COLORS.yellow }}
    >
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {annotation && (
        <>
          <p class="quote">“{annotation.target.selector[0].exact}”</p>
          {params.wordsChanged && (
            <p class="changed" data-testid="words-changed">
              {t('anchorWordsChanged')}
            </p>
          )}
          {restored !== null && (
            <p class="restored" role="status">
              {t('draftRestored', draftTime(restored))}
            </p>
          )}
          <textarea
            ref={noteField}
            aria-label={t('note')}
            placeholder={t('notePlaceholder')}
            value={note}
            onInput={(e) => {
              setNote(e.currentTarget.value);
              tell({ draft: { note: e.currentTarget.value, tags } });
            }}
            onFocus={(e) => {
              lastField.current = e.currentTarget;
              tell({ field: 'note' });
            }}
          />
          <input
            ref={tagsField}
            aria-label={t('tags')}
            placeholder={t('tagsPlaceholder')}
            value={tags}
            onInput={(e) => {
              setTags(e.currentTarget.value);
              tell({ draft: { note, tags: e.currentTarget.value } });
            }}
            onFocus={(e) => {
              lastField.current = e.currentTarget;
              tell({ field: 'tags' });
            }}
          />
          <div class="row">
            {colors.map((c) => (
              <button
                key={c.id}
                class="swatch"
                title={c.label}
                aria-label={c.label}
                aria-pressed={c.id === color}
                data-color={c.id}
                style={{ background: DARK_UI_SWATCH_COLORS[c.id] ?? DARK_UI_SWATCH_COLORS.yellow }}
                onClick={() => setColor(c.id)}
              >
                {c.id === color ? '✓' : ''}
              </button>
            ))}
            <span class="grow chosen" aria-live="polite">
              {chosen?.label}
            </span>
            <button class="danger" data-action="delete" disabled={busy} onClick={() => void remove()}>
              {t('delete')}
            </button>
            <button class="primary" data-action="save" disabled={busy} onClick={() => void save()}>
              {t('save')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
