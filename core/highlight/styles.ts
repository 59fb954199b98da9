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

/** CSS for the highlights named `${prefix}-${colour}` and `${prefix}-flash`. Pure. */
export function highlightCss(prefix: string, colors: Readonly<Record<ColorId, string>>, flash: string): string {
  const rules = COLOR_IDS.map((c) => `::highlight(${prefix}-${c}) { background-color: ${colors[c]}; }`);
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
