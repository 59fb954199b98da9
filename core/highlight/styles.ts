// The painter's stylesheet, inside its closed shadow root: the layer at the document's origin, above the page but
// never in the way of a click, and one rule per colour for the boxes drawn over a passage.
import { PAGE_FLASH_COLOR, PAGE_HIGHLIGHT_COLORS, PAGE_UNCONFIRMED_COLOR } from '../palette';
import { COLOR_IDS, type ColorId } from '../types';

/** Default highlight backgrounds, flash and unconfirmed underline: the page colours of core/palette.ts. */
export const DEFAULT_COLORS = PAGE_HIGHLIGHT_COLORS;
export const DEFAULT_FLASH_COLOR = PAGE_FLASH_COLOR;
export const DEFAULT_UNCONFIRMED_COLOR = PAGE_UNCONFIRMED_COLOR;

/**
 * CSS for the layer and its boxes, grouped as `[data-h="${prefix}-${colour}"]`, `-unconfirmed` and `-flash`. Pure.
 * The colours are translucent, so the words show through a box drawn over them. An unconfirmed placement has no
 * fill but a dashed line under the words, so it reads as "probably here" rather than as a highlight.
 */
export function paintCss(
  prefix: string,
  colors: Readonly<Record<ColorId, string>>,
  flash: string,
  unconfirmed = DEFAULT_UNCONFIRMED_COLOR,
): string {
  const rules = [
    // The host's own box draws nothing of the page's: a rule on elements it did not make can give any element a
    // ::before or ::after, fixed over the window (the host's own style cannot reach its pseudo-elements).
    ':host::before, :host::after { content: none !important; display: none !important; }',
    // Clipped to the size the painter gives it, the page's own extent: its boxes never make the document larger.
    '.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: clip; z-index: 2147483646; pointer-events: none; }',
    '.layer div[data-h] > div { position: absolute; box-sizing: border-box; pointer-events: none; border-radius: 2px; }',
    '.layer div[hidden] { display: none; }',
    '.layer > .veil { position: fixed; pointer-events: none; }',
    // In the top layer (a manual popover, top-layer.ts) without the browser's popover box: no frame, and its clip.
    '.layer[popover] { right: auto; bottom: auto; margin: 0; border: 0; padding: 0; overflow: clip; background: transparent; }',
    '@media print { .layer { display: none; } }',
  ];
  for (const c of COLOR_IDS) rules.push(`[data-h="${prefix}-${c}"] > div { background-color: ${colors[c]}; }`);
  rules.push(
    `[data-h="${prefix}-unconfirmed"] > div { background: transparent; border-bottom: 2px dashed ${unconfirmed}; border-radius: 0; }`,
  );
  rules.push(`[data-h="${prefix}-flash"] > div { background-color: ${flash}; }`);
  return rules.join('\n');
}

/**
 * Appends `css` to `target`'s adopted sheets (a document's own sheets are kept) as a constructed sheet, which a page's
 * strict style-src CSP does not refuse; a <style> element (in a document's head) where constructed sheets are missing
 * or refused. Returns what undoes it.
 */
export function adoptStyles(target: Document | ShadowRoot, css: string): () => void {
  const doc = target.nodeType === 9 ? (target as Document) : (target.ownerDocument as Document);
  const Sheet = (doc.defaultView as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null)?.CSSStyleSheet;
  const adoptable = target as unknown as { adoptedStyleSheets?: CSSStyleSheet[] };
  if (Sheet && Array.isArray(adoptable.adoptedStyleSheets)) {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      adoptable.adoptedStyleSheets = [...adoptable.adoptedStyleSheets, sheet];
      return () => {
        adoptable.adoptedStyleSheets = (adoptable.adoptedStyleSheets ?? []).filter((s) => s !== sheet);
      };
    } catch {
      // Some isolated worlds refuse a sheet built in the extension's realm: the <style> below still works.
    }
  }
  const style = doc.createElement('style');
  style.textContent = css;
  const parent = target.nodeType === 9 ? (doc.head ?? doc.documentElement) : target;
  parent?.appendChild(style);
  return () => style.remove();
}
