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
import { dropDraft, readDraft, writeDraft } from '../../lib/note-draft';
import { DEFAULT_SETTINGS, loadSettings, type ColorMeaning } from '../../lib/settings';

export interface EditorParams {
  id: string;
  articleKey: string;
  focus: 'note' | 'tags';
  nonce: string;
}

/** The editor's parameters from its URL fragment, or null when any is missing. */
export function readEditorParams(hash: string): EditorParams | null {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const id = p.get('id');
  const articleKey = p.get('key');
  const nonce = p.get('nonce');
  if (!id || !articleKey || !nonce) return null;
  return { id, articleKey, nonce, focus: p.get('focus') === 'tags' ? 'tags' : 'note' };
}

export function NoteEditor({ params }: { params: EditorParams }) {
  const [annotation, setAnnotation] = useState<Annotation | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
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
  /** The field the reader typed in last (the note's or the tags'). */
  const lastField = useRef<HTMLTextAreaElement | HTMLInputElement | null>(null);

  /** Tells the page side; its answer, or null before the tab is known. */
  const notify = (kind: EditorEvent['kind'], extra: Partial<EditorEvent> = {}) =>
    tabId.current === null ? null : sendToTab(tabId.current, 'editorEvent', { nonce: params.nonce, kind, ...extra });

  useEffect(() => {
    void (async () => {
      const [tab, settings, reply] = await Promise.all([
        browser.tabs.getCurrent().catch(() => undefined),
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
      const draft = await readDraft(params.nonce, found.id);
      const startNote = draft?.note ?? found.body.note;
      const startTags = draft?.tags ?? found.body.tags.join(', ');
      setAnnotation(found);
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
      take(await notify('ready'));
      let first = true;
      // Each time this frame gets the focus (again): a page that took it away had the reader's keys kept for the note
      // meanwhile (editor-frame.ts); those go where the caret was.
      const focused = async () => {
        // A focus taken away leaves none of this frame's fields focused: the reader's field gets it back, its caret
        // where it was.
        if (!first && (document.activeElement === document.body || !document.activeElement)) lastField.current?.focus();
        const reply = await notify('focused');
        if (first) take(reply);
        else insertAtCaret(reply?.ok ? reply.typed : undefined);
        first = false;
      };
      window.addEventListener('focus', () => void focused());
      // Losing the focus: the page side checks that the reader moved it (a click on the page, or Tab out of here),
      // and takes it back from a page that took it.
      window.addEventListener(
        'blur',
        () => void notify('blurred', { tabbed: performance.now() - lastTab.current < 500 }),
      );
      if (document.hasFocus()) void focused();
    })();
  }, []);

  /** Puts keys kept for the note at the caret of the field that had the focus (the note's, else the tags'). */
  const insertAtCaret = (typed: string | undefined) => {
    if (!typed) return;
    const field = lastField.current ?? noteField.current;
    if (!field) return;
    field.setRangeText(
      typed,
      field.selectionStart ?? field.value.length,
      field.selectionEnd ?? field.value.length,
      'end',
    );
    if (field === tagsField.current) setTags(field.value);
    else setNote(field.value);
  };

  // What the reader types is kept for this opening of the editor until it is saved, deleted or dismissed.
  useEffect(() => {
    if (!annotation) return;
    if (note === annotation.body.note && tags === annotation.body.tags.join(', ')) void dropDraft(params.nonce);
    else void writeDraft(params.nonce, { id: annotation.id, note, tags });
  }, [annotation, note, tags]);

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
    await dropDraft(params.nonce);
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
    await dropDraft(params.nonce);
    notify('deleted', { annotation: reply.annotation ?? annotation });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Tab') lastTab.current = performance.now();
    if (e.key === 'Escape') {
      void dropDraft(params.nonce);
      notify('close');
    }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
  };

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
          <textarea
            ref={noteField}
            aria-label={t('note')}
            placeholder={t('notePlaceholder')}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
            onFocus={(e) => (lastField.current = e.currentTarget)}
          />
          <input
            ref={tagsField}
            aria-label={t('tags')}
            placeholder={t('tagsPlaceholder')}
            value={tags}
            onInput={(e) => setTags(e.currentTarget.value)}
            onFocus={(e) => (lastField.current = e.currentTarget)}
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
