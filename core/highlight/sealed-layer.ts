// Where the painter draws on a page that will not let Lede's layer stay: a page that removes every node it did not
// make (three times) or keeps restyling it. The layer moves into a closed shadow root on the page's own <body>, with
// a <slot> that shows the body's children as before. No DOM API removes or opens a shadow root, so the page can
// neither take the layer away again nor read what it draws. (Until wave 16 such a page got the highlights painted
// through the document's CSS.highlights registry, which any of its scripts could read back.)
import { adoptStyles } from './styles';

/**
 * Makes a layer for `css`'s boxes in a closed shadow root on `doc.body`, or null where the body cannot take one (no
 * body, a <frameset>, or a shadow root the page attached first).
 */
export function sealLayer(doc: Document, css: string): HTMLElement | null {
  const body = doc.body;
  if (!body || body.nodeName.toUpperCase() !== 'BODY') return null;
  let root: ShadowRoot;
  try {
    root = body.attachShadow({ mode: 'closed' });
  } catch {
    return null;
  }
  adoptStyles(root, css);
  // The body's own children are drawn where its default slot is: first, as if nothing had changed.
  root.append(doc.createElement('slot'));
  const layer = doc.createElement('div');
  layer.className = 'layer';
  layer.setAttribute('aria-hidden', 'true');
  root.append(layer);
  return layer;
}
