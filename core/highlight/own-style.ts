// The style of an element Lede adds to a page (the paint layer's host, the toolbar's and editor's host). A page can
// hide it: a stylesheet rule with !important that matches elements it did not make, or its script setting the
// element's style or `inert`. The declarations that could hide or move it are set with !important in the element's
// own style, which no stylesheet rule outranks, and a change the page's script makes is noticed and undone, up to a
// limit the caller sets (a page that answers every repair with another change would otherwise keep both busy forever).

/**
 * Sets `declarations` ("prop: value !important; …") on `el`, replacing whatever its style held; each is !important
 * only where it says so. A host with text should leave text spacing adjustable (WCAG 1.4.12: see ui-host.ts).
 */
export function applyOwnStyle(el: HTMLElement, declarations: string): void {
  el.removeAttribute('inert');
  // One parse of the whole list: a host's list names every property the browser knows (ui-host.ts), and setting
  // them one by one re-wrote the element's style some 470 times (0.2 s in Chromium).
  el.style.cssText = declarations;
}

/**
 * Applies `declarations` to `el` and watches its `style` and `inert`: when the page changes them, `changed` is
 * called; it returns true to have the style put back (and watching go on), false to stop watching. Returns the
 * watcher (to disconnect), or null where the window has no MutationObserver.
 */
export function keepOwnStyle(
  el: HTMLElement,
  declarations: string,
  view: Window | null,
  changed: () => boolean,
): MutationObserver | null {
  applyOwnStyle(el, declarations);
  let expected = el.getAttribute('style');
  const MO = (view as (Window & { MutationObserver?: typeof MutationObserver }) | null)?.MutationObserver;
  if (!MO) return null;
  const watch = new MO(() => {
    // Lede's own repair comes back here too: nothing to do while the style is as it was set.
    if (el.getAttribute('style') === expected && !el.hasAttribute('inert')) return;
    if (!changed()) {
      watch.disconnect();
      return;
    }
    applyOwnStyle(el, declarations);
    expected = el.getAttribute('style');
  });
  watch.observe(el, { attributes: true, attributeFilter: ['style', 'inert'] });
  return watch;
}

/** Letters and digits a host's tag name is drawn from. */
const NAME_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A tag name for an element Lede adds, fresh on each call: a valid custom-element name (a letter first, one hyphen)
 * that says nothing of Lede, so a page that reads `document.activeElement` or `elementsFromPoint` cannot tell Lede
 * is installed from it (until wave 19 it was `lede-ui-…` / `lede-paint-…`); unguessable, so a page cannot define a
 * custom element of that name first and have Lede's host upgraded into its own class.
 */
export function hostTagName(random: () => number = Math.random): string {
  const pick = (n: number, chars = NAME_CHARS): string =>
    Array.from({ length: n }, () => chars[Math.floor(random() * chars.length)] ?? 'x').join('');
  for (;;) {
    const name = `${pick(1, NAME_CHARS.slice(0, 26))}${pick(3)}-${pick(6)}`;
    if (!name.includes('lede')) return name;
  }
}
