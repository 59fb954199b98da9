// Parses saved HTML as a browser does, for the benches: parse5 (the WHATWG parsing algorithm, as Chromium and
// Firefox run it) builds the tree, and the tree is copied node by node into a happy-dom Document, so Lede and
// Readability run on the same DOM API they get in the node-side tools, over the tree a browser would build.
// happy-dom's own parser is not the spec's: it drops or unwraps some misnested table markup a browser keeps in its
// cell (a story inside a <table> came out as bare text, or not at all).
import { type DefaultTreeAdapterTypes as P, parse } from 'parse5';
import { type ParsedPage, parseHtml, UNKNOWN_URL } from './parse-html';

/**
 * Parses `html` with the spec's algorithm (scripting on, as in a browser with JavaScript: a `<noscript>`'s content is
 * text) and returns it as a happy-dom Document at `url`, with the window settings of {@link parseHtml} (no scripts,
 * no loading). Attributes or tag names the parser allows but the DOM API refuses (`<p"x>`, an attribute named `"`)
 * are left out, and an element that cannot be created is replaced by its children: browsers keep them, but no
 * detector reads such names.
 */
export function parseHtmlAsBrowser(html: string, url: string = UNKNOWN_URL): ParsedPage {
  const tree = parse(html);
  const page = parseHtml('', url);
  const doc = page.document;
  while (doc.firstChild) doc.removeChild(doc.firstChild);
  for (const child of tree.childNodes) {
    if (child.nodeName === '#documentType') {
      const t = child as P.DocumentType;
      try {
        doc.appendChild(doc.implementation.createDocumentType(t.name || 'html', t.publicId, t.systemId));
      } catch {
        // A doctype name the DOM API refuses (`<!DOCTYPE "x">`): the page is read without one, as in quirks mode.
      }
    } else if (child.nodeName === '#comment') {
      doc.appendChild(doc.createComment((child as P.CommentNode).data));
    } else {
      // The root <html> and everything under it, each node appended childless to a tree already in the document
      // (as a parser does): attaching a deep detached tree at once recurses once per level in happy-dom, and a page
      // of 12,000 nested cells overflows the stack.
      copyTree(doc, child as P.Element, doc);
    }
  }
  return page;
}

/** Appends a copy of `source` and everything under it to `target`, in document order, without recursion. */
function copyTree(doc: Document, source: P.Element, target: Node): void {
  const stack: [P.ChildNode, Node][] = [[source, target]];
  while (stack.length) {
    const [node, parent] = stack.pop()!;
    if (node.nodeName === '#text') {
      parent.appendChild(doc.createTextNode((node as P.TextNode).value));
      continue;
    }
    if (node.nodeName === '#comment') {
      parent.appendChild(doc.createComment((node as P.CommentNode).data));
      continue;
    }
    if (node.nodeName === '#documentType') continue;
    const el = node as P.Element;
    const made = createElement(doc, el);
    // An element the DOM refuses: its children go to its parent, in order.
    const into: Node = made ?? parent;
    if (made) parent.appendChild(made);
    const kids = el.nodeName === 'template' && made ? (el as P.Template).content.childNodes : el.childNodes;
    const holder: Node = el.nodeName === 'template' && made ? (made as HTMLTemplateElement).content : into;
    // Pushed in reverse, so they pop (and are appended) in document order.
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, holder]);
  }
}

function createElement(doc: Document, el: P.Element): Element | null {
  let made: Element;
  try {
    made = doc.createElementNS(el.namespaceURI, el.tagName);
  } catch {
    // An invalid name for the DOM API (see parseHtmlAsBrowser).
    return null;
  }
  for (const a of el.attrs) {
    try {
      if (a.namespace) made.setAttributeNS(a.namespace, a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value);
      else made.setAttribute(a.name, a.value);
    } catch {
      // An attribute name the DOM API refuses (see parseHtmlAsBrowser).
    }
  }
  return made;
}
