// Quotation marks as writers really use them, table-driven: which spans are quotes, of what kind, by whom.
import { describe, expect, it } from 'vitest';
import { extractKeyItems } from '../../../core/facts/index';
import type { Block, QuoteKind } from '../../../core/types';

function blocksOf(...texts: string[]): Block[] {
  return texts.map((text) => ({
    type: 'p',
    text,
    selector: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
  }));
}

interface Case {
  paragraphs: string[];
  expected: Array<{ text: string; kind?: QuoteKind; speaker?: string | null }>;
}

const cases: Record<string, Case> = {
  'straight double marks': {
    paragraphs: ['Maria Lopez runs the clinic. "We are out of beds tonight," Lopez said on Monday.'],
    expected: [{ text: 'We are out of beds tonight,', kind: 'direct', speaker: 'Maria Lopez' }],
  },
  'curly double marks, said-first': {
    paragraphs: ['“We will rebuild the bridge by spring,” said Governor Janet Mills.'],
    expected: [{ text: 'We will rebuild the bridge by spring,', speaker: 'Janet Mills' }],
  },
  "single opening with a double closing (the sample's mix)": {
    paragraphs: ['Xi Jinping spoke at the parade. \'Decades ago, the two nations shared weal and woe," Xi said.'],
    expected: [{ text: 'Decades ago, the two nations shared weal and woe,', speaker: 'Xi Jinping' }],
  },
  guillemets: {
    paragraphs: ['«Nous ne céderons pas aux menaces», a déclaré Emmanuel Macron.'],
    expected: [{ text: 'Nous ne céderons pas aux menaces' }],
  },
  'German „ “ marks': {
    paragraphs: ['„Wir schaffen das nicht allein“, sagte Angela Merkel am Abend.'],
    expected: [{ text: 'Wir schaffen das nicht allein' }],
  },
  'corner brackets': {
    paragraphs: ['首相は「経済の立て直しが最優先だ」と述べた。'],
    expected: [{ text: '経済の立て直しが最優先だ' }],
  },
  "'' as a closing mark": {
    paragraphs: ['“This is the end of an era’’, said Tom Hanks after the show.'],
    expected: [{ text: 'This is the end of an era' }],
  },
  'interrupted quote is two quotes with one speaker': {
    paragraphs: ['“The water is rising,” said Mayor Ana Ruiz. “We need more sandbags now.”'],
    expected: [
      { text: 'The water is rising,', speaker: 'Ana Ruiz' },
      { text: 'We need more sandbags now.', speaker: 'Ana Ruiz' },
    ],
  },
  'multi-paragraph quote: one per paragraph, speaker inherited': {
    paragraphs: ['Dr. Lena Park treated the victims. “We saw burns on every patient.', '“Some of them were children.”'],
    expected: [
      { text: 'We saw burns on every patient.', speaker: null },
      { text: 'Some of them were children.', speaker: null },
    ],
  },
  'partial quote of three words or more': {
    paragraphs: ['The minister, Paolo Conte, said the plan was “actually not so crazy” given the costs.'],
    expected: [{ text: 'actually not so crazy', kind: 'partial', speaker: 'Paolo Conte' }],
  },
  'scare quotes, names and short fragments are not quotes': {
    paragraphs: ['The “interim” leader visited the “Hanoi Hilton” and praised the “jobs machine” of the region.'],
    expected: [],
  },
  'colon introduction': {
    paragraphs: [
      'Opposition Leader Bill Shorten said in a letter last month: “Press freedom must be protected in this bill.”',
    ],
    expected: [{ text: 'Press freedom must be protected in this bill.', speaker: 'Bill Shorten', kind: 'direct' }],
  },
  'pronoun resolved to the person named before': {
    paragraphs: ['Vanessa Hicks is a Navy veteran.', '“I have seen what desecration really is,” she told ABC News.'],
    expected: [{ text: 'I have seen what desecration really is,', speaker: 'Vanessa Hicks' }],
  },
  'according to, with the channel kept in the attribution': {
    paragraphs: ['“The talks were productive and frank,” according to the foreign ministry.'],
    expected: [{ text: 'The talks were productive and frank,' }],
  },
};

describe('quotes', () => {
  it.each(Object.entries(cases))('%s', (_name, { paragraphs, expected }) => {
    const { quotes } = extractKeyItems({ title: 'Test', blocks: blocksOf(...paragraphs) });
    expect(quotes.map((q) => q.text)).toEqual(expected.map((e) => e.text));
    expected.forEach((e, i) => {
      if (e.kind) expect(quotes[i]!.kind).toBe(e.kind);
      if (e.speaker !== undefined && e.speaker !== null) expect(quotes[i]!.speaker).toBe(e.speaker);
    });
  });

  it('keeps the channel in the attribution clause', () => {
    const { quotes } = extractKeyItems({
      title: 'Test',
      blocks: blocksOf('“Prices will fall next year,” Ana Ruiz told Reuters in an interview.'),
    });
    expect(quotes[0]!.attribution).toBe('Ana Ruiz told Reuters in an interview');
  });

  it('inherits the speaker in a continuation paragraph', () => {
    const { quotes } = extractKeyItems({
      title: 'Test',
      blocks: blocksOf(
        '“We saw burns on every patient,” said Dr. Lena Park. “It was awful.',
        '“Some of them were children.”',
      ),
    });
    expect(quotes.map((q) => q.speaker)).toEqual(['Lena Park', 'Lena Park', 'Lena Park']);
  });

  it('treats a blockquote block as a block quote', () => {
    const blocks = blocksOf('The Atlantic reports:', 'placeholder');
    blocks[1] = {
      ...blocks[1]!,
      type: 'blockquote',
      text: 'Russia and China have never been closer than they are today.',
    };
    const { quotes } = extractKeyItems({ title: 'Test', blocks });
    expect(quotes).toMatchObject([
      { kind: 'block', text: 'Russia and China have never been closer than they are today.' },
    ]);
  });

  it('reads an embedded post as an embed quote by its author, without the author line', () => {
    const blocks = blocksOf('Senator Jane Doe reacted on Twitter within minutes of the vote.', 'placeholder');
    blocks[1] = {
      ...blocks[1]!,
      type: 'blockquote',
      text: 'This bill is a disgrace to every worker. pic.twitter.com/abc123 — Jane Doe (@SenJaneDoe) March 3, 2017',
    };
    const { quotes, facts } = extractKeyItems({ title: 'Test', blocks });
    expect(quotes).toMatchObject([
      { kind: 'embed', text: 'This bill is a disgrace to every worker.', speaker: 'Jane Doe' },
    ]);
    expect(facts.some((f) => f.values.includes('March 3, 2017'))).toBe(false);
  });

  it('reads a paragraph introduced by "X reports:" as a block quote from X', () => {
    const { quotes } = extractKeyItems({
      title: 'Test',
      blocks: blocksOf(
        'Reuters reports:',
        'Oil prices rose 3 percent on Monday after OPEC agreed to cut output by 1.2 million barrels per day.',
      ),
    });
    expect(quotes).toMatchObject([{ kind: 'block', speaker: 'Reuters' }]);
  });
});
