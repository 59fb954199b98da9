// Lede's one palette: the five highlight colours (core/types COLOR_IDS) as each surface shows them. The meaning of
// a colour (its label) lives in lib/settings; the values live here and nowhere else. assets/theme.css keeps them
// as CSS variables (--hl-*) for the extension pages, checked equal to SWATCH_COLORS by tests/core/palette.test.ts.
import type { ColorId } from './types';

/** Highlight backgrounds painted over a web page: translucent, light enough to read black or white text through. */
export const PAGE_HIGHLIGHT_COLORS: Readonly<Record<ColorId, string>> = {
  yellow: 'rgba(255, 214, 0, 0.42)',
  green: 'rgba(80, 200, 120, 0.38)',
  blue: 'rgba(80, 160, 255, 0.36)',
  pink: 'rgba(255, 105, 180, 0.34)',
  purple: 'rgba(160, 100, 255, 0.34)',
};

/** Background of the temporary flash on a page (a passage scrolled to from the sidebar). */
export const PAGE_FLASH_COLOR = 'rgba(255, 140, 0, 0.55)';

/** Underline of a placement the reader has yet to confirm: the yellow highlight's hue, opaque enough to see. */
export const PAGE_UNCONFIRMED_COLOR = 'rgb(214, 160, 0)';

/** Opaque pale backgrounds for exported documents (the HTML export), where nothing shows through. */
export const EXPORT_HIGHLIGHT_COLORS: Readonly<Record<ColorId, string>> = {
  yellow: '#fff3a3',
  green: '#c8f0c2',
  blue: '#c9e2ff',
  pink: '#ffd0e3',
  purple: '#e3d3ff',
};

/** Swatches in the extension's own pages (colour dots and pickers): stronger, to be told apart at a glance. */
export const SWATCH_COLORS: Readonly<Record<ColorId, string>> = {
  yellow: '#ffe066',
  green: '#8ce99a',
  blue: '#74c0fc',
  pink: '#faa2c1',
  purple: '#d0bfff',
};

/**
 * Swatches on Lede's own dark UI over a page (the selection toolbar and the note editor, both on DARK_UI_COLORS.surface): brighter
 * than SWATCH_COLORS, which sit on the extension pages' light or dark backgrounds.
 */
export const DARK_UI_SWATCH_COLORS: Readonly<Record<ColorId, string>> = {
  yellow: '#ffd84d',
  green: '#7ee081',
  blue: '#7cc4ff',
  pink: '#ff9ecf',
  purple: '#c9a4ff',
};

/**
 * The other colours of Lede's dark UI over a page, shared by the toolbar, toasts and hints (the shadow root's sheet
 * in entrypoints/content/ui-host.ts), the editor's iframe (editor-frame.ts, whose background shows until the page
 * paints) and the note editor page. note-editor.css keeps them as CSS variables (--ui-*) so that page's first paint
 * needs no script; tests/core/palette.test.ts checks them equal to this table.
 */
export const DARK_UI_COLORS = {
  /** Background of every dark surface (toolbar, toast, hint, shortcuts, editor); also text on a swatch. */
  surface: '#1f2328',
  /** Text on `surface`. */
  text: '#f6f8fa',
  /** Keyboard focus ring. */
  focus: '#6cb6ff',
  /** Background of an error (toast or message). */
  error: '#8e1519',
  /** Border (and, in the editor, outer ring) of the chosen swatch. */
  chosenRing: '#fff',
  /** Background of a hovered button. */
  hover: 'rgba(255, 255, 255, 0.12)',
  /** Border of a swatch not chosen. */
  swatchBorder: 'rgba(255, 255, 255, 0.3)',
} as const;
