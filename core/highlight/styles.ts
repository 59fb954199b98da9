// The painter's stylesheet: one ::highlight() rule per colour, loaded as a constructable stylesheet so it survives
// a strict style-src Content-Security-Policy and never touches the page's own sheets.
import { PAGE_FLASH_COLOR, PAGE_HIGHLIGHT_COLORS, PAGE_UNCONFIRMED_COLOR } from '../palette';
import { COLOR_IDS, type ColorId } from '../types';

/** Default highlight backgrounds, flash and unconfirmed underline: the page colours of core/palette.ts. */
export const DEFAULT_COLORS = PAGE_HIGHLIGHT_COLORS;
export const DEFAULT_FLASH_COLOR = PAGE_FLASH_COLOR;
export const DEFAULT_UNCONFIRMED_COLOR = PAGE_UNCONFIRMED_COLOR;

/**
 * CSS for the highlights named `${prefix}-${colour}`, `${prefix}-unconfirmed` and `${prefix}-flash`. Pure.
 * The unconfirmed one has no background but a dashed underline (Chromium paints `text-decoration` on ::highlight
 * since 105), so it reads as "probably here" rather than as a highlight.
 */
export function highlightCss(
  prefix: string,
  colors: Readonly<Record<ColorId, string>>,
  flash: string,
  unconfirmed = DEFAULT_UNCONFIRMED_COLOR,
): string {
  const rules = COLOR_IDS.map((c) => `::highlight(${prefix}-${c}) { background-color: ${colors[c]}; }`);
  rules.push(
    `::highlight(${prefix}-unconfirmed) { background-color: transparent; text-decoration: underline dashed 2px ${unconfirmed}; text-underline-offset: 3px; }`,
  );
  rules.push(`::highlight(${prefix}-flash) { background-color: ${flash}; }`);
  return rules.join('\n');
}

/** What injectStyles did, so it can be undone exactly. */
export interface InjectedStyles {
  /** 'adopted' = appended to document.adoptedStyleSheets; 'element' = a <style> in <head> (no constructable sheets). */
  how: 'adopted' | 'element' | 'none';
  remove(): void;
}

interface SheetCtor {
  new (): { replaceSync(css: string): void };
}

/**
 * Adds `css` to `doc`: appended to `adoptedStyleSheets` (the page's own sheets are kept), else a <style> element.
 * `Sheet` is the document's CSSStyleSheet constructor (passed in so Node tests can fake it).
 */
export function injectStyles(doc: Document, css: string, Sheet: SheetCtor | undefined): InjectedStyles {
  const adoptable = doc as unknown as { adoptedStyleSheets?: unknown[] };
  if (Sheet && Array.isArray(adoptable.adoptedStyleSheets)) {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      adoptable.adoptedStyleSheets = [...adoptable.adoptedStyleSheets, sheet];
      return {
        how: 'adopted',
        remove: () => {
          adoptable.adoptedStyleSheets = (adoptable.adoptedStyleSheets ?? []).filter((s) => s !== sheet);
        },
      };
    } catch {
      // Some isolated worlds refuse a sheet built in the extension's realm; the <style> fallback below still works.
    }
  }
  const parent = doc.head ?? doc.documentElement;
  if (!parent) return { how: 'none', remove: () => {} };
  const style = doc.createElement('style');
  style.textContent = css;
  parent.appendChild(style);
  return { how: 'element', remove: () => style.remove() };
}
