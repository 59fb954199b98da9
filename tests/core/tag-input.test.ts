// What a reader types in a tag field becomes the same tags on every surface (the note editor and the sidebar).
import { describe, expect, it } from 'vitest';
import { MAX_TAGS } from '../../core/limits';
import { parseTagInput } from '../../core/tag-input';

const cases: Record<string, { input: string; expected: string[] }> = {
  'commas, spaces trimmed': { input: ' politics ,  economy,', expected: ['politics', 'economy'] },
  'hash-prefixed tags as people type them': { input: '#politics #economy', expected: ['politics', 'economy'] },
  'one tag per line': { input: 'politics\neconomy\n', expected: ['politics', 'economy'] },
  'a repeated tag is kept once, first-seen order': { input: 'b, a, #b', expected: ['b', 'a'] },
  'spaces inside a tag stay': {
    input: 'gas pipeline, #Kremlin readout',
    expected: ['gas pipeline', 'Kremlin readout'],
  },
  'nothing typed': { input: ' , # \n', expected: [] },
  // Near miss: case is the reader's, not folded (the library's search folds it).
  'different case is a different tag': { input: 'EU, eu', expected: ['EU', 'eu'] },
};

describe('parseTagInput', () => {
  for (const [name, { input, expected }] of Object.entries(cases)) {
    it(name, () => expect(parseTagInput(input)).toEqual(expected));
  }

  it(`keeps the first ${MAX_TAGS} tags of a longer list (the store accepts no more)`, () => {
    const typed = Array.from({ length: MAX_TAGS + 10 }, (_, i) => `t${i}`).join(', ');
    const tags = parseTagInput(typed);
    expect(tags).toHaveLength(MAX_TAGS);
    expect(tags.at(-1)).toBe(`t${MAX_TAGS - 1}`);
  });
});
