// The popup: the article found on the active tab, its top facts, quotes and people, and quick actions.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ArticleCard } from '../../components/ArticleCard';
import { EntityList, FactList, QuoteList } from '../../components/ExtractedLists';
import { RevisionNotice } from '../../components/RevisionNotice';
import { StateView } from '../../components/StateView';
import { ToastBar } from '../../components/ToastBar';
import { useTabArticle, useTargetTab } from '../../components/use-tab-article';
import { ExportMenu } from '../../components/ExportMenu';
import { t } from '../../lib/i18n';
import { openLibrary, openSidebar } from '../../lib/open-pages';
import { loadSettings, saveSettings, type LedeSettings } from '../../lib/settings';

const TOP = 3;

export function App() {
  const tabId = useTargetTab(false);
  const { state, reload, toast, setToast, show } = useTabArticle(tabId);
  const [settings, setSettings] = useState<LedeSettings | null>(null);
  useEffect(() => void loadSettings().then(setSettings), []);
  const closeToast = useCallback(() => setToast(null), [setToast]);

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

  return (
    <main>
      <div class="brand"><img src="/icon/32.png" alt="" />{t('appName')}</div>
      {state.state !== 'ready' ? (
        <StateView state={state} onTryAnyway={() => void reload({ force: true })} onRetry={() => void reload()} />
      ) : (
        <>
          <ArticleCard article={state.article} highlights={state.annotations.length} />
          <RevisionNotice article={state.article} extraction={state.extraction} annotations={state.annotations} />
          <h2 class="section-title">{t('keyFacts')}</h2>
          <FactList facts={state.extraction.facts} actions={{ show }} limit={TOP} />
          <h2 class="section-title">{t('quotes')}</h2>
          <QuoteList quotes={state.extraction.quotes} actions={{ show }} limit={TOP} />
          <h2 class="section-title">{t('peoplePlaces')}</h2>
          <div>
            {state.extraction.entities.filter((e) => e.main).map((e) => (
              <span key={e.id} class="chip" title={e.type}>{e.name}</span>
            ))}
            {state.extraction.entities.every((e) => !e.main) && <span class="muted">{t('nothingYet')}</span>}
          </div>
          <div class="actions">
            <button class="btn primary" onClick={() => void openSidebar(tabId).catch((e: Error) => setToast({ message: e.message }))}>
              {t('openSidebar')}
            </button>
            <ExportMenu article={state.article} extraction={state.extraction} annotations={state.annotations} onDone={(message) => setToast({ message })} />
            <button class="btn" onClick={() => void openLibrary()}>{t('openLibrary')}</button>
            <button class="btn" aria-pressed={!quiet} onClick={() => void toggleQuiet()}>
              {quiet ? t('highlightModeOff') : t('highlightModeOn')}
            </button>
          </div>
        </>
      )}
      {state.state !== 'ready' && (
        <div class="actions"><button class="btn" onClick={() => void openLibrary()}>{t('openLibrary')}</button></div>
      )}
      <ToastBar toast={toast} onClose={closeToast} />
    </main>
  );
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
