// The highlight painter: CSS Custom Highlight API, no change to the page's DOM beyond one adopted stylesheet.
export { createPainter } from './painter';
export type {
  HighlightEnv,
  HighlightLike,
  HighlightRegistryLike,
  PaintOptions,
  Painter,
  PainterOptions,
  PainterStatus,
} from './painter';
export { DEFAULT_COLORS, DEFAULT_FLASH_COLOR, DEFAULT_UNCONFIRMED_COLOR, highlightCss } from './styles';
