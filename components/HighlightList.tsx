// The reader's own highlights and notes, in page order, each editable in place; orphans listed apart with their text.
import { useEffect, useState } from 'preact/hooks';
import { parseTagInput } from '../core/tag-input';
import type { Annotation, ColorId } from '../core/types';
import { COLOR_IDS } from '../core/types';
import type { UncertainPlacement } from '../core/anchoring/placement-report';
import { t } from '../lib/i18n';
import { dropDraft, readDraft, writeDraft } from '../lib/note-draft';
import type { AnchorReport } from '../lib/messaging';
import { AnchorConfidence, placementsById } from './AnchorConfidence';

export interface HighlightActions {
  show(annotation: Annotation): void;
  update(annotation: Annotation): void;
  remove(annotation: Annotation): void;
  /** Extra controls (copy with source) beside Edit and Delete. */
  extra?(annotation: Annotation): preact.ComponentChildren;
  /**
   * The reader says a "moved?" placement is the passage: the page saves it where it is now, if its words there are
   * still `words`, those the card showed.
   */
  confirm?(annotation: Annotation, words: string): void;
  /** The reader says it is not (the page lists it with the orphans, text kept). */
  drop?(annotation: Annotation): void;
}

function position(a: Annotation): number {
  const p = a.target.selector[1];
  return p ? p.start : Number.MAX_SAFE_INTEGER;
}

/** The reader's name for a colour ("Evidence"), or the colour's id when settings are not loaded. */
type ColourName = (id: ColorId) => string;

function HighlightCard({
  annotation,
  actions,
  orphanReason,
  placement,
  colourName,
}: {
  annotation: Annotation;
  actions: HighlightActions;
  orphanReason?: string;
  placement?: UncertainPlacement;
  colourName: ColourName;
}) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(annotation.body.note);
  const [tags, setTags] = useState(annotation.body.tags.join(', '));
  const [color, setColor] = useState<ColorId>(annotation.body.color);
  // Words typed and not saved are kept on disk (lib/note-draft.ts, shared with the note editor on the page) until
  // saved: a re-read of the page that took this item away (the page moved its route) lost them (red team 34, S3).
  useEffect(() => {
    let live = true;
    void readDraft(annotation.id, annotation.modified).then((d) => {
      if (!live || !d) return;
      setNote(d.note);
      setTags(d.tags);
      setEditing(true);
    });
    return () => {
      live = false;
    };
  }, [annotation.id, annotation.modified]);
  const keep = (next: { note?: string; tags?: string }) => {
    const n = next.note ?? note;
    const g = next.tags ?? tags;
    if (next.note !== undefined) setNote(n);
    if (next.tags !== undefined) setTags(g);
    void writeDraft({ id: annotation.id, base: annotation.modified, note: n, tags: g });
  };
  const save = () => {
    void dropDraft(annotation.id);
    actions.update({
      ...annotation,
      body: {
        note,
        color,
        tags: parseTagInput(tags),
      },
      modified: new Date().toISOString(),
    });
    setEditing(false);
  };
  return (
    <li class={`item hl-bar ${annotation.body.color}`} data-testid="highlight">
      {orphanReason ? (
        <div class="quote-text">{annotation.target.selector[0].exact}</div>
      ) : (
        <button type="button" class="item-main" title={t('showOnPage')} onClick={() => actions.show(annotation)}>
          <span class="quote-text">{annotation.target.selector[0].exact}</span>
        </button>
      )}
      {orphanReason && (
        <p class="small muted" style={{ margin: '4px 0' }}>
          {orphanReason}
        </p>
      )}
      {!orphanReason && actions.confirm && actions.drop && (
        <AnchorConfidence
          placement={placement}
          stored={annotation.target.selector[0].exact}
          onConfirm={(words) => actions.confirm!(annotation, words)}
          onDrop={() => actions.drop!(annotation)}
        />
      )}
      {!editing && annotation.body.note && (
        <p class="note-text" style={{ margin: '6px 0 0', whiteSpace: 'pre-wrap' }} data-testid="note">
          {annotation.body.note}
        </p>
      )}
      {!editing && annotation.body.tags.length > 0 && (
        <div>
          {annotation.body.tags.map((tag) => (
            <span key={tag} class="chip">
              #{tag}
            </span>
          ))}
        </div>
      )}
      {editing ? (
        <div style={{ display: 'grid', gap: '6px', marginTop: '8px' }}>
          <textarea
            aria-label={t('note')}
            placeholder={t('notePlaceholder')}
            value={note}
            rows={3}
            onInput={(e) => keep({ note: (e.target as HTMLTextAreaElement).value })}
          />
          <input
            type="text"
            aria-label={t('tags')}
            placeholder={t('tagsPlaceholder')}
            value={tags}
            onInput={(e) => keep({ tags: (e.target as HTMLInputElement).value })}
          />
          <div class="row" role="radiogroup" aria-label={t('colour')}>
            {COLOR_IDS.map((c) => (
              <button
                type="button"
                key={c}
                class={`swatch ${c}`}
                role="radio"
                aria-checked={c === color}
                aria-label={colourName(c)}
                title={colourName(c)}
                onClick={() => setColor(c)}
              />
            ))}
            <span class="grow" />
            <button class="btn primary" onClick={save}>
              {t('save')}
            </button>
          </div>
        </div>
      ) : (
        <div class="row small" style={{ marginTop: '4px' }}>
          <span class="muted">{colourName(annotation.body.color)}</span>
          <span class="grow" />
          {actions.extra?.(annotation)}
          <button type="button" class="btn link" onClick={() => setEditing(true)}>
            {t('edit')}
          </button>
          <button type="button" class="btn link danger" onClick={() => actions.remove(annotation)}>
            {t('delete')}
          </button>
        </div>
      )}
    </li>
  );
}

export function HighlightList({
  annotations,
  report,
  actions,
  colourName = (c) => c,
}: {
  annotations: Annotation[];
  report: AnchorReport | null;
  actions: HighlightActions;
  colourName?: ColourName;
}) {
  const orphanReasons = new Map((report?.orphans ?? []).map((o) => [o.id, o.reason]));
  const placements = placementsById(report?.uncertain);
  const sorted = [...annotations].sort((a, b) => position(a) - position(b));
  const placed = sorted.filter((a) => !orphanReasons.has(a.id));
  const orphans = sorted.filter((a) => orphanReasons.has(a.id));
  return (
    <div>
      {placed.length === 0 && orphans.length === 0 && <p class="muted">{t('noHighlights')}</p>}
      <ul class="list" aria-label={t('myNotes')}>
        {placed.map((a) => (
          <HighlightCard
            key={a.id + a.modified}
            annotation={a}
            actions={actions}
            placement={placements.get(a.id)}
            colourName={colourName}
          />
        ))}
      </ul>
      {orphans.length > 0 && (
        <section aria-label={t('orphans')} data-testid="orphans">
          <h3 class="section-title">
            {t('orphans')} <span class="count">{orphans.length}</span>
          </h3>
          <p class="small muted">{t('orphansHelp')}</p>
          <ul class="list">
            {orphans.map((a) => (
              <HighlightCard
                key={a.id + a.modified}
                annotation={a}
                actions={actions}
                orphanReason={orphanReasons.get(a.id)}
                colourName={colourName}
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
