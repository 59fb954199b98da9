// Every interface string goes through browser.i18n (public/_locales/<lang>/messages.json) so Lede can be translated.
import { browser } from 'wxt/browser';
import messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** The string for `key` in the browser's language, English when the key has no translation. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  let text = '';
  try {
    text = (browser.i18n.getMessage as (k: string, s?: string[]) => string)(key, subs);
  } catch {
    // Outside an extension (unit tests, previews) there is no i18n API: fall back to English below.
  }
  if (text) return text;
  // Placeholders appear in substitution order in every message we write.
  return subs.reduce((s, sub) => s.replace(/\$[A-Z_]+\$/, () => sub), messages[key].message);
}
