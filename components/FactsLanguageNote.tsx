// Said in place of the key facts when the article's language is one the fact rules cannot read.
import { t } from '../lib/i18n';
import type { UnsupportedLanguage } from './facts-language';

/** "Key facts are not available for Korean yet…", or the same for an unnamed language. */
export function FactsLanguageNote({ language }: { language: UnsupportedLanguage }) {
  return (
    <p class="muted" data-testid="facts-language" role="note">
      {language.name ? t('factsLanguageUnsupported', language.name) : t('factsLanguageUnknown')}
    </p>
  );
}
