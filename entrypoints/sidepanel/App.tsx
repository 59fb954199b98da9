// The fact sidebar: follows the active tab; facts, quotes by speaker, people & places, and the reader's notes.
import { useCallback, useMemo, useState } from 'preact/hooks';
import { ArticleCard } from '../../components/ArticleCard';
import { EntityList, FactList, QuoteList } from '../../components/ExtractedLists';
import { HighlightList } from '../../components/HighlightList';
import { RevisionNotice } from '../../components/RevisionNotice';
import { StateView } from '../../components/StateView';
import { ToastBar } from '../../components/ToastBar';
import { useTabArticle, useTargetTab } from '../../components/use-tab-article';
import type { Annotation, Extraction } from '../../core/types';
import { t, type MessageKey } from '../../lib/i18n';
import { openLibrary } from '../../lib/open-pages';

type TabId = 'facts' | 'quotes' | 'entities' | 'notes';
const TABS: { id: TabId; label: MessageKey }[] = [
  { id: 'facts', label: 'tabFacts' },
  { id: 'quotes', label: 'tabQuotes' },
  { id: 'entities', label: 'tabPeople' },
  { id: 'notes', label: 'tabNotes' },
];

/** Items whose text (or speaker, name, note, tags) contains every word of the filter, case-insensitively. */
export function filterItems(extraction: Extraction, annotations: Annotation[], query: string) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hit = (...texts: (string | null | undefined)[]) => {
    const hay = texts.filter(Boolean).join(' ').toLowerCase();
    return words.every((w) => hay.includes(w));
  };
  return {
    facts: extraction.facts.filter((f) => hit(f.text)),
    quotes: extraction.quotes.filter((q) => hit(q.text, q.speaker, q.attribution)),
    entities: extraction.entities.filter((e) => hit(e.name, ...e.aliases)),
    annotations: annotations.filter((a) => hit(a.target.selector[0].exact, a.body.note, ...a.body.tags)),
  };
}

export function App() {
  const tabId = useTargetTab(true);
  const { state, reload, toast, setToast, show, saveAsHighlight, update, remove } = useTabArticle(tabId);
  const [tab, setTab] = useState<TabId>('facts');
  const [query, setQuery] = useState('');
  const closeToast = useCallback(() => setToast(null), [setToast]);
  const filtered = useMemo(
    () => (state.state === 'ready' ? filterItems(state.extraction, state.annotations, query) : null),
    [state, query],
  );

  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((x) => x.id === tab);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    const id = TABS[(next + TABS.length) % TABS.length]!.id;
    setTab(id);
    (document.getElementById(`tab-${id}`) as HTMLElement | null)?.focus();
  };

  if (state.state !== 'ready') {
    return (
      <main>
        <StateView state={state} onTryAnyway={() => void reload({ force: true })} onRetry={() => void reload()} />
        <ToastBar toast={toast} onClose={closeToast} />
      </main>
    );
  }
  if (!filtered) return null;
  const counts: Record<TabId, number> = {
    facts: filtered.facts.length,
    quotes: filtered.quotes.length,
    entities: filtered.entities.length,
    notes: filtered.annotations.length,
  };
  const actions = { show: (s: Parameters<typeof show>[0]) => void show(s), save: (k: 'fact' | 'quote', text: string, s: Parameters<typeof show>[0]) => void saveAsHighlight(k, text, s) };
  return (
    <main>
      <div class="sticky">
        <ArticleCard article={state.article} highlights={state.annotations.length} />
        <RevisionNotice article={state.article} extraction={state.extraction} annotations={state.annotations} />
        <div style={{ marginTop: '8px' }}>
          <input type="search" aria-label={t('filter')} placeholder={t('filterPlaceholder')} value={query}
            onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        </div>
        <div class="tabs" role="tablist" aria-label={t('appName')} onKeyDown={onTabKey} style={{ marginTop: '8px' }}>
          {TABS.map((x) => (
            <button key={x.id} id={`tab-${x.id}`} class="tab" role="tab" aria-selected={tab === x.id} aria-controls={`panel-${x.id}`}
              tabIndex={tab === x.id ? 0 : -1} onClick={() => setTab(x.id)}>
              {t(x.label)}<span class="count">{counts[x.id]}</span>
            </button>
          ))}
        </div>
      </div>
      <section class="panel" id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === 'facts' && <FactList facts={filtered.facts} actions={actions} />}
        {tab === 'quotes' && <QuoteList quotes={filtered.quotes} actions={actions} grouped />}
        {tab === 'entities' && <EntityList entities={filtered.entities} actions={actions} />}
        {tab === 'notes' && (
          <HighlightList annotations={filtered.annotations} report={state.report}
            actions={{ show: (a) => void show([...a.target.selector]), update: (a) => void update(a), remove: (a) => void remove(a) }} />
        )}
      </section>
      <p class="small" style={{ marginTop: '16px' }}>
        <button class="btn link" onClick={() => void openLibrary()}>{t('openLibrary')}</button>
      </p>
      <ToastBar toast={toast} onClose={closeToast} />
    </main>
  );
}
