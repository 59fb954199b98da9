// The one reader of a gendered title ("Mr.", "Mrs.", "Sir", "Queen" …) that pronoun resolution and the article's
// gender evidence share (speakers.ts titleGender): a title opening the mention, or written right before a mention
// that does not hold it. Mentions and the text before them are from PolNeAR train articles.
import { describe, expect, it } from 'vitest';
import { titleGender } from '../../../core/facts/speakers';

const cases: Record<string, { surface: string; before?: string; expected: 'm' | 'f' | null }> = {
  // nyt_2016-06-07_china-rebuts-american-criticism-: "''…thanked China,'' Mr. Lou told a news briefing".
  'a title opening the mention': { surface: 'Mr. Lou', expected: 'm' },
  'a title right before a mention that does not hold it': {
    surface: 'Lou',
    before: "''At that time, the whole world applauded and thanked China,'' Mr. ",
    expected: 'm',
  },
  // nyt_2015-12-31_trump-turns-attention-to-bill-: "… comes as Mrs. Clinton is increasingly relying on …".
  'a woman’s title': { surface: 'Mrs. Clinton', expected: 'f' },
  'a woman’s title before the mention': {
    surface: 'Clinton',
    before: "Clinton's personal life comes as Mrs. ",
    expected: 'f',
  },
  'near miss: a title further back names someone else': {
    surface: 'Clinton',
    before: "Trump's turn against the former president started last week when Mrs. Clinton, in response to Mr. Trump, ",
    expected: null,
  },
  'near miss: a word opening on a title’s letters ("Mississippi")': { surface: 'Mississippi', expected: null },
  'near miss: a title of office gives no gender': { surface: 'Secretary of State John Kerry', expected: null },
};

describe('titleGender', () => {
  for (const [name, c] of Object.entries(cases))
    it(name, () => expect(titleGender(c.surface, c.before)).toBe(c.expected));
});
