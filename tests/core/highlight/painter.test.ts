// The painter with fake Highlight API objects in Node: what it registers, paints, finds under a point, and undoes.
import { afterAll, describe, expect, it } from 'vitest';
import {
  createPainter,
  type HighlightEnv,
  type HighlightLike,
  type HighlightRegistryLike,
} from '../../../core/highlight/index';
import { loadDocument } from '../../fixtures/anchoring/load-page';

class FakeHighlight implements HighlightLike {
  readonly ranges = new Set<AbstractRange>();
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    for (const r of ranges) this.ranges.add(r);
  }
  add(r: AbstractRange): void {
    this.ranges.add(r);
  }
  delete(r: AbstractRange): boolean {
    return this.ranges.delete(r);
  }
  clear(): void {
    this.ranges.clear();
  }
}

class FakeSheet {
  css = '';
  replaceSync(css: string): void {
    this.css = css;
  }
}

/** A range stand-in with fixed client rects (happy-dom has no layout). */
function fakeRange(left: number, top: number, width = 50, height = 10): Range {
  const rect = { left, top, right: left + width, bottom: top + height, x: left, y: top, width, height } as DOMRect;
  return { getClientRects: () => [rect] } as unknown as Range;
}

function setup(opts: { fromPoint?: boolean } = {}) {
  const { doc, close } = loadDocument('<!doctype html><html><head></head><body><p>text</p></body></html>');
  closers.push(close);
  // happy-dom accepts only its own CSSStyleSheet in adoptedStyleSheets; a plain array stands in for the browser's.
  Object.defineProperty(doc, 'adoptedStyleSheets', { value: [], writable: true, configurable: true });
  const registry = new Map<string, HighlightLike>() as Map<string, HighlightLike> & HighlightRegistryLike;
  const pending: Array<() => void> = [];
  if (opts.fromPoint) {
    // Chromium's shape: { highlight, ranges } for every highlight with a range under the point.
    registry.highlightsFromPoint = (x: number, y: number) =>
      [...registry.values()].flatMap((h) => {
        const ranges = [...(h as FakeHighlight).ranges].filter((r) =>
          [...(r as Range).getClientRects()].some((c) => x >= c.left && x <= c.right && y >= c.top && y <= c.bottom),
        );
        return ranges.length ? [{ highlight: h, ranges }] : [];
      });
  }
  const env: HighlightEnv = {
    Highlight: FakeHighlight,
    registry,
    CSSStyleSheet: FakeSheet,
    setTimeout: (fn) => pending.push(fn),
    clearTimeout: () => {},
  };
  const painter = createPainter(doc, { env });
  const sizeOf = (name: string): number => (registry.get(name) as FakeHighlight | undefined)?.ranges.size ?? -1;
  return { doc, registry, painter, pending, sizeOf };
}

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(closers.map((c) => c()));
});

