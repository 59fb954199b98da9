// Quotes shown between the marks their page printed: real sentences in German, French, Japanese and Polish.
import { describe, expect, it } from 'vitest';
import { extractKeyItems } from '../../../core/facts';
import { inMarks, quoteMarks } from '../../../core/facts/quote-display';

const shown = (text: string): string[] =>
  extractKeyItems({ title: 'T', blocks: [{ type: 'p', text }] } as never).quotes.map((q) =>
    inMarks(q.text, q.source.selector),
  );

describe('quotes between their own marks', () => {
  it('keeps German „…“, French «…» and Japanese 「…」 as printed', () => {
    expect(shown('Der Minister sagte: „Wir sind bereit, sofort zu verhandeln.“ Danach schwieg er.')).toEqual([
      '„Wir sind bereit, sofort zu verhandeln.“',
    ]);
    expect(shown('«Nous sommes prêts à négocier», a déclaré le ministre mardi.')).toEqual([
      '«Nous sommes prêts à négocier»',
    ]);
    expect(shown('「交渉の準備はできている」と首相は述べた。')).toEqual(['「交渉の準備はできている」']);
  });

  it('keeps a closing mark as written (Polish „…”), and shows straight marks as typographic ones', () => {
    expect(shown('Premier powiedział: „Jesteśmy gotowi do rozmów” i wyszedł.')).toEqual([
      '„Jesteśmy gotowi do rozmów”',
    ]);
    expect(shown('"We are ready to talk now," the minister said on Tuesday.')).toEqual(['“We are ready to talk now,”']);
  });

  it('falls back to “ and ” when the selector shows no mark (an old record, a hand-made quote)', () => {
    expect(quoteMarks(undefined)).toEqual(['“', '”']);
    expect(quoteMarks({ prefix: 'said ', suffix: ' and' })).toEqual(['“', '”']);
    expect(quoteMarks({ prefix: 'x «', suffix: '' })).toEqual(['«', '»']);
  });
});
