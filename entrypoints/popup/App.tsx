// The popup: the article found on the active tab, its top facts and quotes, and the actions, all within Chrome's
// 600 px popup; "Show all" opens the rest in place.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { ArticleCard } from '../../components/ArticleCard';
import { ArticleNote } from '../../components/ArticleNote';
import { FactList, QuoteList } from '../../components/ExtractedLists';
import { ClosedPartsNote } from '../../components/ClosedPartsNote';
import { articleFactsLanguage } from '../../components/facts-language';
import { FactsLanguageNote } from '../../components/FactsLanguageNote';
import { FolderNotice } from '../../components/FolderNotice';
import { ExportMenu } from '../../components/ExportMenu';
import { pickTopQuotes, presentExtraction } from '../../components/present-extraction';
import { RevisionNotice } from '../../components/RevisionNotice';
import { StateView } from '../../components/StateView';
import { ToastBar } from '../../components/ToastBar';
import { useTabArticle, useTargetTab } from '../../components/use-tab-article';
import { t } from '../../lib/i18n';
import { openLibrary, openSidebar } from '../../lib/open-pages';
import { loadSettings, saveSettings, type LedeSettings } from '../../lib/settings';

/** Facts and quotes shown before "Show all": what fits above the actions at 380 × 600. */
const TOP_FACTS = 3;
const TOP_QUOTES = 2;

export function App() {
  const tabId = useTargetTab(false);
  const { state, reload, toast, setToast, show, saveArticleNote } = useTabArticle(tabId);
  const [settings, setSettings] = useState<LedeSettings | null>(null);
  const [allFacts, setAllFacts] = useState(false);
  const [allQuotes, setAllQuotes] = useState(false);
  useEffect(() => void loadSettings().then(setSettings), []);
  const closeToast = useCallback(() => setToast(null), [setToast]);
  const view = useMemo(
    () => (state.state === 'ready' ? presentExtraction(state.article, state.extraction) : null),
    [state],
  );

  // The fact rules read English: on another language the list would be empty or wrong, so the popup says so.
  const language = useMemo(() => (state.state === 'ready' ? articleFactsLanguage(state.article) : null), [state]);
  const host = state.state === 'ready' ? safeHost(state.article.url) : null;
  const quiet = !!(host && settings?.quietSites.includes(host));
  const toggleQuiet = async () => {
    if (!settings || !host) return;
    const quietSites = quiet ? settings.quietSites.filter((h) => h !== host) : [...settings.quietSites, host];
    const next = { ...settings, quietSites };
    await saveSettings(next);
    setSettings(next);
    setToast({ message: quiet ? t('highlightModeOn') : t('highlightModeOff') });
  };

  if (state.state !== 'ready' || !view) {
    return (
      <main class="popup">
        <FolderNotice onOpenLibrary={() => void openLibrary()} />
        {state.state !== 'ready' && (
          <StateView state={state} onTryAnyway={() => void reload({ force: true })} onRetry={() => void reload()} />
        )}
        <div class="actions">
          <button type="button" class="btn" onClick={() => void openLibrary()}>
            {t('openLibrary')}
          </button>
        </div>
        <ToastBar toast={toast} onClose={closeToast} />
      </main>
    );
  }
  return (
    <main class="popup">
      <FolderNotice onOpenLibrary={() => void openLibrary()} />
      <ArticleCard article={state.article} highlights={state.annotations.length} compact>
        <ArticleNote note={state.record.note ?? ''} articleKey={state.record.key} onSave={saveArticleNote} compact />
      </ArticleCard>
      <RevisionNotice article={state.article} extraction={state.fullExtraction} annotations={state.annotations} />
      <ClosedPartsNote parts={state.closedParts} />
      <section aria-labelledby="popup-facts">
        <SectionHead
          id="popup-facts"
          title={t('keyFacts')}
          hidden={language ? 0 : view.keyFacts.length - TOP_FACTS}
          open={allFacts}
          onToggle={() => setAllFacts(!allFacts)}
        />
        {language ? (
          <FactsLanguageNote language={language} />
        ) : (
          <FactList
            facts={view.keyFacts}
            actions={{ show }}
            limit={allFacts ? undefined : TOP_FACTS}
            compact={!allFacts}
          />
        )}
      </section>
      <section aria-labelledby="popup-quotes">
        <SectionHead
          id="popup-quotes"
          title={t('quotes')}
          hidden={view.quotes.length - TOP_QUOTES}
          open={allQuotes}
          onToggle={() => setAllQuotes(!allQuotes)}
        />
        <QuoteList
          quotes={allQuotes ? view.quotes : pickTopQuotes(view.quotes, TOP_QUOTES)}
          actions={{ show }}
          compact={!allQuotes}
        />
      </section>
      <footer class="actions">
        <button
          type="button"
          class="btn primary"
          onClick={() => void openSidebar(tabId).catch((e: Error) => setToast({ message: e.message }))}
        >
          {t('openSidebar')}
        </button>
        <ExportMenu
          article={state.article}
          record={state.record}
          extraction={state.extraction}
          annotations={state.annotations}
          onDone={(message) => setToast({ message })}
          colors={settings?.colors}
        />
        <button type="button" class="btn" onClick={() => void openLibrary()}>
          {t('openLibrary')}
        </button>
        <button type="button" class="btn link site-switch" onClick={() => void toggleQuiet()}>
          {quiet ? t('siteTurnOn') : t('siteTurnOff')}
        </button>
      </footer>
      <ToastBar toast={toast} onClose={closeToast} />
    </main>
  );
}

/** A section's heading with "Show all (n)" beside it when `hidden` items are left out. */
function SectionHead({
  id,
  title,
  hidden,
  open,
  onToggle,
}: {
  id: string;
  title: string;
  hidden: number;
  open: boolean;
  onToggle(): void;
}) {
  return (
    <div class="row section-head">
      <h2 class="section-title" id={id}>
        {title}
      </h2>
      <span class="grow" />
      {hidden > 0 && (
        <button
          type="button"
          class="btn link small"
          aria-expanded={open}
          onClick={onToggle}
          aria-label={`${open ? t('showFewer') : t('showAll', hidden)}: ${title}`}
        >
          {open ? t('showFewer') : t('showAll', hidden)}
        </button>
      )}
    </div>
  );
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