describe('createPainter', () => {
  it('registers one highlight per colour and appends its stylesheet to the page’s adopted sheets', () => {
    const { doc, registry, painter } = setup();
    const pageSheet = new FakeSheet();
    expect(painter.status).toEqual({ ok: true, styles: 'adopted' });
    expect([...registry.keys()].sort()).toEqual([
      'lede-blue',
      'lede-flash',
      'lede-green',
      'lede-pink',
      'lede-purple',
      'lede-unconfirmed',
      'lede-yellow',
    ]);
    const adopted = (doc as unknown as { adoptedStyleSheets: FakeSheet[] }).adoptedStyleSheets;
    expect(adopted).toHaveLength(1);
    expect(adopted[0].css).toContain('::highlight(lede-yellow)');
    // The page's own sheets survive our injection and our removal.
    (doc as unknown as { adoptedStyleSheets: FakeSheet[] }).adoptedStyleSheets = [pageSheet, ...adopted];
    painter.destroy();
    expect((doc as unknown as { adoptedStyleSheets: FakeSheet[] }).adoptedStyleSheets).toEqual([pageSheet]);
    expect(registry.size).toBe(0);
    expect(doc.body.innerHTML).toBe('<p>text</p>');
  });

  it('paints, recolours, removes and clears by id without touching the DOM', () => {
    const { doc, painter, sizeOf } = setup();
    const a = fakeRange(0, 0);
    const b = fakeRange(0, 20);
    expect(painter.paint('a', a, 'yellow')).toBe(true);
    painter.paint('b', b, 'yellow');
    expect(sizeOf('lede-yellow')).toBe(2);
    painter.paint('a', a, 'green');
    expect([sizeOf('lede-yellow'), sizeOf('lede-green')]).toEqual([1, 1]);
    expect(painter.remove('a')).toBe(true);
    expect(painter.remove('a')).toBe(false);
    expect(painter.ids()).toEqual(['b']);
    painter.clear();
    expect(sizeOf('lede-yellow')).toBe(0);
    expect(doc.body.innerHTML).toBe('<p>text</p>');
  });

  it('paints an unconfirmed placement dashed, not in its colour, and moves it to its colour once confirmed', () => {
    const { doc, painter, sizeOf } = setup();
    const css = (doc as unknown as { adoptedStyleSheets: FakeSheet[] }).adoptedStyleSheets[0].css;
    expect(css).toMatch(
      /::highlight\(lede-unconfirmed\) \{[^}]*background-color: transparent;[^}]*text-decoration: underline dashed 2px/,
    );
    const a = fakeRange(0, 0);
    painter.paint('a', a, 'pink', { unconfirmed: true });
    expect([sizeOf('lede-unconfirmed'), sizeOf('lede-pink')]).toEqual([1, 0]);
    expect(painter.isUnconfirmed('a')).toBe(true);
    // Confirming repaints the same id normally: it leaves the dashed highlight.
    painter.paint('a', a, 'pink');
    expect([sizeOf('lede-unconfirmed'), sizeOf('lede-pink')]).toEqual([0, 1]);
    expect(painter.isUnconfirmed('a')).toBe(false);
    // remove() finds the range in whichever highlight it went to.
    painter.paint('a', a, 'pink', { unconfirmed: true });
    expect(painter.remove('a')).toBe(true);
    expect([sizeOf('lede-unconfirmed'), sizeOf('lede-pink')]).toEqual([0, 0]);
    painter.paint('b', fakeRange(0, 20), 'blue', { unconfirmed: true });
    painter.clear();
    expect(sizeOf('lede-unconfirmed')).toBe(0);
    expect(painter.ids()).toEqual([]);
  });

  it('hit-tests an unconfirmed placement like any other', () => {
    const { painter } = setup({ fromPoint: true });
    painter.paint('moved', fakeRange(0, 0, 100, 10), 'yellow', { unconfirmed: true });
    painter.paint('sure', fakeRange(0, 50), 'yellow');
    expect(painter.hitTest(10, 5)).toEqual(['moved']);
    expect(painter.hitTest(10, 55)).toEqual(['sure']);
  });

  it('re-registers a highlight the page deleted from CSS.highlights', () => {
    const { registry, painter, sizeOf } = setup();
    registry.delete('lede-blue');
    painter.paint('x', fakeRange(0, 0), 'blue');
    expect(sizeOf('lede-blue')).toBe(1);
  });

  it('flashes a range, then takes it away', () => {
    const { painter, pending, sizeOf } = setup();
    painter.flash(fakeRange(0, 0));
    expect(sizeOf('lede-flash')).toBe(1);
    pending.forEach((fn) => fn());
    expect(sizeOf('lede-flash')).toBe(0);
  });

  const hitCases: Record<string, { fromPoint: boolean }> = {
    'with highlightsFromPoint': { fromPoint: true },
    'with client rects where highlightsFromPoint is missing': { fromPoint: false },
  };
  it.each(Object.entries(hitCases))('hit-tests ids at a point %s', (_name, { fromPoint }) => {
    const { painter } = setup({ fromPoint });
    painter.paint('first', fakeRange(0, 0, 100, 10), 'yellow');
    painter.paint('overlap', fakeRange(40, 0, 100, 10), 'pink');
    painter.paint('below', fakeRange(0, 50), 'yellow');
    expect(painter.hitTest(10, 5)).toEqual(['first']);
    expect(painter.hitTest(60, 5).sort()).toEqual(['first', 'overlap']);
    expect(painter.hitTest(10, 55)).toEqual(['below']);
    expect(painter.hitTest(500, 500)).toEqual([]);
  });

  it('does nothing, and says why, where the Highlight API is missing', () => {
    const { doc, close } = loadDocument('<p>x</p>');
    closers.push(close);
    const painter = createPainter(doc, { env: { Highlight: undefined, registry: undefined } });
    expect(painter.status.ok).toBe(false);
    expect(painter.status.ok === false && painter.status.reason).toMatch(/Highlight API/);
    expect(painter.paint('a', fakeRange(0, 0), 'yellow')).toBe(false);
    expect(painter.hitTest(1, 1)).toEqual([]);
    painter.destroy();
  });
});
