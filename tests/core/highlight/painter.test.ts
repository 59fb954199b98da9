// The painter in Node (happy-dom, no layout): what it draws inside its closed shadow root, by id and colour, what
// it finds under a point, what the page can see of it (nothing but one empty element), and what destroy undoes.
import { describe, expect, it } from 'vitest';
import { createPainter } from '../../../core/highlight/index';
import { useTestDocuments } from '../../fixtures/anchoring/test-documents';

/** A range stand-in with fixed client rects (happy-dom has no layout), over the page's first paragraph. */
function fakeRange(doc: Document, left: number, top: number, width = 50, height = 10): Range {
  const rect = { left, top, right: left + width, bottom: top + height, x: left, y: top, width, height } as DOMRect;
  const text = doc.querySelector('p')!.firstChild!;
  return { getClientRects: () => [rect], startContainer: text, commonAncestorContainer: text } as unknown as Range;
}

const { load } = useTestDocuments();

function setup() {
  const doc = load('<!doctype html><html><head></head><body><p>text</p></body></html>');
  // The test keeps the closed shadow root the painter makes, as only the painter itself can.
  const roots: ShadowRoot[] = [];
  const attach = doc.defaultView!.Element.prototype.attachShadow;
  doc.defaultView!.Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  };
  const frames: Array<() => void> = [];
  const timers: Array<() => void> = [];
  const painter = createPainter(doc, {
    env: { requestFrame: (fn) => frames.push(fn), setTimeout: (fn) => timers.push(fn), clearTimeout: () => {} },
  });
  const flush = (): void => {
    for (const fn of frames.splice(0)) fn();
  };
  /** Boxes drawn per group name ("lede-yellow"), with each box's id. */
  const drawn = (): Record<string, string[]> => {
    flush();
    const out: Record<string, string[]> = {};
    for (const g of roots.flatMap((r) => [...r.querySelectorAll('[data-h]')])) {
      if (g.children.length === 0) continue;
      const name = g.getAttribute('data-h')!;
      (out[name] ??= []).push(g.getAttribute('data-id') ?? '');
    }
    return out;
  };
  return { doc, painter, roots, frames, timers, flush, drawn };
}

