// The visible-text model: text measured the way a reader sees it, and offsets that round-trip through DOM ranges.
import { describe, expect, it } from 'vitest';
import { anchor, buildTextModel, describeRange, OutsideRootError, TextRangeError } from '../../../core/anchoring/index';
import { useTestDocuments } from '../../fixtures/anchoring/test-documents';

const { body } = useTestDocuments();

const textCases: Record<string, { html: string; expected: string }> = {
  'inline markup joins words': { html: '<p>Hello <b>big</b> <i>wo</i>rld.</p>', expected: 'Hello big world.\n' },
  'runs of whitespace fold to one space': { html: '<p>  a \n\t  b   </p>', expected: 'a b\n' },
  'blocks and <br> break lines once': {
    html: '<h1>Title</h1><p>one<br>two<br><br>three</p><div><div>deep</div></div>',
    expected: 'Title\none\ntwo\nthree\ndeep\n',
  },
  lists: { html: '<ul><li>alpha</li><li>beta <em>gamma</em></li></ul>', expected: 'alpha\nbeta gamma\n' },
  'tables, cell by cell': {
    html: '<table><tr><th>Year</th><th>Sales</th></tr><tr><td>2014</td><td>$3 bn</td></tr></table>',
    expected: 'Year\nSales\n2014\n$3 bn\n',
  },
  'blockquote paragraphs': {
    html: '<blockquote><p>First said.</p><p>Then more.</p></blockquote><p>After.</p>',
    expected: 'First said.\nThen more.\nAfter.\n',
  },
  'script, style, noscript and template are not text': {
    html: '<p>a<script>var x = 1;</script>b<style>p{}</style></p><noscript>enable js</noscript><template><p>t</p></template>',
    expected: 'ab\n',
  },
  'hidden attribute and inline display:none are not text': {
    html: '<p>seen</p><p hidden>secret</p><div style="color: red; display : none">gone</div><p>too</p>',
    expected: 'seen\ntoo\n',
  },
  'no-break spaces read as spaces': { html: '<p>10&nbsp;km</p>', expected: '10 km\n' },
  'preformatted text keeps its whitespace': { html: '<pre>a  b\n  c</pre>', expected: 'a  b\n  c\n' },
};

describe('buildTextModel text', () => {
  it.each(Object.entries(textCases))('%s', (_name, { html, expected }) => {
    expect(buildTextModel(body(html)).text).toBe(expected);
  });
});

const roundTrips: Record<string, { html: string; selection: string }> = {
  'within one text node': {
    html: '<p>The minister said the plan would cost $4 billion.</p>',
    selection: 'the plan would',
  },
  'across inline elements': {
    html: '<p>The <b>minister</b> said <i>the plan</i> would cost.</p>',
    selection: 'minister said the',
  },
  'across list items': {
    html: '<ul><li>first item here</li><li>second item here</li></ul>',
    selection: 'here\nsecond',
  },
  'across table cells': {
    html: '<table><tr><td>Year 2014</td><td>Sales 3</td></tr></table>',
    selection: '2014\nSales',
  },
  "across a block quote's two paragraphs": {
    html: '<p>Before.</p><blockquote><p>We will win this.</p><p>And then rebuild.</p></blockquote>',
    selection: 'win this.\nAnd then',
  },
  'across a <br>': { html: '<p>line one<br>line two</p>', selection: 'one\nline' },
};

describe('describeRange → anchor round trip', () => {
  it.each(Object.entries(roundTrips))('%s', (_name, { html, selection }) => {
    const root = body(html);
    const model = buildTextModel(root);
    const start = model.text.indexOf(selection);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = model.rangeFor(start, start + selection.length);
    const selectors = describeRange(root, range)!;
    expect(selectors[0].exact).toBe(selection);
    expect(selectors[1]).toEqual({ type: 'TextPositionSelector', start, end: start + selection.length });
    const found = anchor(root, selectors)!;
    expect(found.method).toBe('position');
    expect(found.range.toString().replace(/\s+/g, ' ')).toBe(range.toString().replace(/\s+/g, ' '));
  });

  it('trims whitespace at the edges of a selection that ends at the start of the next paragraph', () => {
    const root = body('<p>First paragraph.</p><p>Second.</p>');
    const range = root.ownerDocument.createRange();
    range.setStart(root.firstChild!.firstChild!, 0);
    range.setEnd(root.lastChild!, 0);
    expect(describeRange(root, range)![0].exact).toBe('First paragraph.');
  });

  it('adds context until a repeated quote is unique', () => {
    const filler = 'x'.repeat(10);
    const root = body(`<p>${'same words here. '.repeat(6)}${filler} the end</p>`);
    const model = buildTextModel(root);
    const start = model.text.indexOf('same words', 17 * 3);
    const [quote] = describeRange(root, model.rangeFor(start, start + 10))!;
    expect(quote.prefix.length + quote.suffix.length).toBeGreaterThan(64);
  });

  it('returns null for a range with no visible text', () => {
    const root = body('<p>a</p><p hidden>secret</p>');
    const range = root.ownerDocument.createRange();
    range.selectNodeContents(root.lastChild!);
    expect(describeRange(root, range)).toBeNull();
  });

  it('throws named errors for offsets outside the text and ranges outside the root', () => {
    const root = body('<p>abc</p><p>outside</p>');
    const inner = root.firstChild!;
    const model = buildTextModel(inner);
    expect(() => model.rangeFor(0, 99)).toThrow(TextRangeError);
    expect(() => model.offsetOf(root.lastChild!.firstChild!, 0)).toThrow(OutsideRootError);
  });
});
