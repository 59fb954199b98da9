// The highlight painter: boxes drawn over passages from a closed shadow root; the page's DOM and CSS untouched.
export { createPainter } from './painter';
export { endsOf, isMoved } from './geometry';
export type { HighlightEnv, PaintOptions, Painter, PainterOptions, PainterStatus, PlaceKeeper } from './painter';
export { DEFAULT_COLORS, DEFAULT_FLASH_COLOR, DEFAULT_UNCONFIRMED_COLOR, paintCss } from './styles';
