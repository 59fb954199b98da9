// What the painter offers and takes (painter.ts): the page-side interface the content script and the tests use,
// split from painter.ts, which had passed 400 lines.
import type { ColorId } from '../types';

/** What the painter needs from the page's window. Defaults to `doc.defaultView`'s; tests pass fakes. */
export interface HighlightEnv {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Runs `fn` before the next frame (requestAnimationFrame); placing boxes waits for it. */
  requestFrame(fn: () => void): unknown;
}

/** Options of createPainter. */
export interface PainterOptions {
  /** Boxes carry `data-h="${prefix}-${colour}"` (also `-unconfirmed`, `-flash`). Default 'lede'. */
  prefix?: string;
  /** Background per colour (CSS colour strings). Defaults: DEFAULT_COLORS. */
  colors?: Partial<Record<ColorId, string>>;
  flashColor?: string;
  /** Colour of the dashed underline under unconfirmed placements. Default DEFAULT_UNCONFIRMED_COLOR. */
  unconfirmedColor?: string;
  /** How long flash() shows a range, in ms. Default 1200. */
  flashMs?: number;
  /** Browser objects to use instead of `doc.defaultView`'s (tests; content scripts may pass ctx-bound timers). */
  env?: Partial<HighlightEnv>;
  /**
   * Called once if the page leaves Lede nowhere to draw (it kept removing the layer, and its body takes no shadow
   * root of Lede's): highlights are then not shown on that page, rather than shown where the page could read them.
   */
  onBlocked?: () => void;
  /** Keeps where each painted range is, to find it again when the page replaces its nodes with the same words. */
  keeper?: PlaceKeeper;
  /**
   * An element's shadow root as the layer's look into the page's roots reads it (top-layer.ts `lookDeep`): the
   * content script passes one that reaches closed roots. Default: open roots only.
   */
  rootOf?: (el: Element) => ShadowRoot | null;
}

/**
 * What finds a painted passage again when the page re-rendered its nodes (painter.ts asks at a placing, for the ranges
 * whose boundaries the page moved). It must never answer with other words than those painted.
 */
export interface PlaceKeeper {
  /** `range` was painted under `id` (`unconfirmed`: dashed): keep what finds it again. Called while it is live. */
  keep(id: string, range: Range, unconfirmed: boolean): void;
  /** `id` is no longer painted. */
  drop(id: string): void;
  /**
   * For those of `lost` it looked for: a range over the same words, or null where they are not there (it draws
   * nothing until painted again). Those left out were not looked for this time (its work is bounded per placing):
   * they keep their boxes and are asked for at the next placing.
   */
  refind(lost: ReadonlyArray<{ id: string; range: Range }>): ReadonlyMap<string, Range | null>;
}

/** How one range is painted. */
export interface PaintOptions {
  /** A placement below full confidence, shown with a dashed underline until the reader confirms it. */
  unconfirmed?: boolean;
}

/** Whether the painter can paint, and if not, why (in plain words). */
export type PainterStatus = { ok: true } | { ok: false; reason: string };

/** A page-side painter. Every method is a no-op (returning false / []) when `status.ok` is false. */
export interface Painter {
  readonly status: PainterStatus;
  /**
   * Makes the paint layer now, before anything is painted: on a page with notes it is there whether or not any
   * passage was found, so a page serving versions of its article cannot tell from it which one holds a highlight.
   */
  prepare(): void;
  /**
   * Paints `range` in `color` under `id`, replacing an earlier range, colour or mark of that id. Keeps the live
   * Range. With `unconfirmed`, the range is drawn as a dashed underline instead (a placement the reader has yet to
   * confirm), whatever its colour.
   */
  paint(id: string, range: Range, color: ColorId, opts?: PaintOptions): boolean;
  /** Whether `id` is painted as unconfirmed; false when it is painted normally or not at all. */
  isUnconfirmed(id: string): boolean;
  /** Unpaints `id`; false if it was not painted. */
  remove(id: string): boolean;
  /** Unpaints everything (the layer stays until destroy). */
  clear(): void;
  /** Shows `range` in the flash colour for `ms` (default flashMs), then removes it. */
  flash(range: Range, ms?: number): void;
  /** Ids painted at viewport point (x, y), topmost / latest first. */
  hitTest(x: number, y: number): string[];
  /** Whether `node` is the painter's own host (its boxes live in a closed shadow root under it). */
  owns(node: Node): boolean;
  /** Ids currently painted, in paint order. */
  ids(): string[];
  /**
   * The page changed its nodes: where it replaced a painted passage's nodes, the passage is found again (the
   * keeper's) and its boxes placed before the next frame. Costs no work beyond asking for a placing when nothing is
   * painted. The page's mutation is judged at the placing, not here, however many nodes it changed.
   */
  changed(): void;
  /** Shows the layer above the page's top layer again, whatever the page did (the reader's own moments). */
  raise(): void;
  /**
   * A look of Lede's own into the page's shadow roots (top-layer.ts `lookDeep`): the layer is shown above a modal
   * dialog or popover the page shows there, which no event of the document's tells. At a new highlight painted.
   */
  lookDeep(): void;
  /** Unpaints everything and removes the layer. The painter is dead afterwards. */
  destroy(): void;
}
