// Text-only matching (anchorInText): the order position → exact quote → fuzzy quote, and the orphan floor.
import { describe, expect, it } from 'vitest';
import { anchorInText, describeTextRange } from '../../../core/anchoring/index';
import type { Selector } from '../../../core/types';

const ARTICLE =
  'The council voted on Tuesday to approve the budget. The mayor said the vote was a turning point for the city. ' +
  'Opponents said the plan would raise taxes on the poorest residents. The budget now goes to the state for review. ' +
  'In the meantime, the council will hold three public hearings on the details of the plan.';

/** Selectors for the first occurrence of `passage` in ARTICLE (or the nth). */
function select(passage: string, nth = 0): Selector[] {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = ARTICLE.indexOf(passage, start + 1);
  return describeTextRange(ARTICLE, start, start + passage.length);
}

interface Case {
  text: string;
  selectors: Selector[];
  /** The text the passage must land on, or null for an orphan. */
  expected: string | null;
  /** Where it must start, when the text alone is ambiguous. */
  at?: number;
}

const cases: Record<string, Case> = {
  'unchanged text lands by position': {
    text: ARTICLE,
    selectors: select('the vote was a turning point'),
    expected: 'the vote was a turning point',
  },
  'text inserted before moves the passage; the quote finds it': {
    text: 'BREAKING: new details. ' + ARTICLE,
    selectors: select('Opponents said the plan would raise taxes'),
    expected: 'Opponents said the plan would raise taxes',
  },
  'a word reworded inside the passage: fuzzy match': {
    text: ARTICLE.replace('raise taxes on the poorest', 'raise levies on the poorest'),
    selectors: select('Opponents said the plan would raise taxes on the poorest residents.'),
    expected: 'Opponents said the plan would raise levies on the poorest residents.',
  },
  'a deleted sentence is an orphan': {
    text: ARTICLE.replace('Opponents said the plan would raise taxes on the poorest residents. ', ''),
    selectors: select('Opponents said the plan would raise taxes on the poorest residents.'),
    expected: null,
  },
  'a short repeated quote stays on its own occurrence': {
    text: ARTICLE,
    selectors: select('the', 5),
    expected: 'the',
    at: (() => {
      let s = -1;
      for (let k = 0; k <= 5; k++) s = ARTICLE.indexOf('the', s + 1);
      return s;
    })(),
  },
  'a short repeated quote whose sentence was deleted does not jump to another "the"': {
    text: ARTICLE.replace('The mayor said the vote was a turning point for the city. ', ''),
    selectors: select('the', 1),
    expected: null,
  },
  'a short quote with its context rewritten is an orphan, not another occurrence': {
    text: ARTICLE.replace(
      'The mayor said the vote was a turning point for the city.',
      'Critics called it a mistake of the first order.',
    ),
    selectors: select('the vote'),
    expected: null,
  },
  'a quote with nothing like it in the text is an orphan': {
    text: ARTICLE,
    selectors: [
      { type: 'TextQuoteSelector', exact: 'The governor vetoed the transport bill in March', prefix: '', suffix: '' },
    ],
    expected: null,
  },
  'a quote without a position is found by its text': {
    text: ARTICLE,
    selectors: [{ type: 'TextQuoteSelector', exact: 'three public hearings', prefix: 'will hold ', suffix: ' on the' }],
    expected: 'three public hearings',
  },
  'a stale position does not override the quote': {
    text: ARTICLE,
    selectors: [
      { type: 'TextQuoteSelector', exact: 'goes to the state', prefix: 'The budget now ', suffix: ' for review' },
      { type: 'TextPositionSelector', start: 3, end: 20 },
    ],
    expected: 'goes to the state',
  },
};

describe('anchorInText', () => {
  it.each(Object.entries(cases))('%s', (_name, { text, selectors, expected, at }) => {
    const found = anchorInText(text, selectors);
    if (expected === null) {
      expect(found).toBeNull();
      return;
    }
    expect(found).not.toBeNull();
    expect(text.slice(found!.start, found!.end)).toBe(expected);
    if (at !== undefined) expect(found!.start).toBe(at);
  });
});
