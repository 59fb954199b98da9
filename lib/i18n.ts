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

/** Keys with plural forms: `base_one`, `base_other` (and any other CLDR category a translation needs). */
type PluralBase = { [K in MessageKey]: K extends `${infer B}_other` ? B : never }[MessageKey];

/**
 * The plural form of `base` for `count` in the browser's language ("1 mention", "2 mentions"), chosen by
 * Intl.PluralRules; chrome.i18n has no plurals of its own. Falls back to `base_other`.
 */
export function tCount(base: PluralBase, count: number): string {
  let lang = 'en';
  try {
    lang = browser.i18n.getUILanguage() || 'en';
  } catch {
    // Outside an extension: English rules.
  }
  const category = new Intl.PluralRules(lang).select(count);
  const key = `${base}_${category}` as MessageKey;
  try {
    const text = (browser.i18n.getMessage as (k: string, s?: string[]) => string)(key, [String(count)]);
    if (text) return text;
  } catch {
    // No i18n API: fall through to the _other form.
  }
  return t(`${base}_other` as MessageKey, count);
}
