// Every interface string goes through browser.i18n (public/_locales/<lang>/messages.json) so Lede can be translated.
// The catalogue's keys type `t`; its text is not bundled (the browser reads it), which keeps the content script lean.
import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** The string for `key` in the browser's language; the key itself where the browser has none (never empty). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  try {
    const text = (browser.i18n.getMessage as (k: string, s?: string[]) => string)(key, substitutions.map(String));
    if (text) return text;
  } catch {
    // Outside an extension (unit tests, previews) there is no i18n API.
  }
  return [key, ...substitutions].join(' ');
}
