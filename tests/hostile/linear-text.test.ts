// Text handling on a megabyte of hostile input: HTML clips from an import and sentences for fact extraction that
// are built to make a backtracking pattern rescan the rest of the input from every position. Each call must come
// back with the right answer; how long it takes is measured in bench/hostile.bench.ts, not asserted here. (Before
// these fixes, 200,000 spaces took htmlToText 16 s and 40,000 digits took findValues 30 s.)
import { describe, expect, it } from 'vitest';
import { findValues } from '../../core/facts/values';
import { extractKeyItems } from '../../core/facts';
import { htmlToText } from '../../core/import';

const MB = 1_000_000;

describe('htmlToText on a megabyte of hostile HTML', () => {
  const cases: Record<string, { html: string; expected: (text: string) => void }> = {
    'spaces before a line break': {
      html: `a${' '.repeat(MB)}x<br>b`,
      expected: (t) => expect(t).toBe(`a${' '.repeat(MB)}x\nb`),
    },
    'spaces with no line break at all': {
      html: `${' '.repeat(MB)}x`,
      expected: (t) => expect(t).toBe('x'),
    },
    'opening angle brackets that never close': {
      html: `kept <b>bold</b> ${'<'.repeat(MB)}`,
      expected: (t) => expect(t).toBe(`kept bold ${'<'.repeat(MB)}`),
    },
    'unclosed script tags': {
      html: `before ${'<script>x'.repeat(MB / 9)} after`,
      expected: (t) => {
        expect(t.startsWith('before x')).toBe(true);
        expect(t.endsWith('x after')).toBe(true);
      },
    },
    'unclosed style tags after a closed script': {
      html: `<script>alert(1)</script>text${'<style>'.repeat(MB / 7)}`,
      expected: (t) => expect(t).toBe('text'),
    },
    'entity-like runs without a semicolon': {
      html: `&${'a'.repeat(MB)} &amp; done`,
      expected: (t) => expect(t).toBe(`&${'a'.repeat(MB)} & done`),
    },
    'a long tag name starting with br': {
      html: `one<br${' '.repeat(MB)}x>two`,
      expected: (t) => expect(t).toBe('onetwo'),
    },
  };
  for (const [name, c] of Object.entries(cases)) it(name, () => c.expected(htmlToText(c.html)));

  it('still reads an ordinary clip: blocks, breaks, entities, scripts and styles', () => {
    const clip =
      '<div><p>The <em>quick</em> fox &amp; the dog &#8212; &#x2019;s</p><script>alert("x")</script><STYLE>p{}</STYLE>line<br/>next  \t</div>';
    expect(htmlToText(clip)).toBe('The quick fox & the dog — ’s\nline\nnext');
  });

  it('decodes only real entities: names on Object.prototype stay as written', () => {
    const text = htmlToText('&constructor; &toString; &__proto__; &hasOwnProperty; &valueOf; &lt;ok&gt;');
    expect(text).toBe('&constructor; &toString; &__proto__; &hasOwnProperty; &valueOf; <ok>');
    expect(text).not.toMatch(/function|native code/);
  });
});

describe('findValues on long hostile sentences', () => {
  it.each([
    [
      'a run of digits',
      '1'.repeat(MB),
      (v: ReturnType<typeof findValues>) => expect(v.every((x) => x.start === 0)).toBe(true),
    ],
    ['a run of digit-dash pairs', '1-'.repeat(MB / 2), () => undefined],
    ['a hyphenated run without digits', `There were 3 ${'ab-'.repeat(MB / 3)}cd`, () => undefined],
    ['thousands separators without end', `${'1,000'.repeat(MB / 5)} people`, () => undefined],
  ] as const)('%s', (_name, text, check) => {
    const values = findValues(text);
    check(values);
    for (const v of values) expect(text.slice(v.start, v.end)).toBe(v.text);
  });

  it('still finds the specifics of ordinary sentences, and not a number inside another number', () => {
    expect(findValues('The 1234,567 figure was revised.').map((v) => v.text)).not.toContain('234,567');
    expect(findValues('Prices rose 5 percent to $16.99 a pound in 2015.').map((v) => v.kind)).toEqual([
      'percent',
      'money',
      'date',
    ]);
    expect(findValues('The COVID-19 wave hit 40 hospitals.').map((v) => v.text)).toEqual(['40 hospitals']);
  });

  it('extraction of an article made of such blocks gives an answer (blocks are capped, patterns linear)', () => {
    const blocks = ['1'.repeat(MB), '1-'.repeat(MB / 2), 'ab-'.repeat(MB / 3), ' '.repeat(MB) + 'x'].map((text) => ({
      type: 'p' as const,
      text,
      selector: { type: 'TextQuoteSelector' as const, exact: text.slice(0, 100), prefix: '', suffix: '' },
    }));
    const result = extractKeyItems({ title: 'Hostile', blocks });
    expect(Array.isArray(result.facts)).toBe(true);
  });
});
