// The honest states of a page: working, no article (with the reason), unreadable, and errors with what to do.
import type { TabArticleState } from '../lib/tab-article';
import { t } from '../lib/i18n';

export function StateView({
  state,
  onTryAnyway,
  onRetry,
}: {
  state: Exclude<TabArticleState, { state: 'ready' }>;
  onTryAnyway(): void;
  onRetry(): void;
}) {
  switch (state.state) {
    case 'loading':
      return (
        <div class="state" role="status" aria-live="polite">
          <span class="spinner" aria-hidden="true" /> <span>{t('working')}</span>
        </div>
      );
    case 'not-article':
      return (
        <div class="state" data-testid="no-article">
          <h2>{t('noArticleTitle')}</h2>
          <p class="muted">{state.reason}</p>
          <button class="btn primary" onClick={onTryAnyway}>
            {t('tryAnyway')}
          </button>
        </div>
      );
    case 'unreadable':
      return (
        <div class="state" data-testid="unreadable">
          <h2>{t('unreadableTitle')}</h2>
          <p class="muted">{state.own ? state.reason : t('unreadableBody')}</p>
        </div>
      );
    case 'error':
      return (
        <div class="state" role="alert" data-testid="error">
          <h2>{t('errorTitle')}</h2>
          <p class="muted">{state.reason}</p>
          <p>{t('errorAction')}</p>
          <button class="btn" onClick={onRetry}>
            {t('retry')}
          </button>
        </div>
      );
  }
}
