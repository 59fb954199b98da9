// What a reader sees for the sample article (Washington Free Beacon): its key facts, Xi's quotation,
// the Atlantic passage and the people and countries it is about.
import { describe, expect, it } from 'vitest';
import { extractKeyItems } from '../../../core/facts/index';
import { loadFixture, parseArticleText } from '../../fixtures/labelled/load';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fx = loadFixture('sample');
const result = extractKeyItems({ title: fx.title, blocks: fx.blocks });

describe('sample article: facts', () => {
  const top = result.facts.slice(0, 4);
  it.each([
    ['32 separate bilateral agreements', '32 separate bilateral agreements'],
    ['$400 billion deal', '$400 billion'],
    [
      '38 billion cubic meters of natural gas each year between 2018 and 2048',
      '38 billion cubic meters of natural gas each year',
    ],
  ])('ranks the sentence with "%s" among the top four, with its value', (phrase, value) => {
    const fact = top.find((f) => f.text.includes(phrase));
    expect(fact, `top facts: ${top.map((f) => f.text).join(' | ')}`).toBeDefined();
    expect(fact!.values).toContain(value);
  });

  it('normalises the values a reader compares', () => {
    const deal = result.facts.find((f) => f.text.includes('$400 billion'))!;
    const byText = Object.fromEntries(deal.details.map((d) => [d.text, d]));
    expect(byText['$400 billion']).toMatchObject({ kind: 'money', normalized: '400000000000 USD' });
    expect(byText['between 2018 and 2048']).toMatchObject({ kind: 'period', normalized: '2018/2048' });
    expect(byText['38 billion cubic meters of natural gas each year']?.normalized).toMatch(
      /^38000000000 cubic meters.*\/year$/,
    );
  });

  it('returns facts best first with scores in 0..1', () => {
    const scores = result.facts.map((f) => f.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores.every((s) => s >= 0 && s <= 1)).toBe(true);
  });

  it('never takes a fact from the heading, the caption or the quotation', () => {
    expect(result.facts.some((f) => f.text.includes('Putin turns to Beijing'))).toBe(false);
    expect(result.facts.some((f) => f.text.includes('/ AP'))).toBe(false);
    expect(result.facts.some((f) => f.text.includes('Decades ago'))).toBe(false);
  });
});

describe('sample article: quotes', () => {
  it("gives Xi's interrupted quotation as two quotes, attributed to Xi Jinping via Xinhua", () => {
    const xi = result.quotes.filter((q) => q.speaker === 'Xi Jinping');
    expect(xi).toHaveLength(2);
    expect(xi[0]!.text.startsWith('Decades ago')).toBe(true);
    expect(xi[0]!.text.endsWith('fresh blood,')).toBe(true);
    expect(xi[1]!.text.startsWith('Today, the two peoples')).toBe(true);
    for (const q of xi) {
      expect(q.kind).toBe('direct');
      expect(q.attribution).toContain('according to the state-run Xinhua news agency');
    }
  });

  it('reads the Atlantic passage as block quotes from the Atlantic', () => {
    const blocks = result.quotes.filter((q) => q.kind === 'block');
    expect(blocks.length).toBeGreaterThanOrEqual(1);
    expect(blocks[0]!.text.startsWith('As Russia’s relationship with the United States')).toBe(true);
    expect(blocks[0]!.speaker).toMatch(/Atlantic/);
  });

  it('finds the same quotes in the plain-text version, where the passage is introduced by a colon', () => {
    const raw = readFileSync(fileURLToPath(new URL('../../fixtures/seed/article.txt', import.meta.url)), 'utf8');
    const { title, blocks } = parseArticleText(raw);
    const plain = extractKeyItems({ title, blocks });
    expect(plain.quotes.filter((q) => q.speaker === 'Xi Jinping')).toHaveLength(2);
    expect(plain.quotes.find((q) => q.kind === 'block')?.text).toMatch(/^As Russia’s relationship/);
  });
});

describe('sample article: entities', () => {
  it.each([
    ['Vladimir Putin', 'person'],
    ['Xi Jinping', 'person'],
    ['China', 'place'],
    ['Russia', 'place'],
  ])('flags %s (%s) as a main entity', (name, type) => {
    const e = result.entities.find((x) => x.name === name);
    expect(e).toMatchObject({ type, main: true });
  });

  it('merges "Putin" and "Russian President Vladimir Putin" into Vladimir Putin', () => {
    const putin = result.entities.find((x) => x.name === 'Vladimir Putin')!;
    expect(putin.aliases).toEqual(expect.arrayContaining(['Putin', 'Russian President Vladimir Putin']));
    expect(putin.mentions).toBe(putin.occurrences.length);
    expect(result.entities.filter((x) => x.name === 'Putin')).toHaveLength(0);
  });

  it('does not list demonyms or events as entities', () => {
    const names = result.entities.map((e) => e.name);
    for (const bad of ['Russian', 'Chinese', 'World War II', 'Cold War']) expect(names).not.toContain(bad);
  });
});

describe('provenance', () => {
  const items = [
    ...result.facts.map((f) => ({ text: f.text, source: f.source })),
    ...result.quotes.map((q) => ({ text: q.text, source: q.source })),
    ...result.entities.flatMap((e) => e.occurrences.map((o) => ({ text: o.selector.exact, source: o }))),
  ];
  it('slices every item back out of its block, with a selector that matches', () => {
    expect(items.length).toBeGreaterThan(20);
    for (const { text, source } of items) {
      const blockText = fx.blocks[source.block]!.text;
      expect(blockText.slice(source.start, source.end)).toBe(text);
      expect(source.selector.exact).toBe(text);
      expect(blockText.slice(0, source.start).endsWith(source.selector.prefix)).toBe(true);
      expect(blockText.slice(source.end).startsWith(source.selector.suffix)).toBe(true);
      expect(source.selector.prefix.length).toBeLessThanOrEqual(32);
    }
  });

  it('gives stable, distinct ids', () => {
    const again = extractKeyItems({ title: fx.title, blocks: fx.blocks });
    expect(again.facts.map((f) => f.id)).toEqual(result.facts.map((f) => f.id));
    const ids = [...result.facts, ...result.quotes, ...result.entities].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
