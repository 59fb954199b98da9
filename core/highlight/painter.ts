// Paints highlights with the CSS Custom Highlight API: one named Highlight per colour, ranges added and removed,
// never a wrapper element in the page's DOM. Finds which highlights lie under a point for clicks and hovers.
import { COLOR_IDS, type ColorId } from '../types';
import {
  DEFAULT_COLORS,
  DEFAULT_FLASH_COLOR,
  DEFAULT_UNCONFIRMED_COLOR,
  highlightCss,
  injectStyles,
  type InjectedStyles,
} from './styles';

/** The parts of a Highlight the painter uses (a real `Highlight` or a test fake). */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  priority: number;
}

/** The parts of `CSS.highlights` the painter uses; `highlightsFromPoint` only where the browser has it. */
export interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  get(name: string): HighlightLike | undefined;
  delete(name: string): boolean;
  highlightsFromPoint?(x: number, y: number): unknown[];
}

/** What the painter needs from the page's window. Defaults to `doc.defaultView`; tests pass fakes. */
export interface HighlightEnv {
  Highlight: new (...ranges: AbstractRange[]) => HighlightLike;
  registry: HighlightRegistryLike;
  CSSStyleSheet?: new () => { replaceSync(css: string): void };
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Options of createPainter. */
export interface PainterOptions {
  /** Highlight names are `${prefix}-${colour}`, `${prefix}-unconfirmed` and `${prefix}-flash`. Default 'lede'. */
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
}

/** How one range is painted. */
export interface PaintOptions {
  /** A placement below full confidence, shown with a dashed underline until the reader confirms it. */
  unconfirmed?: boolean;
}

/** Whether the painter can paint, and if not, why (in plain words). */
export type PainterStatus = { ok: true; styles: InjectedStyles['how'] } | { ok: false; reason: string };

/** A page-side painter. Every method is a no-op (returning false / []) when `status.ok` is false. */
export interface Painter {
  readonly status: PainterStatus;
  /**
   * Paints `range` in `color` under `id`, replacing an earlier range, colour or mark of that id. Keeps the live
   * Range. With `unconfirmed`, the range goes to the `${prefix}-unconfirmed` highlight instead (a dashed underline:
   * a placement the reader has yet to confirm), whatever its colour.
   */
  paint(id: string, range: Range, color: ColorId, opts?: PaintOptions): boolean;
  /** Whether `id` is painted as unconfirmed; false when it is painted normally or not at all. */
  isUnconfirmed(id: string): boolean;
  /** Unpaints `id`; false if it was not painted. */
  remove(id: string): boolean;
  /** Unpaints everything (styles stay until destroy). */
  clear(): void;
  /** Shows `range` in the flash colour for `ms` (default flashMs), then removes it. */
  flash(range: Range, ms?: number): void;
  /** Ids painted at viewport point (x, y), topmost / latest first. */
  hitTest(x: number, y: number): string[];
  /** Ids currently painted, in paint order. */
  ids(): string[];
  /** Unpaints everything, unregisters the highlights and removes the stylesheet. The painter is dead afterwards. */
  destroy(): void;
}

function defaultEnv(doc: Document): Partial<HighlightEnv> {
  const win = doc.defaultView as (Window & { Highlight?: HighlightEnv['Highlight'] }) | null;
  if (!win) return {};
  const css = (win as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  return {
    Highlight: win.Highlight,
    registry: css?.highlights,
    CSSStyleSheet: (win as unknown as { CSSStyleSheet?: HighlightEnv['CSSStyleSheet'] }).CSSStyleSheet,
    setTimeout: (fn, ms) => win.setTimeout(fn, ms),
    clearTimeout: (h) => win.clearTimeout(h as number),
  };
}

function isInRects(range: { getClientRects?: () => ArrayLike<DOMRectReadOnly> }, x: number, y: number): boolean {
  const rects = range.getClientRects?.() ?? [];
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

const DEAD: Painter = {
  status: { ok: false, reason: 'destroyed' },
  paint: () => false,
  isUnconfirmed: () => false,
  remove: () => false,
  clear: () => {},
  flash: () => {},
  hitTest: () => [],
  ids: () => [],
  destroy: () => {},
};

/**
 * Creates a painter for `doc`. Injects one stylesheet (adoptedStyleSheets, appended) and registers the named
 * highlights; changes nothing else in the page. Where the Highlight API is missing it returns a painter whose
 * status is `{ ok: false, reason }` and whose methods do nothing.
 */
export function createPainter(doc: Document, opts: PainterOptions = {}): Painter {
  const env = { ...defaultEnv(doc), ...opts.env };
  if (!env.Highlight || !env.registry) {
    return {
      ...DEAD,
      status: { ok: false, reason: 'this browser has no CSS Custom Highlight API (Highlight, CSS.highlights)' },
    };
  }
  const { Highlight, registry } = env;
  const prefix = opts.prefix ?? 'lede';
  const flashMs = opts.flashMs ?? 1200;
  const colors = { ...DEFAULT_COLORS, ...opts.colors };
  const styles = injectStyles(
    doc,
    highlightCss(
      prefix,
      colors,
      opts.flashColor ?? DEFAULT_FLASH_COLOR,
      opts.unconfirmedColor ?? DEFAULT_UNCONFIRMED_COLOR,
    ),
    env.CSSStyleSheet,
  );

  const byColor = new Map<ColorId, HighlightLike>();
  for (const c of COLOR_IDS) byColor.set(c, new Highlight());
  const unconfirmedHighlight = new Highlight();
  const flashHighlight = new Highlight();
  // The flash must show over a colour it overlaps.
  flashHighlight.priority = 1;
  const owned = new Map<HighlightLike, string>();
  for (const [c, h] of byColor) owned.set(h, `${prefix}-${c}`);
  owned.set(unconfirmedHighlight, `${prefix}-unconfirmed`);
  owned.set(flashHighlight, `${prefix}-flash`);
  /** Registers (again) any of our highlights the page or another script removed from the registry. */
  const register = (h: HighlightLike): void => {
    const name = owned.get(h)!;
    if (registry.get(name) !== h) registry.set(name, h);
  };
  for (const h of owned.keys()) register(h);

  /** Each painted id with the Highlight it was added to, so remove() deletes it from that one. */
  const painted = new Map<string, { range: Range; color: ColorId; highlight: HighlightLike }>();
  const idOfRange = new Map<AbstractRange, string>();
  const timers = new Set<unknown>();
  let alive = true;

  const painter: Painter = {
    get status(): PainterStatus {
      return alive ? { ok: true, styles: styles.how } : DEAD.status;
    },
    paint(id, range, color, how = {}) {
      if (!alive || !byColor.has(color)) return false;
      painter.remove(id);
      const h = how.unconfirmed ? unconfirmedHighlight : byColor.get(color)!;
      register(h);
      h.add(range);
      painted.set(id, { range, color, highlight: h });
      idOfRange.set(range, id);
      return true;
    },
    remove(id) {
      const entry = painted.get(id);
      if (!alive || !entry) return false;
      entry.highlight.delete(entry.range);
      painted.delete(id);
      if (idOfRange.get(entry.range) === id) idOfRange.delete(entry.range);
      return true;
    },
    isUnconfirmed(id) {
      return painted.get(id)?.highlight === unconfirmedHighlight;
    },
    clear() {
      for (const h of byColor.values()) h.clear();
      unconfirmedHighlight.clear();
      painted.clear();
      idOfRange.clear();
    },
    flash(range, ms = flashMs) {
      if (!alive) return;
      register(flashHighlight);
      flashHighlight.add(range);
      const handle = env.setTimeout?.(() => {
        timers.delete(handle);
        flashHighlight.delete(range);
      }, ms);
      timers.add(handle);
    },
    hitTest(x, y) {
      if (!alive) return [];
      const out: string[] = [];
      const seen = new Set<string>();
      const push = (id: string | undefined): void => {
        if (id !== undefined && !seen.has(id)) {
          seen.add(id);
          out.push(id);
        }
      };
      if (typeof registry.highlightsFromPoint === 'function') {
        // Newer engines return { highlight, ranges }, the first shipped form returned bare Highlights.
        for (const hit of registry.highlightsFromPoint(x, y)) {
          const h = (
            hit && typeof hit === 'object' && 'highlight' in hit ? (hit as { highlight: HighlightLike }).highlight : hit
          ) as HighlightLike;
          if (!owned.has(h) || h === flashHighlight) continue;
          const ranges =
            hit && typeof hit === 'object' && 'ranges' in hit ? (hit as { ranges: AbstractRange[] }).ranges : null;
          if (ranges) for (const r of ranges) push(idOfRange.get(r));
          else
            for (const [id, e] of [...painted].reverse()) if (e.highlight === h && isInRects(e.range, x, y)) push(id);
        }
        return out;
      }
      for (const [id, e] of [...painted].reverse()) if (isInRects(e.range, x, y)) push(id);
      return out;
    },
    ids() {
      return [...painted.keys()];
    },
    destroy() {
      if (!alive) return;
      painter.clear();
      for (const t of timers) env.clearTimeout?.(t);
      timers.clear();
      flashHighlight.clear();
      for (const [h, name] of owned) if (registry.get(name) === h) registry.delete(name);
      styles.remove();
      alive = false;
    },
  };
  return painter;
}
