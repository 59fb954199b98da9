// The presentation rules over extracted items: which facts lead, which specifics are bold, which entities are main,
// and a speaker's name as the article writes it. Cases: the sentence each rule exists for and the near miss.
import { describe, expect, it } from 'vitest';
import { extractKeyItems } from '../../../core/facts/index';
import { rankMainEntities, mainReasonOf } from '../../../core/facts/main-entities';
import { speakerAsNamed } from '../../../core/facts/speaker-name';
import { emphasisedValues, isKeyFact, pickKeyFacts } from '../../../core/facts/top-facts';
import type { Entity, FactValue } from '../../../core/types';
import { loadFixture } from '../../fixtures/labelled/load';

const v = (text: string, kind: FactValue['kind']): FactValue => ({ text, kind, normalized: text });

describe('isKeyFact', () => {
  const cases: Record<string, { text: string; details: FactValue[]; expected: boolean }> = {
    'a claim with an amount': {
      text: 'The deals complement a $400 billion deal made last May.',
      details: [v('$400 billion', 'money')],
      expected: true,
    },
    'a claim ending in a closing quote': {
      text: 'Sales rose 12 percent last year, the company said.”',
      details: [v('12 percent', 'percent')],
      expected: true,
    },
    'a lead-in ending in a colon': {
      text: 'Putin has turned to Beijing for support amid criticism of his 2014 moves in Ukraine:',
      details: [v('2014', 'date')],
      expected: false,
    },
    'a fragment without an end': {
      text: 'Between 2018 and 2048 the pipeline',
      details: [v('between 2018 and 2048', 'period')],
      expected: false,
    },
    'a fragment starting mid-sentence': {
      text: 'and 32 agreements were signed by the two leaders.',
      details: [v('32 agreements', 'count')],
      expected: false,
    },
    'too short to be a claim': { text: 'In 2019, 40 died.', details: [v('40', 'count')], expected: false },
    'only a named event, no value': {
      text: 'The two leaders met to commemorate the defeat of Nazi Germany in World War II.',
      details: [v('World War II', 'event')],
      expected: false,
    },
    'only an ordinal': {
      text: 'It was the second meeting of the two leaders this spring.',
      details: [v('second', 'ordinal')],
      expected: false,
    },
  };
  it.each(Object.entries(cases))('%s', (_name, c) => {
    expect(isKeyFact(c)).toBe(c.expected);
  });
});

describe('emphasisedValues', () => {
  it('keeps amounts, measures and periods and leaves named events plain', () => {
    const details = [
      v('$400 billion', 'money'),
      v('World War II', 'event'),
      v('between 2018 and 2048', 'period'),
      v('third', 'ordinal'),
    ];
    expect(emphasisedValues({ details })).toEqual(['$400 billion', 'between 2018 and 2048']);
  });
});

describe('on the sample article', () => {
  const fx = loadFixture('sample');
  const result = extractKeyItems({ title: fx.title, blocks: fx.blocks });

  it('the popup’s top facts are claims with values, never the lead-in ending in “Ukraine:”', () => {
    const top = pickKeyFacts(result.facts, 3);
    // The sample has two sentences with values; the others hold only named events or lead in to a block quote.
    expect(top.length).toBeGreaterThanOrEqual(2);
    expect(top.map((f) => f.text).join('\n')).not.toMatch(/:\s*$/m);
    expect(top.some((f) => f.text.includes('$400 billion'))).toBe(true);
    expect(top.some((f) => f.text.includes('32 separate bilateral agreements'))).toBe(true);
    for (const f of top) expect(emphasisedValues(f).length).toBeGreaterThan(0);
    expect(top.flatMap(emphasisedValues)).not.toContain('World War II');
  });

  it('Vladimir Putin, the subject of the deck, is main; a single passing mention of the Atlantic is not', () => {
    const ranked = rankMainEntities(result.entities, {
      title: fx.title,
      deck: 'Putin turns to Beijing as West assails him for Ukraine crisis',
      blocks: fx.blocks,
    });
    const main = ranked.filter((e) => e.main).map((e) => e.name);
    expect(main).toEqual(expect.arrayContaining(['Vladimir Putin', 'Russia', 'China', 'Xi Jinping']));
    expect(main).not.toContain('Atlantic');
    expect(main).not.toContain('Nazi Germany');
    expect(ranked.find((e) => e.name === 'Vladimir Putin')?.mainReason).toBe('headline');
    // Main entities come first.
    expect(ranked.slice(0, main.length).every((e) => e.main)).toBe(true);
  });

  it('the Atlantic’s block quotes read “The Atlantic”, as the article names it', () => {
    const atlantic = result.quotes.find((q) => q.kind === 'block');
    expect(atlantic?.speaker).toBeTruthy();
    const text = fx.blocks.map((b) => b.text).join('\n\n');
    expect(speakerAsNamed(atlantic!.speaker, text, result.entities)).toBe('The Atlantic');
  });
});

describe('mainReasonOf', () => {
  const entity = (name: string, type: Entity['type'], blocks: number[]): Entity => ({
    id: name,
    name,
    type,
    aliases: [],
    mentions: blocks.length,
    main: false,
    occurrences: blocks.map((block) => ({
      block,
      start: 0,
      end: 1,
      selector: { type: 'TextQuoteSelector', exact: name, prefix: '', suffix: '' },
    })),
  });
  const article = {
    title: 'Merkel visits Washington',
    deck: null,
    blocks: [{ text: 'a' }, { text: 'b' }, { text: 'c' }],
  };
  it.each([
    ['a person named by surname in the title', entity('Angela Merkel', 'person', [5]), 'headline'],
    ['a name inside a longer word is not named', entity('Wash', 'place', [5]), null],
    ['twice in the opening', entity('Berlin', 'place', [0, 1]), 'lead'],
    ['once in the opening and once later', entity('Paris', 'place', [1, 4]), 'lead'],
    ['once in the opening only', entity('Oslo', 'place', [0]), null],
    ['three mentions later on', entity('Rome', 'place', [3, 4, 5]), 'mentions'],
  ] as const)('%s', (_name, e, expected) => {
    expect(mainReasonOf(e, article)).toBe(expected);
  });
});

describe('speakerAsNamed', () => {
  const people = [{ name: 'Putin', aliases: [], type: 'person' as const }];
  it.each([
    ['restores the article’s “the”', 'Atlantic', 'as the Atlantic reports', 'The Atlantic'],
    ['keeps a name the text never writes with “the”', 'Reuters', 'Reuters reported on Monday', 'Reuters'],
    ['never puts “The” before a person', 'Putin', 'the Putin government said', 'Putin'],
    ['capitalises a kept “the”', 'the Guardian', 'the Guardian said', 'The Guardian'],
    ['does not match inside a longer name', 'Times', 'the Timeshare group said', 'Times'],
  ])('%s', (_name, speaker, text, expected) => {
    expect(speakerAsNamed(speaker, text, people)).toBe(expected);
  });
});