describe('createPainter', () => {
  it('adds nothing to the page before the first paint, then one empty element whose shadow root is closed', () => {
    const { doc, painter, roots, drawn } = setup();
    const before = doc.documentElement.outerHTML;
    expect(painter.status).toEqual({ ok: true });
    expect(doc.documentElement.outerHTML).toBe(before);
    painter.paint('a', fakeRange(doc, 10, 10), 'yellow');
    expect(drawn()).toEqual({ 'lede-yellow': ['a'] });
    const host = doc.documentElement.lastElementChild!;
    // A random name saying nothing of Lede (own-style.ts hostTagName).
    expect(host.tagName.toLowerCase()).toMatch(/^[a-z][a-z0-9]{3}-[a-z0-9]{6}$/);
    expect(host.tagName.toLowerCase()).not.toContain('lede');
    expect(host.shadowRoot).toBeNull();
    expect(roots).toHaveLength(1);
    // The page sees an element with no children and no text: not which passage, not its words.
    expect(host.childNodes).toHaveLength(0);
    expect(doc.body.innerHTML).toBe('<p>text</p>');
    painter.destroy();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('draws each rect of the range at its place, measured from the layer', () => {
    const { doc, painter, roots, flush } = setup();
    painter.paint('a', fakeRange(doc, 12, 30, 80, 16), 'green');
    flush();
    const box = roots[0]!.querySelector('[data-h="lede-green"] > div') as HTMLElement;
    expect(box.style.left).toBe('12px');
    expect(box.style.top).toBe('30px');
    expect(box.style.width).toBe('80px');
    expect(box.style.height).toBe('16px');
  });

  it('paints, recolours, removes and clears by id', () => {
    const { doc, painter, drawn } = setup();
    const a = fakeRange(doc, 0, 0);
    const b = fakeRange(doc, 0, 20);
    expect(painter.paint('a', a, 'yellow')).toBe(true);
    painter.paint('b', b, 'yellow');
    expect(drawn()).toEqual({ 'lede-yellow': ['a', 'b'] });
    painter.paint('a', a, 'green');
    expect(drawn()).toEqual({ 'lede-yellow': ['b'], 'lede-green': ['a'] });
    expect(painter.remove('a')).toBe(true);
    expect(painter.remove('a')).toBe(false);
    expect(painter.ids()).toEqual(['b']);
    painter.clear();
    expect(drawn()).toEqual({});
  });

  it('keeps a highlight painted again drawn where it was until the next frame places it anew', () => {
    // A re-anchor paints every placed highlight again; an empty group in between drew nothing for a frame, so a page
    // re-rendering the passage at every frame had the highlight blink out at each re-anchor.
    const { doc, painter, roots, flush } = setup();
    painter.paint('a', fakeRange(doc, 10, 30), 'yellow');
    flush();
    const boxes = () =>
      [...roots[0]!.querySelectorAll('[data-id="a"] > div')].map((b) => [
        (b as HTMLElement).style.top,
        b.parentElement!.getAttribute('data-h'),
      ]);
    expect(boxes()).toEqual([['30px', 'lede-yellow']]);
    painter.paint('a', fakeRange(doc, 10, 70), 'green');
    expect(boxes()).toEqual([['30px', 'lede-green']]);
    flush();
    expect(boxes()).toEqual([['70px', 'lede-green']]);
    expect(painter.ids()).toEqual(['a']);
  });

  it('draws an unconfirmed placement dashed, not in its colour, and in its colour once confirmed', () => {
    const { doc, painter, drawn } = setup();
    const a = fakeRange(doc, 0, 0);
    painter.paint('a', a, 'pink', { unconfirmed: true });
    expect(drawn()).toEqual({ 'lede-unconfirmed': ['a'] });
    expect(painter.isUnconfirmed('a')).toBe(true);
    painter.paint('a', a, 'pink');
    expect(drawn()).toEqual({ 'lede-pink': ['a'] });
    expect(painter.isUnconfirmed('a')).toBe(false);
  });

  it('puts its element back when the page removes it, at the next paint', () => {
    const { doc, painter, drawn } = setup();
    painter.paint('a', fakeRange(doc, 0, 0), 'blue');
    drawn();
    doc.documentElement.lastElementChild!.remove();
    expect(doc.documentElement.querySelector('[style*="contents"]')).toBeNull();
    painter.paint('b', fakeRange(doc, 0, 20), 'blue');
    expect(drawn()).toEqual({ 'lede-blue': ['a', 'b'] });
    expect(doc.documentElement.lastElementChild!.tagName.toLowerCase()).toMatch(/^[a-z][a-z0-9]{3}-[a-z0-9]{6}$/);
  });

  it('flashes a range above the colours, then takes it away', () => {
    const { doc, painter, timers, drawn } = setup();
    painter.paint('a', fakeRange(doc, 0, 0), 'yellow');
    painter.flash(fakeRange(doc, 0, 0));
    painter.paint('b', fakeRange(doc, 0, 20), 'yellow');
    expect(drawn()).toEqual({ 'lede-yellow': ['a', 'b'], 'lede-flash': [''] });
    for (const fn of timers.splice(0)) fn();
    expect(drawn()).toEqual({ 'lede-yellow': ['a', 'b'] });
  });

  it('places boxes once per frame however many paints asked for it', () => {
    const { doc, painter, frames } = setup();
    for (let i = 0; i < 20; i++) painter.paint(`h${i}`, fakeRange(doc, 0, i * 20), 'yellow');
    expect(frames).toHaveLength(1);
  });

  it('hit-tests ids at a point, latest first', () => {
    const { doc, painter } = setup();
    painter.paint('first', fakeRange(doc, 0, 0, 100, 10), 'yellow');
    painter.paint('overlap', fakeRange(doc, 40, 0, 100, 10), 'pink');
    painter.paint('below', fakeRange(doc, 0, 50), 'yellow', { unconfirmed: true });
    expect(painter.hitTest(10, 5)).toEqual(['first']);
    expect(painter.hitTest(60, 5)).toEqual(['overlap', 'first']);
    expect(painter.hitTest(10, 55)).toEqual(['below']);
    expect(painter.hitTest(500, 500)).toEqual([]);
  });

  it('does nothing once destroyed', () => {
    const { doc, painter } = setup();
    painter.destroy();
    expect(painter.status.ok).toBe(false);
    expect(painter.paint('a', fakeRange(doc, 0, 0), 'yellow')).toBe(false);
    expect(painter.hitTest(1, 1)).toEqual([]);
  });
  it('moves its layer into a closed shadow root on the body once a page has removed its element three times', async () => {
    const { doc, painter, roots, drawn } = setup();
    painter.paint('a', fakeRange(doc, 0, 0), 'yellow');
    expect(drawn()).toEqual({ 'lede-yellow': ['a'] });
    const tick = () => new Promise((r) => setTimeout(r, 0));
    for (let i = 0; i < 2; i++) {
      doc.documentElement.lastElementChild!.remove();
      await tick();
      drawn();
      // Put back.
      expect(doc.documentElement.lastElementChild!.tagName.toLowerCase()).toMatch(/^[a-z][a-z0-9]{3}-[a-z0-9]{6}$/);
    }
    doc.documentElement.lastElementChild!.remove();
    await tick();
    painter.paint('b', fakeRange(doc, 0, 20), 'green');
    // Nothing of Lede's is left for the page to remove: the layer's element is in the body's closed root, beside a
    // slot that shows the page's own children, and the page sees no root and no element of Lede's.
    expect(drawn()).toEqual({ 'lede-yellow': ['a'], 'lede-green': ['b'] });
    expect(roots).toHaveLength(2);
    expect(roots[1]!.host).toBe(doc.body);
    expect([...roots[1]!.children].map((c) => (/-/.test(c.tagName) ? 'host' : c.tagName.toLowerCase()))).toEqual([
      'slot',
      'host',
    ]);
    expect(doc.body.shadowRoot).toBeNull();
    expect(doc.querySelector('[style*="contents"]')).toBeNull();
    expect(doc.body.innerHTML).toBe('<p>text</p>');
    painter.remove('a');
    expect(drawn()).toEqual({ 'lede-green': ['b'] });
    painter.destroy();
    expect(roots[1]!.children).toHaveLength(1);
    expect(doc.body.innerHTML).toBe('<p>text</p>');
  });

  it('paints nothing, and says so, where the body cannot take a root of its own', async () => {
    const { doc, roots, frames } = setup();
    // The page attached its own root to the body first.
    doc.body.attachShadow({ mode: 'open' }).append(doc.createElement('slot'));
    roots.length = 0;
    let told = 0;
    const painter = createPainter(doc, {
      env: { requestFrame: (fn) => frames.push(fn), setTimeout: () => 0, clearTimeout: () => {} },
      onBlocked: () => told++,
    });
    painter.paint('a', fakeRange(doc, 0, 0), 'yellow');
    const tick = () => new Promise((r) => setTimeout(r, 0));
    for (let i = 0; i < 3; i++) {
      for (const fn of frames.splice(0)) fn();
      doc.documentElement.lastElementChild!.remove();
      await tick();
    }
    for (const fn of frames.splice(0)) fn();
    expect(told).toBe(1);
    // The boxes' layer is gone from every root, and nothing of Lede's is in the page or its registry.
    expect(roots.flatMap((r) => [...r.querySelectorAll('[data-h]')]).filter((g) => g.isConnected)).toEqual([]);
    expect(doc.documentElement.lastElementChild!.tagName).toBe('BODY');
    expect(
      (doc.defaultView as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights?.size ?? 0,
    ).toBe(0);
    // Still answers which highlight is under the reader's click.
    expect(painter.hitTest(10, 5)).toEqual(['a']);
  });
});
