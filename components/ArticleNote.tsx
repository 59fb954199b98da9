// The reader's note on the article as a whole (not anchored to a passage): shown, added and edited in place.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { articleDraftId as draftId, dropDraft, readDraft, writeDraft } from '../lib/note-draft';

export function ArticleNote({
  note,
  articleKey,
  onSave,
  compact,
}: {
  note: string;
  /** The article the note belongs to: the one the reader began writing on is handed back to `onSave`. */
  articleKey: string;
  /** Saves; false keeps the editor open with the reader's words (nothing was saved). */
  onSave(note: string, openedOn: string): Promise<boolean> | boolean;
  compact?: boolean;
}) {
  const [editing, setEditingState] = useState(false);
  const [draft, setDraft] = useState(note);
  const box = useRef<HTMLTextAreaElement>(null);
  const openedOn = useRef(articleKey);
  const setEditing = (on: boolean) => {
    if (on) openedOn.current = articleKey;
    setEditingState(on);
  };
  // A re-read of the article (the page changed, or moved) never replaces words the reader is typing.
  useEffect(() => {
    if (!editing) setDraft(note);
  }, [note, editing]);
  // Words typed and not saved are kept on disk (lib/note-draft.ts) until saved or cancelled: a re-read that takes
  // the editor away (the reader looked at another tab, the page moved to a page with no article) lost them (red
  // team 34, S1 and S2). They come back, with the editor, when this article's note is shown again.
  useEffect(() => {
    let live = true;
    void readDraft(draftId(articleKey), note).then((d) => {
      if (!live || !d) return;
      openedOn.current = articleKey;
      setDraft(d.note);
      setEditingState(true);
    });
    return () => {
      live = false;
    };
  }, [articleKey]);
  const keep = (words: string) => {
    setDraft(words);
    void writeDraft({ id: draftId(openedOn.current), base: note, note: words, tags: '' });
  };
  const drop = () => void dropDraft(draftId(openedOn.current));
  useEffect(() => {
    if (editing) box.current?.focus();
  }, [editing]);
  const save = async () => {
    if ((await onSave(draft, openedOn.current)) === false) return;
    drop();
    setEditing(false);
  };
  if (editing) {
    return (
      <div class="article-note editing">
        <label class="small muted" for="article-note">
          {t('articleNote')}
        </label>
        <textarea
          id="article-note"
          ref={box}
          rows={compact ? 3 : 4}
          value={draft}
          placeholder={t('articleNotePlaceholder')}
          onInput={(e) => keep((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
            if (e.key === 'Escape') {
              e.stopPropagation();
              drop();
              setDraft(note);
              setEditing(false);
            }
          }}
        />
        <div class="row">
          <span class="grow" />
          <button
            type="button"
            class="btn"
            onClick={() => {
              drop();
              setDraft(note);
              setEditing(false);
            }}
          >
            {t('cancel')}
          </button>
          <button type="button" class="btn primary" onClick={() => void save()}>
            {t('save')}
          </button>
        </div>
      </div>
    );
  }
  if (!note) {
    return (
      <button type="button" class="btn link article-note-add" onClick={() => setEditing(true)}>
        + {t('articleNoteAdd')}
      </button>
    );
  }
  if (compact) {
    // The popup: one line, so the facts and quotes stay above the fold.
    return (
      <div class="article-note compact" data-testid="article-note">
        <span class="note-line">
          <span class="muted">{t('articleNote')}: </span>
          {note}
        </span>
        <button
          type="button"
          class="btn link small"
          onClick={() => setEditing(true)}
          aria-label={`${t('edit')}: ${t('articleNote')}`}
        >
          {t('edit')}
        </button>
      </div>
    );
  }
  return (
    <div class="article-note" data-testid="article-note">
      <div class="small muted">{t('articleNote')}</div>
      <p class={compact ? 'clamp-2' : ''}>{note}</p>
      <button
        type="button"
        class="btn link small"
        onClick={() => setEditing(true)}
        aria-label={`${t('edit')}: ${t('articleNote')}`}
      >
        {t('edit')}
      </button>
    </div>
  );
}
