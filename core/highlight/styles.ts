// The painter's stylesheet: one ::highlight() rule per colour, loaded as a constructable stylesheet so it survives
// a strict style-src Content-Security-Policy and never touches the page's own sheets.
import { COLOR_IDS, type ColorId } from '../types';

/** Default highlight backgrounds: light enough to read black or white text through. */
export const DEFAULT_COLORS: Readonly<Record<ColorId, string>> = {
  yellow: 'rgba(255, 214, 0, 0.42)',
  green: 'rgba(80, 200, 120, 0.38)',
  blue: 'rgba(80, 160, 255, 0.36)',
  pink: 'rgba(255, 105, 180, 0.34)',
  purple: 'rgba(160, 100, 255, 0.34)',
};

/** Background of the temporary flash (a passage scrolled to from the sidebar). */
export const DEFAULT_FLASH_COLOR = 'rgba(255, 140, 0, 0.55)';

/** Underline of a placement the reader has yet to confirm: the yellow highlight's hue, opaque enough to see. */
export const DEFAULT_UNCONFIRMED_COLOR = 'rgb(214, 160, 0)';

/**
 * CSS for the highlights named `${prefix}-${colour}`, `${prefix}-unconfirmed` and `${prefix}-flash`. Pure.
 * The unconfirmed one has no background but a dashed underline (Chromium paints `text-decoration` on ::highlight
 * since 105), so it reads as "probably here" rather than as a highlight.
 */
export function highlightCss(prefix: string, colors: Readonly<Record<ColorId, string>>, flash: string, unconfirmed = DEFAULT_UNCONFIRMED_COLOR): string {
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
