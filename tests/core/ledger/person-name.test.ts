// One person, one entry in the ledger: titles dropped, a surname alone joined to the one full name it fits.
import { describe, expect, it } from 'vitest';
import { nameKey, SourceLedger } from '../../../core/ledger';
import { joinSurnames, stripTitles } from '../../../core/ledger/person-name';

describe('titles before a name', () => {
  const cases: Record<string, { input: string; expected: string }> = {
    'a head-of-state title': { input: 'President Xi Jinping', expected: 'Xi Jinping' },
    'a nationality and a title': { input: 'Chinese President Xi Jinping', expected: 'Xi Jinping' },
    'a two-word title': { input: 'Prime Minister Narendra Modi', expected: 'Narendra Modi' },
    'a title with "of"': { input: 'Secretary of State John Kerry', expected: 'John Kerry' },
    'a nationality and a ministry': { input: 'Russian Foreign Minister Sergei Lavrov', expected: 'Sergei Lavrov' },
    'an abbreviated honorific': { input: 'Mr. Putin', expected: 'Putin' },
    'former and a title': { input: 'former President Barack Obama', expected: 'Barack Obama' },
    // Near misses: nothing that is part of the name goes.
    'a plain name': { input: 'Xi Jinping', expected: 'Xi Jinping' },
    'a one-word name': { input: 'Xi', expected: 'Xi' },
    'a title word that is the whole name': { input: 'President', expected: 'President' },
    'a surname that looks like a word': { input: 'Theresa May', expected: 'Theresa May' },
    'an organisation': { input: 'Gazprom', expected: 'Gazprom' },
    'an organisation named with a title word': { input: 'General Motors', expected: 'General Motors' },
    'a title followed by lower case (not a name)': { input: 'the president', expected: 'the president' },
  };
  for (const [name, { input, expected }] of Object.entries(cases))
    it(name, () => expect(stripTitles(input)).toBe(expected));
});

describe('a surname alone', () => {
  const person = (name: string, type: 'person' | 'org' | 'place' | 'unknown' = 'person') => ({
    key: nameKey(name),
    type,
  });
  const cases: Record<string, { input: ReturnType<typeof person>[]; expected: Record<string, string> }> = {
    'joins the one full name it starts (Chinese order)': {
      input: [person('Xi Jinping'), person('Xi')],
      expected: { xi: 'xi jinping' },
    },
    'joins the one full name it ends': {
      input: [person('Vladimir Putin'), person('Putin', 'unknown')],
      expected: { putin: 'vladimir putin' },
    },
    'stays apart when two full names fit': {
      input: [person('Bill Clinton'), person('Hillary Clinton'), person('Clinton')],
      expected: {},
    },
    'stays apart when no full name fits': { input: [person('Xi Jinping'), person('Putin')], expected: {} },
    'an organisation never joins a person': {
      input: [person('Jane Reuters'), person('Reuters', 'org')],
      expected: {},
    },
    'nor is a place a full name to join': { input: [person('New York', 'place'), person('York')], expected: {} },
  };
  for (const [name, { input, expected }] of Object.entries(cases))
    it(name, () => expect(Object.fromEntries(joinSurnames(input))).toEqual(expected));
});

describe('the ledger lists one person under one name', () => {
  const quote = (speaker: string, text: string) => ({
    id: text,
    text,
    speaker,
    attribution: null,
    kind: 'direct' as const,
    source: {
      block: 0,
      start: 0,
      end: text.length,
      selector: { type: 'TextQuoteSelector' as const, exact: text, prefix: '', suffix: '' },
    },
  });
  const source = (
    key: string,
    site: string,
    speakers: [string, string][],
    entities: [string, 'person' | 'org'][] = [],
  ) => ({
    article: {
      key,
      url: key,
      title: key,
      byline: null,
      siteName: site,
      publishedTime: '2026-01-01T00:00:00.000Z',
      lang: 'en',
      firstSeen: '2026-01-01T00:00:00.000Z',
      lastSeen: '2026-01-01T00:00:00.000Z',
    },
    extraction: {
      facts: [],
      quotes: speakers.map(([s, t]) => quote(s, t)),
      entities: entities.map(([name, type]) => ({
        id: name,
        name,
        type,
        aliases: [],
        mentions: 1,
        main: false,
        occurrences: [],
      })),
    },
  });

  it('"Xi Jinping", "President Xi Jinping" and "Xi" across three outlets are one person', () => {
    const ledger = new SourceLedger([
      source('https://a.example/1', 'A', [['Xi Jinping', 'first']]),
      source('https://b.example/2', 'B', [
        ['President Xi Jinping', 'second'],
        ['Xi', 'third'],
      ]),
      source(
        'https://c.example/3',
        'C',
        [
          ['Xi', 'fourth'],
          ['General Motors', 'fifth'],
        ],
        [['General Motors', 'org']],
      ),
    ]);
    expect(ledger.all().map((p) => [p.name, p.quotes.map((q) => q.text).sort(), p.outlets])).toEqual([
      ['Xi Jinping', ['first', 'fourth', 'second', 'third'], 3],
      ['General Motors', ['fifth'], 1],
    ]);
    expect(ledger.search('xi').map((p) => p.name)).toEqual(['Xi Jinping']);
  });

  it('a surname two people share stays its own entry', () => {
    const ledger = new SourceLedger([
      source('https://a.example/1', 'A', [
        ['Bill Clinton', 'one'],
        ['Hillary Clinton', 'two'],
        ['Mr. Clinton', 'three'],
      ]),
    ]);
    expect(
      ledger
        .all()
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Bill Clinton', 'Clinton', 'Hillary Clinton']);
  });
});
