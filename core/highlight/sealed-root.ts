// Where Lede's elements go on a page that will not let them stay: a page that removes every node it did not make (or
// keeps restyling them). They move into a closed shadow root on the page's own <body>, beside a <slot> that draws the
// body's children exactly as before. No DOM API removes a shadow root or opens a closed one, so the page can neither
// take Lede's elements away again nor reach into them. (Until wave 16 such a page got the highlights painted through
// the document's CSS.highlights registry, which any of its scripts could read back, and lost the toolbar.)
// A body takes one shadow root only, so the painter and the toolbar's host share it: one per body, made on first ask.

const roots = new WeakMap<Element, ShadowRoot | null>();

/**
 * The closed shadow root on `doc.body` that Lede's elements move into, made on the first call for that body; null
 * where the body cannot take one (no body, a <frameset>, or a shadow root the page attached first).
 */
export function sealedRoot(doc: Document): ShadowRoot | null {
  const body = doc.body;
  if (!body || body.nodeName.toUpperCase() !== 'BODY') return null;
  if (roots.has(body)) return roots.get(body) ?? null;
  let root: ShadowRoot | null = null;
  try {
    root = body.attachShadow({ mode: 'closed' });
    // The body's own children are drawn where its default slot is: first, as if nothing had changed.
    root.append(doc.createElement('slot'));
  } catch {
    root = null;
  }
  roots.set(body, root);
  return root;
}
