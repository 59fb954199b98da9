// Fuzzing the pure core with seeded random and mutated inputs, a bounded number of iterations each: article
// extraction, fact/quote extraction and anchoring never let an exception escape and give sane results.
// A failure message names the seed and iteration; replay with LEDE_FUZZ_SEED=<seed>.
import { afterAll, describe, expect, it } from 'vitest';
import { anchor, anchorInText, anchorMany, describeTextRange } from '../../core/anchoring';
import { articleFromText, extractArticle, isProbablyArticle } from '../../core/article';
import { extractKeyItems, extractKeyItemsOrThrow } from '../../core/facts';
import { repairAnnotations } from '../../core/records';
import type { Block, Extraction, Provenance, Selector } from '../../core/types';
import { parseHtml, type ParsedPage } from '../../scripts/lib/parse-html';
import { annotation, article, now } from '../core/export/fixtures';
import { corpusPages, int, mutateHtml, mutateString, NASTY, pick, prng, randomText, SEED } from './mutate';

/** A single call on any input must finish well within this (loose: real figures are in bench/hostile.bench.ts). */
const URL = 'https://news.example/2026/story';

const open: ParsedPage[] = [];
function parse(html: string): Document {
  const page = parseHtml(html, URL);
  open.push(page);
  return page.document;
}
afterAll(() => {
  for (const p of open) p.close();
});

const pages = corpusPages();
/** The seed article's blocks and text: the starting point of the text-level fuzzers. */
const seed = (() => {
  const r = extractArticle(parse(pages.find((p) => p.name === 'seed-article')!.html), { url: URL });
  if (!r.article) throw new Error(`the seed article did not extract: ${r.reason}`);
  return r.article;
})();

function checkProvenance(p: Provenance, blocks: readonly Block[], where: string): void {
  const text = blocks[p.block]?.text;
  expect(text, `${where}: block ${p.block} exists`).toBeTypeOf('string');
  expect(p.start, where).toBeGreaterThanOrEqual(0);
  expect(p.end, where).toBeGreaterThanOrEqual(p.start);
  expect(p.end, where).toBeLessThanOrEqual(text!.length);
  expect(p.selector.exact, where).toBe(text!.slice(p.start, p.end));
}

/** Double quotation marks (straight, curly, low, guillemets, CJK): a quote's own marks lie outside its text. */
const OPENING = '"“„«「『‹';
const CLOSING = '"”»」』›';

/**
 * Properties of any extraction that a bug can break (each fails when broken on purpose; see the commit):
 * every item points into its block and carries exactly the text there; values are non-empty, trimmed and written
 * in their sentence; quotes are non-empty without their marks and lie inside their source; ids are unique.
 */
function checkExtraction(x: Extraction, blocks: readonly Block[], where: string): void {
  const ids = new Set<string>();
  const unique = (id: string, what: string) => {
    expect(ids.has(id), `${where} ${what}: id ${id} is unique`).toBe(false);
    ids.add(id);
  };
  for (const f of x.facts) {
    checkProvenance(f.source, blocks, `${where} fact`);
    unique(f.id, 'fact');
    expect(f.text, `${where} fact: its text is its source`).toBe(f.source.selector.exact);
    expect(f.score, where).toBeGreaterThanOrEqual(0);
    expect(f.score, where).toBeLessThanOrEqual(1);
    expect(f.values, `${where} fact: one value per detail`).toEqual(f.details.map((d) => d.text));
    expect(f.details.length, `${where} fact "${f.text}" has a specific`).toBeGreaterThan(0);
    for (const d of f.details) {
      expect(d.text, `${where} value`).toMatch(/^\S(?:.*\S)?$/s);
      expect(d.normalized, `${where} value ${d.text}: normalised`).toMatch(/\S/);
      expect(f.text.includes(d.text), `${where} value "${d.text}" is written in "${f.text}"`).toBe(true);
    }
  }
  for (const q of x.quotes) {
    checkProvenance(q.source, blocks, `${where} quote`);
    unique(q.id, 'quote');
    expect(q.text, `${where} quote`).toMatch(/\S/);
    expect(q.text, `${where} quote: its text is its source, without the marks`).toBe(q.source.selector.exact);
    expect(OPENING.includes(q.text[0]!), `${where} quote «${q.text}» starts after its opening mark`).toBe(false);
    // It may end on a closing mark only when that mark closes a quote nested inside it, or is a stray mark after a
    // space (which cannot close a quote, core/facts/quote-marks.ts) in a quote left open at the end of its block.
    if (CLOSING.includes(q.text.at(-1)!)) {
      const nested = [...q.text.slice(0, -1)].some((c) => OPENING.includes(c));
      expect(nested || /\s$/.test(q.text.slice(0, -1)), `${where} quote «${q.text}» ends before its closing mark`).toBe(
        true,
      );
    }
  }
  for (const e of x.entities) {
    unique(e.id, 'entity');
    expect(e.name, where).toMatch(/^\S(?:.*\S)?$/s);
    expect(e.occurrences.length, `${where} entity ${e.name} points into the page`).toBeGreaterThan(0);
    for (const o of e.occurrences) checkProvenance(o, blocks, `${where} entity`);
  }
}

