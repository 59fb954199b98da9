// The notes library page: search and filters, the list of annotated articles (or one article opened), export,
// import and settings. State lives in useLibrary; this file only lays things out.
import { useEffect, useState } from 'preact/hooks';
import type { ExportScope } from '../../core/export';
import { t } from '../../lib/i18n';
import { DEFAULT_SETTINGS, loadSettings, watchSettings, type LedeSettings } from '../../lib/settings';
import { ToastBar } from '../ToastBar';
import { afterPaint } from './after-paint';
import { ArticleDetail } from './ArticleDetail';
import { ArticleList } from './ArticleList';
import { ExportButtons } from './ExportButtons';
import { highlightRows } from './highlight-rows';
import { HighlightRows } from './HighlightRows';
import { SearchBar } from './SearchBar';
import { useLibrary } from './use-library';

/** Rows rendered at once; "Show more" adds another page (10,000 rows at once would make typing sluggish). */
const PAGE = 100;

export function LibraryPage() {
  const lib = useLibrary();
  const [settings, setSettings] = useState<LedeSettings>(DEFAULT_SETTINGS);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [limit, setLimit] = useState(PAGE);
  const [view, setView] = useState<'articles' | 'highlights'>('articles');

  useEffect(() => {
    void loadSettings()
      .then(setSettings)
      .catch(() => undefined);
    return watchSettings(setSettings);
  }, []);
  useEffect(() => setLimit(PAGE), [lib.query]);
  // The side panels (import, settings, folder, ledger, template) are loaded once the first rows have been painted:
  // their code (the exporters, the template engine, the folder writer) and their first render and reads (settings,
  // the folder's handle, the template preview asking for everything) would otherwise come before the first rows.
  const [side, setSide] = useState<typeof import('./SidePanels') | null>(null);
  useEffect(() => {
    if (side || lib.phase === 'loading') return;
    let live = true;
    void afterPaint()
      .then(() => import('./SidePanels'))
      .then((m) => live && setSide(m))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [lib.phase, side]);

  const say = (message: string) => lib.setToast({ message });
  const toggle = (key: string) => {
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setSelected(next);
  };
  const open = openKey ? (lib.index?.article(openKey) ?? lib.index?.summary(openKey)?.article ?? null) : null;
  const colorLabel = (id: string) => settings.colors.find((c) => c.id === id)?.label ?? id;
  const rows =
    view === 'highlights' && lib.index
      ? highlightRows(
          lib.results.map((r) => r.summary.article),
          (key) => lib.index!.annotationsOf(key),
          lib.query,
          colorLabel,
        )
      : [];
  const shownCount = view === 'highlights' ? rows.length : lib.results.length;
  const listScope: ExportScope = selected.size ? { kind: 'articles', keys: [...selected] } : { kind: 'all' };

  return (
    <div class="lib">
      <header class="lib-header">
        <h1>{t('libTitle')}</h1>
        <SearchBar
          query={lib.query}
          onChange={lib.setQuery}
          facets={lib.facets}
          colors={settings.colors}
          indexing={lib.indexing}
        />
      </header>
      <div class="lib-body">
        <main class="lib-main" aria-busy={lib.phase === 'loading'}>
          {lib.phase === 'loading' && (
            <p class="state muted" role="status">
              <span class="spinner" /> {t('libLoading')}
            </p>
          )}
          {lib.phase === 'error' && (
            <p class="state lib-error" role="alert">
              {t('libLoadFailed', lib.error ?? '')}
            </p>
          )}
          {open && lib.index ? (
            <ArticleDetail
              article={open}
              annotations={lib.index.annotationsOf(open.key)}
              loadExtraction={lib.extractionOf}
              colors={settings.colors}
              onBack={() => setOpenKey(null)}
              onDeleteArticle={() => {
                setOpenKey(null);
                void lib.deleteArticle(open.key);
              }}
              onDeleteAnnotation={(a) => void lib.deleteAnnotation(a)}
              exportBar={
                <ExportButtons
                  scope={{ kind: 'articles', keys: [open.key] }}
                  source={lib}
                  baseName={open.title || 'lede-notes'}
                  onDone={say}
                  colors={settings.colors}
                />
              }
              onCopied={say}
            />
          ) : (
            (lib.phase === 'partial' || lib.phase === 'ready') && (
              <>
                <div class="row lib-toolbar">
                  <div class="lib-view" role="group" aria-label={t('libView')}>
                    <button
                      type="button"
                      class="btn"
                      aria-pressed={view === 'articles'}
                      onClick={() => setView('articles')}
                    >
                      {t('libViewArticles')}
                    </button>
                    <button
                      type="button"
                      class="btn"
                      aria-pressed={view === 'highlights'}
                      onClick={() => setView('highlights')}
                    >
                      {t('libViewHighlights')}
                    </button>
                  </div>
                  <span class="muted" role="status">
                    {view === 'highlights'
                      ? t('libHighlightResults', rows.length)
                      : t('libResults', lib.results.length)}
                  </span>
                </div>
                <ExportButtons
                  scope={listScope}
                  source={lib}
                  baseName={`lede-notes-${new Date().toISOString().slice(0, 10)}`}
                  onDone={say}
                  colors={settings.colors}
                  label={selected.size ? t('libScopeSelectedLabel', selected.size) : t('libScopeAllLabel')}
                />
                {shownCount === 0 ? (
                  <p class="state muted">
                    {lib.query.text || lib.query.tags || lib.query.colors || lib.query.sites
                      ? t('libNoResults')
                      : t('libEmpty')}
                  </p>
                ) : view === 'highlights' ? (
                  <HighlightRows rows={rows} colors={settings.colors} limit={limit} onOpen={setOpenKey} onDone={say} />
                ) : (
                  <ArticleList
                    results={lib.results}
                    selected={selected}
                    onToggle={toggle}
                    onOpen={setOpenKey}
                    limit={limit}
                    colorLabel={colorLabel}
                  />
                )}
                {shownCount > limit && (
                  <button type="button" class="btn lib-more" onClick={() => setLimit(limit + PAGE)}>
                    {view === 'highlights'
                      ? t('libHighlightResults', shownCount - limit)
                      : t('libResults', shownCount - limit)}{' '}
                    …
                  </button>
                )}
              </>
            )
          )}
        </main>
        <aside class="lib-side" aria-busy={!side}>
          {side && <side.SidePanels lib={lib} settings={settings} open={open} listScope={listScope} say={say} />}
        </aside>
      </div>
      <ToastBar toast={lib.toast} onClose={() => lib.setToast(null)} />
    </div>
  );
}
