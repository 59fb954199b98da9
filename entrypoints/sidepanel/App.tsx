// The fact sidebar: follows the active tab; facts, quotes by speaker, people, places and organisations, and the
// reader's notes. Usable from 320 px wide.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { ArticleCard } from '../../components/ArticleCard';
import { ArticleNote } from '../../components/ArticleNote';
import { EntityList, FactList, QuoteList, type ItemActions } from '../../components/ExtractedLists';
import { ClosedPartsNote } from '../../components/ClosedPartsNote';
import { articleFactsLanguage } from '../../components/facts-language';
import { FactsLanguageNote } from '../../components/FactsLanguageNote';
import { HighlightList } from '../../components/HighlightList';
import { presentExtraction, type PresentedExtraction } from '../../components/present-extraction';
import { TabIcon } from '../../components/TabIcon';
import { CopyWithSource } from '../../components/CopyWithSource';
import { citedFrom } from '../../core/export/citation';
import { RevisionNotice } from '../../components/RevisionNotice';
import { StateView } from '../../components/StateView';
import { ToastBar } from '../../components/ToastBar';
import { useTabArticle, useTargetTab } from '../../components/use-tab-article';
import type { Annotation } from '../../core/types';
import { t, type MessageKey } from '../../lib/i18n';
import { openLibrary } from '../../lib/open-pages';
import { DEFAULT_SETTINGS, loadSettings, watchSettings, type LedeSettings } from '../../lib/settings';

type TabId = 'facts' | 'quotes' | 'entities' | 'notes';
const TABS: { id: TabId; label: MessageKey; long?: MessageKey }[] = [
  { id: 'facts', label: 'tabFacts' },
  { id: 'quotes', label: 'tabQuotes' },
  { id: 'entities', label: 'tabPeople', long: 'tabPeopleLong' },
  { id: 'notes', label: 'tabNotes' },
];

/** Items whose text (or speaker, name, note, tags) contains every word of the filter, case-insensitively. */
export function filterItems(extraction: PresentedExtraction, annotations: Annotation[], query: string) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hit = (...texts: (string | null | undefined)[]) => {
    const hay = texts.filter(Boolean).join(' ').toLowerCase();
    return words.every((w) => hay.includes(w));
  };
  return {
    facts: extraction.keyFacts.filter((f) => hit(f.text)),
    quotes: extraction.quotes.filter((q) => hit(q.text, q.speaker, q.attribution)),
    entities: extraction.entities.filter((e) => hit(e.name, ...e.aliases)),
    annotations: annotations.filter((a) => hit(a.target.selector[0].exact, a.body.note, ...a.body.tags)),
  };
}

export function App() {
  const tabId = useTargetTab(true);
  const {
    state,
    reload,
    toast,
    setToast,
    show,
    saveAsHighlight,
    update,
    remove,
    saveArticleNote,
    confirmPlacement,
    dropPlacement,
  } = useTabArticle(tabId);
  const [tab, setTab] = useState<TabId>('facts');
  const [query, setQuery] = useState('');
  const [settings, setSettings] = useState<LedeSettings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings()
      .then(setSettings)
      .catch(() => undefined);
    return watchSettings(setSettings);
  }, []);
  const closeToast = useCallback(() => setToast(null), [setToast]);
  const filtered = useMemo(
    () =>
      state.state === 'ready'
        ? filterItems(presentExtraction(state.article, state.extraction), state.annotations, query)
        : null,
    [state, query],
  );
  // The fact rules read English: on another language the facts tab says so rather than listing nothing or noise.
  const language = useMemo(() => (state.state === 'ready' ? articleFactsLanguage(state.article) : null), [state]);

  const onTabKey = (e: KeyboardEvent) => {
    // From the focused tab (the selected one under roving focus), so the arrows never skip from elsewhere.
    const focused = TABS.findIndex((x) => `tab-${x.id}` === (e.target as HTMLElement).id);
    const i = focused >= 0 ? focused : TABS.findIndex((x) => x.id === tab);
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
    facts: language ? 0 : filtered.facts.length,
    quotes: filtered.quotes.length,
    entities: filtered.entities.length,
    notes: filtered.annotations.length,
  };
  const say = (message: string) => setToast({ message });
  const record = state.record;
  const actions: ItemActions = {
    show: (s) => void show(s),
    save: (k, text, s) => void saveAsHighlight(k, text, s),
    extra: (item) => (
      <CopyWithSource
        onDone={say}
        cite={() =>
          item.kind === 'fact'
            ? citedFrom(record, item.fact.source.selector)
            : { ...citedFrom(record, item.quote.source.selector, item.quote.speaker), passage: item.quote.text }
        }
      />
    ),
  };
  return (
    <main>
      <ArticleCard article={state.article} highlights={state.annotations.length}>
        <ArticleNote note={state.record.note ?? ''} articleKey={state.record.key} onSave={saveArticleNote} />
      </ArticleCard>
      <RevisionNotice article={state.article} extraction={state.fullExtraction} annotations={state.annotations} />
      <ClosedPartsNote parts={state.closedParts} />
      <div class="sticky">
        <input
          type="search"
          aria-label={t('filter')}
          placeholder={t('filterPlaceholder')}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        <div class="tabs" role="tablist" aria-label={t('appName')} onKeyDown={onTabKey}>
          {TABS.map((x) => (
            <button
              key={x.id}
              id={`tab-${x.id}`}
              class="tab"
              role="tab"
              aria-selected={tab === x.id}
              aria-controls={`panel-${x.id}`}
              tabIndex={tab === x.id ? 0 : -1}
              onClick={() => setTab(x.id)}
              title={x.long ? t(x.long) : undefined}
            >
              {/* DOM order is the spoken name ("Names: People, places and organisations (15)"); CSS lays it out. */}
              <TabIcon tab={x.id} />
              <span class="tab-label">
                {t(x.label)}
                {x.long && <span class="visually-hidden">: {t(x.long)}</span>}
              </span>
              <span class="count">
                <span class="visually-hidden"> (</span>
                {counts[x.id]}
                <span class="visually-hidden">)</span>
              </span>
            </button>
          ))}
        </div>
      </div>
      <section class="panel" id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === 'facts' &&
          (language ? (
            <FactsLanguageNote language={language} />
          ) : (
            <FactList facts={filtered.facts} actions={actions} />
          ))}
        {tab === 'quotes' && <QuoteList quotes={filtered.quotes} actions={actions} grouped />}
        {tab === 'entities' && <EntityList entities={filtered.entities} actions={actions} />}
        {tab === 'notes' && (
          <HighlightList
            annotations={filtered.annotations}
            report={state.report}
            colourName={(c) => settings.colors.find((x) => x.id === c)?.label ?? c}
            actions={{
              show: (a) => void show([...a.target.selector]),
              update: (a) => void update(a),
              remove: (a) => void remove(a),
              confirm: (a, words) => void confirmPlacement(a, words),
              drop: (a) => void dropPlacement(a),
              extra: (a) => <CopyWithSource onDone={say} cite={() => citedFrom(record, a.target.selector[0])} />,
            }}
          />
        )}
      </section>
      <p class="small library-link">
        <button class="btn link" onClick={() => void openLibrary()}>
          {t('openLibrary')}
        </button>
      </p>
      <ToastBar toast={toast} onClose={closeToast} />
    </main>
  );
}
