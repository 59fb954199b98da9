// The one step up the tree every page-side walk takes (styles, clips, scroll boxes around a passage or a control):
// across a page's shadow root to its host, so that a passage or a control a page puts inside a shadow root is still
// judged by the boxes and styles the browser draws it in.
import { describe, expect, it } from 'vitest';
import { composedParent } from '../../../core/anchoring/dom/composed-parent';
import { useTestDocuments } from '../../fixtures/anchoring/test-documents';

const { load } = useTestDocuments();

describe('composedParent', () => {
  it('steps from a node to its element, and from the top of a shadow root (open or closed) to its host', () => {
    const doc = load(
      '<!doctype html><html><head></head><body><div id="box"><p>Beijing and Moscow</p></div></body></html>',
    );
    const p = doc.querySelector('p')!;
    expect(composedParent(p.firstChild!)).toBe(p);
    expect(composedParent(p)).toBe(doc.getElementById('box'));
    for (const mode of ['open', 'closed'] as const) {
      const host = doc.createElement('section');
      doc.body.append(host);
      const root = host.attachShadow({ mode });
      const inner = doc.createElement('em');
      root.append('have found common cause', inner);
      expect(composedParent(root.firstChild!)).toBe(host);
      expect(composedParent(inner)).toBe(host);
    }
  });

  it('ends at the document and at the top of a detached subtree', () => {
    const doc = load('<!doctype html><html><head></head><body><p>text</p></body></html>');
    expect(composedParent(doc.documentElement)).toBeNull();
    expect(composedParent(doc.createElement('p'))).toBeNull();
    const fragment = doc.createDocumentFragment();
    fragment.append(doc.createElement('span'));
    expect(composedParent(fragment.firstChild!)).toBeNull();
  });
});
