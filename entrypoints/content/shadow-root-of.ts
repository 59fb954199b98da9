// Shadow roots and frames of the page as Lede's content script may enter them: to judge the words a closed root draws
// into a passage (highlight-actions.ts), and to find where the page put the focus (editor-frame.ts).

/**
 * An element's shadow root, open or closed, as an extension's content script may read it: Firefox gives its content
 * scripts `openOrClosedShadowRoot`, Chromium `chrome.dom.openOrClosedShadowRoot`. A page's closed root is where it
 * can draw words between two of the passage's that the quote leaves out (red team 45).
 */
export function shadowRootOf(el: Element): ShadowRoot | null {
  const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } } }).chrome
    ?.dom;
  try {
    return dom?.openOrClosedShadowRoot ? (dom.openOrClosedShadowRoot(el) ?? null) : el.shadowRoot;
  } catch {
    return el.shadowRoot;
  }
}

/** Elements whose focus means the keys go to a document of their own. */
const FRAME_TAGS = /^(IFRAME|FRAME|OBJECT|EMBED)$/;

/**
 * The frame element holding the focus of `doc` whose document Lede's script here cannot enter (another origin), found
 * through shadow roots (closed ones too) and reachable frames; null when the focus is in a document Lede hears, or
 * on an element `skip` says is Lede's own. The reader's keys then go to that frame's process, unheard here.
 */
export function unreachedFocus(doc: Document, skip: (el: Element) => boolean): HTMLElement | null {
  let el = doc.activeElement;
  for (let depth = 0; el && depth < 64; depth++) {
    if (skip(el)) return null;
    const root = shadowRootOf(el);
    if (root?.activeElement) {
      el = root.activeElement;
      continue;
    }
    if (!FRAME_TAGS.test(el.nodeName.toUpperCase())) return null;
    let inner: Document | null = null;
    try {
      inner = (el as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null;
    }
    if (!inner) return el as HTMLElement;
    el = inner.activeElement;
  }
  return null;
}