describe('article extraction on mutated corpus pages', () => {
  it('never throws, never mutates the page, and gives an article with sane fields or a reason', () => {
    const r = prng(SEED);
    let articles = 0;
    let reasons = 0;
    const ITERATIONS = 30;
    for (let i = 0; i < ITERATIONS; i++) {
      const page = pages[i % pages.length]!;
      let html = page.html;
      for (let k = 1 + int(r, 4); k > 0; k--) html = mutateHtml(r, html);
      const where = `seed ${SEED} iteration ${i} (${page.name})`;
      const doc = parse(html);
      // Element count and text, not outerHTML: happy-dom's serializer itself fails on some broken trees.
      const shape = () => `${doc.getElementsByTagName('*').length}:${doc.documentElement?.textContent?.length}`;
      const before = shape();
      const result = extractArticle(doc, { url: `${URL}?i=${i}` });
      expect(shape(), `${where}: the page was not changed`).toBe(before);
      expect(() => isProbablyArticle(doc), where).not.toThrow();
      if (result.article) {
        articles++;
        const a = result.article;
        expect(a.title, where).toBeTypeOf('string');
        expect(a.canonicalUrl, where).toMatch(/^https?:\/\//);
        expect(Number.isFinite(a.wordCount) && a.wordCount > 0, where).toBe(true);
        expect(a.blocks.length, where).toBeGreaterThan(0);
        for (const b of a.blocks) expect(b.selector.exact, where).toBe(b.text);
      } else {
        reasons++;
        expect(result.reason, where).toMatch(/\S/);
      }
    }
    // Most single edits leave an article to find: a run of all reasons would mean extraction broke wholesale.
    expect(articles).toBeGreaterThan(ITERATIONS / 3);
    expect(articles + reasons).toBe(ITERATIONS);
  });

  it('holds on degenerate documents: empty, framesets, 100-deep nesting, one 100,000-char word, non-HTML', () => {
    const cases: Record<string, string> = {
      empty: '',
      'only text': 'just words, no markup',
      frameset: '<html><frameset><frame src="a"></frameset></html>',
      'deep nesting': `<html><body>${'<div>'.repeat(100)}<p>${'Deep text here. '.repeat(50)}</p></body></html>`,
      'giant word': `<html><head><title>${'W'.repeat(10_000)}</title></head><body><article><h1>${NASTY[0]}</h1><p>${'x'.repeat(100_000)}</p></article></body></html>`,
      xml: '<?xml version="1.0"?><rss><channel><item><title>t</title></item></channel></rss>',
      svg: '<svg xmlns="http://www.w3.org/2000/svg"><text>hi</text></svg>',
      'nasty metadata': `<html><head><title>${NASTY.join(' ')}</title><meta name="author" content="${NASTY.slice(0, 5).join(' ').replace(/"/g, '&quot;')}"><script type="application/ld+json">{"@type":"NewsArticle","author":{"name":{"name":{"name":"x"}}},"datePublished":"${'9'.repeat(500)}"}</script></head><body><article>${Array.from({ length: 8 }, () => `<p>${NASTY.join(' ')} and some ordinary words to make a paragraph worth reading.</p>`).join('')}</article></body></html>`,
    };
    for (const [name, html] of Object.entries(cases)) {
      const value = extractArticle(parse(html), { url: URL });
      expect(value.article ? value.article.title : value.reason, name).toBeTypeOf('string');
    }
  });

  it('plain-text articles: random text never throws and every paragraph is a block with its own text', () => {
    const r = prng(SEED + 1);
    for (let i = 0; i < 100; i++) {
      const text = randomText(r, int(r, 400));
      const result = articleFromText(text, { url: URL });
      if (result.article) for (const b of result.article.blocks) expect(b.selector.exact).toBe(b.text);
      else expect(result.reason).toMatch(/\S/);
    }
  });
});

describe('fact and quote extraction on random and mutated text', () => {
  it('mutated real blocks: no exception, provenance points at the text it quotes, and something is still found', () => {
    const r = prng(SEED + 2);
    const baseline = extractKeyItems({ title: seed.title, blocks: seed.blocks });
    expect(baseline.entities.length).toBeGreaterThan(0);
    for (let i = 0; i < 40; i++) {
      const blocks = seed.blocks.map((b) => ({ ...b }));
      const b = int(r, blocks.length);
      blocks[b] = { ...blocks[b]!, text: mutateString(r, blocks[b]!.text) };
      const where = `seed ${SEED + 2} iteration ${i}`;
      const value = extractKeyItemsOrThrow({ title: i % 3 ? seed.title : mutateString(r, seed.title), blocks });
      checkExtraction(value, blocks, where);
      // (The strict entry: extractKeyItems would swallow an internal error into empty, trivially sane lists.)
      expect(
        value.entities.length + value.facts.length + value.quotes.length,
        `${where}: extraction gave up`,
      ).toBeGreaterThan(0);
    }
  });

  it('random blocks, hostile strings and malformed input: no exception and sane provenance', () => {
    const r = prng(SEED + 3);
    const types = ['p', 'heading', 'blockquote', 'li', 'pre', 'table', 'figcaption'] as const;
    for (let i = 0; i < 60; i++) {
      const blocks: Block[] = Array.from({ length: int(r, 12) }, () => {
        const text = randomText(r, int(r, 120));
        return {
          type: pick(r, types),
          text,
          selector: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
        };
      });
      const where = `seed ${SEED + 3} iteration ${i}`;
      const value = extractKeyItemsOrThrow({ title: randomText(r, 8), blocks });
      checkExtraction(value, blocks, where);
    }
    const junk: unknown[] = [
      null,
      undefined,
      {},
      { blocks: 'x' },
      { title: 5, blocks: [null, 1, { text: 7 }] },
      { blocks: [{ type: 'p', text: '“'.repeat(50_000) }] },
    ];
    for (const input of junk) expect(() => extractKeyItems(input as never)).not.toThrow();
  });

  it('a 60,000-word article and a 20,000-quote-mark paragraph stay within the bound', () => {
    const r = prng(SEED + 4);
    const big: Block[] = Array.from({ length: 600 }, () => {
      const text = randomText(r, 100);
      return { type: 'p', text, selector: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' } };
    });
    big.push({
      type: 'p',
      text: '“a” '.repeat(20_000),
      selector: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
    });
    const value = extractKeyItemsOrThrow({ title: 'Big', blocks: big });
    expect(value.facts.length + value.quotes.length + value.entities.length).toBeGreaterThan(0);
  });
});

describe('anchoring with random selectors on mutated text', () => {
  const text = seed.textContent;

  it('unchanged text: a described passage always anchors back to exactly itself', () => {
    const r = prng(SEED + 5);
    for (let i = 0; i < 150; i++) {
      const start = int(r, text.length - 1);
      const end = Math.min(text.length, start + 1 + int(r, 400));
      const found = anchorInText(text, describeTextRange(text, start, end));
      expect(found, `seed ${SEED + 5} iteration ${i}`).toMatchObject({ start, end });
    }
  });

  it('mutated text: results are null or in bounds, and exact/position matches really carry the quote', () => {
    const r = prng(SEED + 6);
    let found = 0;
    for (let i = 0; i < 200; i++) {
      const start = int(r, text.length - 1);
      const end = Math.min(text.length, start + 1 + int(r, 300));
      const selectors: Selector[] = describeTextRange(text, start, end);
      let edited = text;
      for (let k = int(r, 4); k > 0; k--) edited = mutateString(r, edited);
      const where = `seed ${SEED + 6} iteration ${i}`;
      const value = anchorInText(edited, selectors);
      if (!value) continue;
      found++;
      expect(value.start, where).toBeGreaterThanOrEqual(0);
      expect(value.end, where).toBeGreaterThanOrEqual(value.start);
      expect(value.end, where).toBeLessThanOrEqual(edited.length);
      expect(value.score, where).toBeGreaterThanOrEqual(0);
      expect(value.score, where).toBeLessThanOrEqual(1);
      if (value.method === 'quote' || value.method === 'position') {
        expect(edited.slice(value.start, value.end), where).toBe(
          (selectors[0] as { exact: string }).exact.replace(/\u00a0/g, ' '),
        );
      }
    }
    expect(found).toBeGreaterThan(100); // most passages survive a few small edits elsewhere
  });

  it('odd but well-typed selectors (NaN, negative, reversed, huge, empty, nasty strings) are orphans or in bounds', () => {
    const r = prng(SEED + 7);
    // Integers only: fractional offsets never reach the matcher (schemas and the DOM entry refuse them).
    const nums = [NaN, -1, -1e9, 0, 1, 1e15, Infinity, text.length, text.length + 1];
    for (let i = 0; i < 150; i++) {
      const list: Selector[] = Array.from(
        { length: 1 + int(r, 3) },
        (): Selector =>
          r() < 0.5
            ? { type: 'TextPositionSelector', start: pick(r, nums), end: pick(r, nums) }
            : {
                type: 'TextQuoteSelector',
                exact: r() < 0.9 ? pick(r, NASTY) : '',
                prefix: randomText(r, int(r, 5)),
                suffix: r() < 0.5 ? '' : pick(r, NASTY),
              },
      );
      const where = `seed ${SEED + 7} iteration ${i}: ${JSON.stringify(list).slice(0, 200)}`;
      const edited = mutateString(r, text);
      const value = anchorInText(edited, list);
      if (value) {
        expect(Number.isInteger(value.start) && Number.isInteger(value.end), where).toBe(true);
        expect(value.start >= 0 && value.end >= value.start && value.end <= edited.length, where).toBe(true);
      }
    }
  });

  it('selectors from a corrupt stored record (missing or non-string fields, not a list) do not stop the page’s other highlights', () => {
    const doc = parse(pages.find((p) => p.name === 'seed-article')!.html);
    const good = describeTextRange(text, 100, 160);
    const garbage: unknown[] = [
      [{ type: 'TextQuoteSelector', exact: 'Moscow', prefix: 5, suffix: null }],
      [{ type: 'TextQuoteSelector' }],
      [{ type: 'TextPositionSelector', start: 'a', end: {} }],
      [null, 7, 'x'],
      [],
      null,
      'TextQuoteSelector',
    ];
    // As the page gets them: stored records read through the store's edge (core/records), which repairs what it
    // can and leaves out what has no quote; anchoring trusts the selectors it is given.
    const stored = [good, ...garbage, good].map((selector) => ({ ...annotation(), target: { source: URL, selector } }));
    const lists = repairAnnotations(stored).map((a) => a.target.selector);
    expect(lists.length).toBeGreaterThan(2); // the repairable one (a quote with bad context) is kept
    const results = anchorMany(doc.body, lists);
    expect(results).toHaveLength(lists.length);
    expect(results[0]?.range.toString().replace(/\s+/g, ' ')).toBe(text.slice(100, 160).replace(/\s+/g, ' '));
    expect(results.at(-1)?.range.toString()).toBe(results[0]?.range.toString());
  });

  it('DOM anchoring on mutated pages: ranges lie inside the page and read back as page text', () => {
    const r = prng(SEED + 8);
    const html = pages.find((p) => p.name === 'seed-article')!.html;
    for (let i = 0; i < 15; i++) {
      const doc = parse(mutateHtml(r, html));
      const selectors: Selector[][] = Array.from({ length: 20 }, () => {
        const start = int(r, text.length - 1);
        return describeTextRange(text, start, Math.min(text.length, start + 5 + int(r, 200)));
      });
      const where = `seed ${SEED + 8} iteration ${i}`;
      const root = doc.body ?? doc.documentElement;
      const value = anchorMany(root, selectors);
      expect(value).toHaveLength(selectors.length);
      for (const a of value) {
        if (!a) continue;
        expect(root.contains(a.range.commonAncestorContainer), where).toBe(true);
        expect(a.range.toString().length, where).toBeGreaterThan(0);
      }
      expect(() =>
        anchor(root, [{ type: 'TextQuoteSelector', exact: pick(r, NASTY), prefix: '', suffix: '' }]),
      ).not.toThrow();
    }
  });
});
