// Keeps an element Lede adds to a page drawn at the window's own scale. CSS `zoom` multiplies down the tree, and no
// declaration of the host's own undoes an ancestor's: a page that set `zoom: 0.02` on its root and 50 on its own
// blocks drew its article as before and Lede's toolbar, toasts, note editor and highlights at a fiftieth, where no one
// sees them (red team 57, Z). A rule in the host's shadow root sets the inverse of the zoom its top-level elements
// inherit (on them, not on `:host`: the paint layer's host has no box, `display: contents`, and a zoom set there did
// not reach the layer), and a probe there hears any change the page makes later.

/** What keeps the host unzoomed: `check` looks again now; `destroy` stops listening. */
export interface ZoomKeeper {
  check(): void;
  destroy(): void;
}

/** The effective zoom Lede's elements are drawn at: the window's. */
const WANTED = 1;
/** Off by less than this share, the zoom is left as it is (float noise). */
const TOLERANCE = 0.005;

/**
 * Sets `:host > * { zoom }` in `root` (the closed shadow root of `host`) so that its content is drawn at zoom 1 whatever
 * the page's ancestors set, now and whenever the probe's size in device pixels changes (a zoom the page changes later);
 * `defer` runs the look after that change's notice (a look inside the notice would resize what it observes).
 * Returns null where the engine has no `zoom` to read (`currentCSSZoom`) or no adoptable sheet: nothing to undo there.
 */
export function keepUnzoomed(host: HTMLElement, root: ShadowRoot, defer: (fn: () => void) => void): ZoomKeeper | null {
  const view = host.ownerDocument.defaultView as
    | (Window & { CSSStyleSheet?: typeof CSSStyleSheet; ResizeObserver?: typeof ResizeObserver })
    | null;
  const adoptable = root as unknown as { adoptedStyleSheets?: CSSStyleSheet[] };
  if (!view?.CSSStyleSheet || !Array.isArray(adoptable.adoptedStyleSheets) || !('currentCSSZoom' in host)) return null;
  // A box of 100x1 px, drawn nowhere the reader sees: its zoom is the one Lede's elements get, and its size in device
  // pixels follows every zoom above it.
  const probe = host.ownerDocument.createElement('div');
  let sheet: CSSStyleSheet;
  try {
    sheet = new view.CSSStyleSheet();
    adoptable.adoptedStyleSheets = [...adoptable.adoptedStyleSheets, sheet];
  } catch {
    return null; // an isolated world that refuses a sheet of its own realm: nothing to set the zoom with
  }
  let own = 1;
  const check = (): void => {
    // Out of the document (the host not placed yet) nothing is inherited to undo.
    if (!probe.isConnected) return;
    const now = (probe as HTMLElement & { currentCSSZoom: number }).currentCSSZoom;
    if (!(now > 0) || !Number.isFinite(now)) return;
    const inherited = now / own;
    const want = WANTED / inherited;
    if (Math.abs(want - own) <= own * TOLERANCE) return;
    own = want;
    sheet.replaceSync(own === 1 ? '' : `:host > * { zoom: ${own} !important; }`);
  };
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText =
    'position: fixed; left: 0; top: 0; width: 100px; height: 1px; visibility: hidden; pointer-events: none;';
  root.append(probe);
  let observer: ResizeObserver | null = null;
  try {
    observer = view.ResizeObserver ? new view.ResizeObserver(() => defer(check)) : null;
    observer?.observe(probe, { box: 'device-pixel-content-box' });
  } catch {
    observer = null; // no device-pixel box to observe: the zoom is looked at on each use only
  }
  check();
  return {
    check,
    destroy: () => {
      observer?.disconnect();
      probe.remove();
      adoptable.adoptedStyleSheets = (adoptable.adoptedStyleSheets ?? []).filter((s) => s !== sheet);
    },
  };
}
