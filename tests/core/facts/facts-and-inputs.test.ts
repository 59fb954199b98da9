// Facts and their values on small paragraphs, the text hash, and inputs that must not break extraction.
import { describe, expect, it } from 'vitest';
import { extractKeyItems, hashArticleText } from '../../../core/facts/index';
import type { Block } from '../../../core/types';

function blocksOf(...texts: string[]): Block[] {
  return texts.map((text) => ({
    type: 'p',
    text,
    selector: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
  }));
}
function factsOf(...texts: string[]) {
  return extractKeyItems({ title: 'Test', blocks: blocksOf(...texts) }).facts;
}

describe('facts', () => {
  it.each([
    ['The craft broke up at an altitude of 190 kilometers over Siberia.', '190 kilometers', 'quantity'],
    ['She plans to give 15 percent of all profits to charity.', '15 percent', 'percent'],
    ['Eloise Parry, 21, was taken to hospital on 12 April after the dose.', '12 April', 'date'],
    ['Gunmen killed at least 19 people at the museum in Tunis.', '19 people', 'count'],
    ['Islamists held power from 2011 to 2013 in the country.', 'from 2011 to 2013', 'period'],
    ['It stopped transmitting data 6 ½ minutes after the launch.', '6 ½ minutes', 'duration'],
    ['This is the third botched launch of a Russian spacecraft.', 'third botched launch', 'ordinal'],
    ['Sales fell sharply in the early 1990s across the region.', 'early 1990s', 'period'],
  ])('%s → %s', (sentence, value, kind) => {
    const [fact] = factsOf(sentence);
    expect(fact?.text).toBe(sentence);
    expect(fact?.details.find((d) => d.text === value)?.kind).toBe(kind);
  });

  it.each([
    ['weekdays and relative times', 'The board met on Tuesday and will meet again next year.'],
    ['times of day', 'The ship lifted off at 8:51 p.m. from the launch pad.'],
    ['model numbers', 'The Progress MS-04 cargo craft broke up over the region.'],
    ['vague quantities', 'Several officials said months of protests had taken a toll.'],
    ['specifics only inside a direct quote', '“We lost 300 homes,” said Mayor Ana Ruiz.'],
  ])('ignores %s', (_why, sentence) => {
    expect(factsOf(sentence)).toEqual([]);
  });

  it.each([
    [
      'an agency dateline with a date',
      'CAMBRIDGE, Mass., Dec. 11 (UPI) — Young voters are moving toward Sanders, a poll says.',
    ],
    ['a dateline with a state', 'HOUSTON, Texas (KTRK) -- A man entered one of the salons on Tuesday, the owner said.'],
    ['a bracketed link to another story', '[Read: Why Tunisia, the Arab Spring’s sole success, suffers from violence]'],
  ])('ignores %s (hold-out 2, dev)', (_why, sentence) => {
    expect(factsOf(sentence)).toEqual([]);
  });

  it('keeps the lead after a dateline, without the dateline (hold-out 2)', () => {
    const [fact] = factsOf('WASHINGTON ― Obama nominated the first Muslim person to the federal judiciary.');
    expect(fact?.text).toBe('Obama nominated the first Muslim person to the federal judiciary.');
    expect(fact?.values).toEqual(['first Muslim person']);
  });

  it('ends a sentence after a date that ends in a period (hold-out 2)', () => {
    const facts = factsOf(
      'Seven candidates compete before the primary Aug. 30. Rep. Patrick Murphy leads with 40 percent.',
    );
    expect(facts.map((f) => f.text).sort()).toEqual([
      'Rep. Patrick Murphy leads with 40 percent.',
      'Seven candidates compete before the primary Aug. 30.',
    ]);
  });

  it('keeps a numbered list and a calculation in one sentence', () => {
    expect(factsOf('The ranking was as follows: 1. Finland 2. Norway 3. Australia.')).toHaveLength(1);
    expect(factsOf('It cut the maximum payload size to 2^15 - 1. Now the length is a varint.')[0]?.text).toBe(
      'It cut the maximum payload size to 2^15 - 1.',
    );
  });

  it('keeps a sentence with a specific outside the quote', () => {
    const [fact] = factsOf('“We lost everything,” said Ana Ruiz, whose town lost 300 homes in 2019.');
    expect(fact?.values).toEqual(['300 homes', '2019']);
  });

  it('skips headings, bylines and credits', () => {
    const blocks = blocksOf(
      'By Jane Smith',
      'May 11, 2015',
      'Xi Jinping, Vladimir Putin / AP',
      'Aerospace Writer Marcia Dunn in Moscow contributed to this report.',
    );
    blocks.push({
      type: 'heading',
      text: '32 agreements in 2015',
      selector: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
    });
    expect(extractKeyItems({ title: 'Test', blocks }).facts).toEqual([]);
  });
});

describe('hashArticleText', () => {
  it('matches FNV-1a 64 and changes when the text changes', () => {
    expect(hashArticleText('')).toBe('cbf29ce484222325');
    expect(hashArticleText('a')).toBe('af63dc4c8601ec8c');
    expect(hashArticleText('foobar')).toBe('85944171f73967e8');
    expect(hashArticleText('China and Russia')).not.toBe(hashArticleText('China and Russia.'));
  });
});

describe('bad input', () => {
  const huge = Array.from({ length: 200_000 }, (_, i) => (i % 17 === 0 ? 'Putin said 32 things.' : 'word')).join(' ');
  it.each<[string, () => { title: string; blocks: Block[] }]>([
    ['no blocks', () => ({ title: '', blocks: [] })],
    ['empty paragraphs', () => ({ title: 'x', blocks: blocksOf('', '   ', '\n') })],
    ['one enormous paragraph', () => ({ title: 'x', blocks: blocksOf(huge) })],
    ['200,000 words in paragraphs', () => ({ title: 'x', blocks: blocksOf(...huge.match(/(?:\S+\s+){1,150}/g)!) })],
    [
      'other scripts',
      () => ({
        title: 'Новости',
        blocks: blocksOf(
          'Президент России Владимир Путин заявил: «Мы готовы к переговорам».',
          '中国国家主席习近平表示，「两国关系处于历史最好时期」。',
          'قال الرئيس إن "الوضع صعب جدا" اليوم.',
        ),
      }),
    ],
    [
      'unbalanced quotes everywhere',
      () => ({
        title: '"',
        blocks: blocksOf('"'.repeat(5000), '“ ” ‘ ’ " \' « »'.repeat(2000), ('He said "it ' + "was 'so ").repeat(3000)),
      }),
    ],
    [
      'garbage shapes',
      () => ({ title: null as unknown as string, blocks: [null, { type: 'p' }, 42] as unknown as Block[] }),
    ],
  ])('%s: returns lists and never throws (its time: npm run bench hostile)', (_name, make) => {
    const input = make();
    const r = extractKeyItems(input);
    expect(Array.isArray(r.facts) && Array.isArray(r.quotes) && Array.isArray(r.entities)).toBe(true);
  });

  it('extracts quotes in other scripts', () => {
    const r = extractKeyItems({
      title: 'x',
      blocks: blocksOf('Президент России Владимир Путин заявил: «Мы готовы к переговорам».'),
    });
    expect(r.quotes.map((q) => q.text)).toEqual(['Мы готовы к переговорам']);
  });
});
