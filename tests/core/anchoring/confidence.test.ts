// The confidence rules: a placement is silent only when its context and position agree; otherwise it is offered
// for confirmation or left an orphan. Each rule with the case it exists for and the near miss it must not catch.
import { describe, expect, it } from 'vitest';
import { anchorInText, anchorManyInText, describeTextRange, uncertainPlacements } from '../../../core/anchoring/index';
import type { AnchorConfidence } from '../../../core/anchoring/index';
import { scorePlace } from '../../../core/anchoring/text/score';
import type { Selector } from '../../../core/types';

const P1 = 'The council voted on Tuesday to approve the budget after a long night of debate in the old town hall.';
const P2 = 'The mayor said the vote was a turning point for the city and thanked the volunteers who organised it.';
const P3 = 'Opponents said the plan would raise taxes on the poorest residents and promised to fight it in court.';
const P4 = 'In the meantime, the council will hold three public hearings on the details of the spending plan.';
const P5 = 'Residents can send written comments to the clerk until the end of the month, the council said.';
const ARTICLE = [P1, P2, P3, P4, P5].join('\n');

/** Selectors saved on `text` for the nth occurrence of `passage`. */
function saved(text: string, passage: string, nth = 0): Selector[] {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(passage, start + 1);
  if (start < 0) throw new Error(`no ${passage} in the text`);
  return describeTextRange(text, start, start + passage.length);
}

/** Offset of the nth occurrence of `s` in `text`. */
function at(text: string, s: string, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(s, i + 1);
  return i;
}

interface Case {
  /** The page the reader highlighted on, the passage, and which occurrence. */
  original: string;
  passage: string;
  nth?: number;
  /** The page as it is now. */
  now: string;
  /** Where the passage must land ([text, nth occurrence] in `now`) and how sure, or null for an orphan. */
  expected: { text: string; nth?: number; confidence: AnchorConfidence | 'any' } | null;
  /** Also acceptable instead of `expected` (a stricter engine may orphan what it offers for confirmation). */
  orOrphan?: boolean;
}

const BOILERPLATE = '\nShare this story. Sign up for our newsletter. Read more about the city council.';
const P2_LONG = `${P2} She promised a second vote in the spring.`;
const HEADLINE = 'Police arrest three students and a teacher after a fight at Springfield High School';
/** A site header that repeats the headline (a sticky title bar), as many news pages have. */
const HEADER = `Springfield Daily\nNews\nWorld\nSearch\n${HEADLINE}\nShare\nTweet`;
const LOREM = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.';

const cases: Record<string, Case> = {
  // Rule: a short quote needs its context on both sides.
  'a deleted short passage whose words appear elsewhere is an orphan': {
    original: ARTICLE,
    passage: 'the city',
    now: ARTICLE.replace(P2 + '\n', '') + BOILERPLATE,
    expected: null,
  },
  'near miss: the same short passage, untouched, with a banner above, stays exact': {
    original: ARTICLE + BOILERPLATE,
    passage: 'the city',
    now: 'Update: this story was changed.\n' + ARTICLE + BOILERPLATE,
    expected: { text: 'the city', confidence: 'exact' },
  },
  'a short passage with a typo, both sides of its context intact, is found (fuzzy)': {
    original: ARTICLE,
    passage: 'three public hearings',
    now: ARTICLE.replace('three public hearings', 'three pubilc hearings'),
    expected: { text: 'three pubilc hearings', confidence: 'fuzzy' },
  },
  // Rule: a repeated phrase must not jump to another copy.
  'a repeated phrase whose context was rewritten does not jump to its other copy': {
    original: ARTICLE + BOILERPLATE,
    passage: 'the council',
    nth: 1,
    now: (ARTICLE + BOILERPLATE).replace(
      'In the meantime, the council will hold three',
      'Next week the council is to hold several',
    ),
    expected: { text: 'the council', nth: 1, confidence: 'any' },
    orOrphan: true,
  },
  'near miss: a repeated phrase with its own context intact stays on its own copy': {
    original: ARTICLE + BOILERPLATE,
    passage: 'the council',
    nth: 1,
    now: 'Update: this story was changed.\n' + ARTICLE + BOILERPLATE,
    expected: { text: 'the council', nth: 1, confidence: 'exact' },
  },
  'identical paragraphs: a typo in the first copy keeps the passage on it, not on the intact second copy': {
    original: `${P1}\n${LOREM}\n${P2}\n${LOREM}\n${P3}`,
    passage: 'tempor incididunt ut',
    now: `${P1}\n${LOREM.replace('incididunt', 'incdiidunt')}\n${P2}\n${LOREM}\n${P3}`,
    expected: { text: 'tempor incdiidunt ut', confidence: 'fuzzy' },
  },
  // Rule: each side of a short quote's context must agree, not only their mean.
  'a short passage in a paragraph repeated with another ending: its paragraph removed, the copy is not silent': {
    original: `${P1}\n${LOREM}\n${LOREM.replace('ut labore.', 'et dolore magna.')}\n${P3}`,
    passage: 'sed do eiusmod',
    nth: 1,
    now: `${P1}\n${LOREM}\n${P3}`,
    expected: { text: 'sed do eiusmod', confidence: 'needs-confirmation' },
    orOrphan: true,
  },
  'near miss: the same passage, its paragraph kept and a banner above, stays exact on its own copy': {
    original: `${P1}\n${LOREM}\n${LOREM.replace('ut labore.', 'et dolore magna.')}\n${P3}`,
    passage: 'sed do eiusmod',
    nth: 1,
    now: `Update: this story was changed.\n${P1}\n${LOREM}\n${LOREM.replace('ut labore.', 'et dolore magna.')}\n${P3}`,
    expected: { text: 'sed do eiusmod', nth: 1, confidence: 'exact' },
  },
  // Rule: at the text's edge a short quote has one side of context, and that side must agree closely.
  'the first word of a page, cut out: the next paragraph opening with it is not a silent placement': {
    original: `Lorem\n${LOREM}\n${P3}`,
    passage: 'Lorem',
    now: `${LOREM}\n${P3}`,
    expected: { text: 'Lorem', confidence: 'needs-confirmation' },
    orOrphan: true,
  },
  'near miss: the same first word, untouched, with a banner above, stays exact': {
    original: `Lorem\n${LOREM}\n${P3}`,
    passage: 'Lorem',
    now: `Update: this story was changed.\nLorem\n${LOREM}\n${P3}`,
    expected: { text: 'Lorem', confidence: 'exact' },
  },
  // Rule: a long quote whose context is gone is only offered for confirmation.
  'a deleted sentence that survives only as a pull quote is offered for confirmation, not highlighted': {
    original: ARTICLE,
    passage: 'Opponents said the plan would raise taxes on the poorest residents',
    now:
      ARTICLE.replace(P3 + '\n', '') +
      '\n“Opponents said the plan would raise taxes on the poorest residents”\nMore stories',
    expected: {
      text: 'Opponents said the plan would raise taxes on the poorest residents',
      confidence: 'needs-confirmation',
    },
  },
  'near miss: the same sentence with a word replaced, in place, is found silently': {
    original: ARTICLE,
    passage: 'Opponents said the plan would raise taxes on the poorest residents',
    now: ARTICLE.replace('raise taxes', 'raise levies'),
    expected: { text: 'Opponents said the plan would raise levies on the poorest residents', confidence: 'fuzzy' },
  },
  // Rule: one side of context places a long quote silently only right at its hint.
  'a passage in a headline the page header repeats: the heading removed, the header copy is not silent': {
    original: `${HEADER}\nWorld › Politics\n${HEADLINE}\nBy Jane Doe, city reporter\n${ARTICLE}`,
    passage: 'three students and a teacher after',
    nth: 1,
    now: `Update: this story was changed.\n${HEADER}\nWorld › Politics\nBy Jane Doe, city reporter\n${ARTICLE}`,
    expected: { text: 'three students and a teacher after', confidence: 'needs-confirmation' },
    orOrphan: true,
  },
  'near miss: the same passage, its heading kept and a banner above, stays exact on the heading': {
    original: `${HEADER}\nWorld › Politics\n${HEADLINE}\nBy Jane Doe, city reporter\n${ARTICLE}`,
    passage: 'three students and a teacher after',
    nth: 1,
    now: `Update: this story was changed.\n${HEADER}\nWorld › Politics\n${HEADLINE}\nBy Jane Doe, city reporter\n${ARTICLE}`,
    expected: { text: 'three students and a teacher after', nth: 1, confidence: 'exact' },
  },
  'near miss: a long passage opening its paragraph, the paragraph before reworded at its end, stays exact': {
    original: ARTICLE,
    passage: 'The mayor said the vote was a turning point',
    now: ARTICLE.replace('in the old town hall.', 'in the town hall on Main Street.'),
    expected: { text: 'The mayor said the vote was a turning point', confidence: 'exact' },
  },
  'near miss: a passage whose paragraph moved below the next one, its context moving with it, stays exact': {
    original: [P1, P2_LONG, P3, P4].join('\n'),
    passage: 'turning point for the city and thanked the volunteers',
    now: [P1, P3, P2_LONG, P4].join('\n'),
    expected: { text: 'turning point for the city and thanked the volunteers', confidence: 'exact' },
  },
  // The price of the rule: moved as far, with one side of its context left behind (it opened its paragraph), the
  // passage cannot be told from a copy and is offered for confirmation.
  'a passage opening its paragraph, the paragraph moved below the next one, is offered for confirmation': {
    original: [P1, P2_LONG, P3, P4].join('\n'),
    passage: 'said the vote was a turning point for the city',
    now: [P1, P3, P2_LONG, P4].join('\n'),
    expected: { text: 'said the vote was a turning point for the city', confidence: 'needs-confirmation' },
  },
  'a passage cut out of its sentence is an orphan even though its words remain elsewhere': {
    original: ARTICLE + BOILERPLATE,
    passage: 'the city',
    now: (ARTICLE + BOILERPLATE).replace('for the city and', 'for and'),
    expected: null,
  },
};

describe('anchorInText confidence', () => {
  it.each(Object.entries(cases))('%s', (_name, c) => {
    const found = anchorInText(c.now, saved(c.original, c.passage, c.nth));
    if (c.expected === null) {
      expect(found).toBeNull();
      return;
    }
    if (c.orOrphan && found === null) return;
    expect(found).not.toBeNull();
    expect(c.now.slice(found!.start, found!.end)).toBe(c.expected.text);
    expect(found!.start).toBe(at(c.now, c.expected.text, c.expected.nth));
    if (c.expected.confidence !== 'any') expect(found!.confidence).toBe(c.expected.confidence);
  });
});

describe('scorePlace: context a few words away', () => {
  const quote = {
    exact: 'in the old town hall',
    prefix: 'approve the budget after debate ',
    suffix: '\nShare this story on Facebook',
  };
  const place = (text: string) =>
    scorePlace(text, text.indexOf(quote.exact), text.indexOf(quote.exact) + 20, 0, quote, null);

  it('counts words inserted between a passage and its context in the same paragraph (looseContext)', () => {
    const m = place(
      'They approve the budget after debate in the old town hall, as reported earlier\nShare this story on Facebook',
    );
    expect(m.suffixScore).toBeLessThan(0.5);
    expect(m.looseContext).toBeGreaterThan(0.95);
  });

  it("near miss: context found only past other blocks (a menu, a sign-in bar) is another passage's", () => {
    const m = place(
      'They approve the budget after debate in the old town hall\nSign in\nMenu\nShare this story on Facebook',
    );
    expect(m.looseContext).toBeLessThan(0.8);
  });
});

describe('anchorManyInText: position must agree with the neighbours', () => {
  // The teaser repeats the passage's words, not its paragraph: its context differs on both sides.
  const teaser = 'Our picks: why the plan would raise taxes on the poorest residents and promised nothing to the rest';
  const page = (middle: string): string => [P1, middle, P5, 'Related', teaser].join('\n');
  const original = page(P3);
  const list = [
    saved(original, 'Tuesday to approve'),
    saved(original, 'raise taxes on the poorest residents and promised'),
    saved(original, 'the clerk until'),
  ];

  it('places every passage exactly when nothing changed', () => {
    const found = anchorManyInText(original, list);
    expect(found.map((f) => f?.confidence)).toEqual(['exact', 'exact', 'exact']);
  });

  it('a paragraph deleted between its neighbours: its copy further down is not a silent placement', () => {
    const now = page('');
    const found = anchorManyInText(now, list);
    expect(found[0]?.confidence).toBe('exact');
    expect(found[2]?.confidence).toBe('exact');
    // The only copy left is in the "Our picks" teaser: an orphan or "moved?", never a plain highlight.
    expect(found[1] === null || found[1].confidence === 'needs-confirmation').toBe(true);
  });

  it('near miss: text inserted before the middle passage moves it within its neighbours and it stays silent', () => {
    const now = page('Update: a new paragraph was added here with more details about the vote. ' + P3);
    const found = anchorManyInText(now, list);
    expect(found[1]?.confidence).toBe('exact');
    expect(now.slice(found[1]!.start, found[1]!.end)).toBe('raise taxes on the poorest residents and promised');
    expect(found[1]!.start).toBeLessThan(now.indexOf('Our picks'));
  });
});

describe('uncertainPlacements', () => {
  it('lists only placements below full confidence, with rounded scores, for the AnchorReport', () => {
    expect(
      uncertainPlacements(
        ['a', 'b', 'c', 'd'],
        [
          { confidence: 'exact', score: 1 },
          { confidence: 'fuzzy', score: 0.8734 },
          null,
          { confidence: 'needs-confirmation', score: 0.612 },
        ],
      ),
    ).toEqual([
      { id: 'b', confidence: 'fuzzy', score: 0.87 },
      { id: 'd', confidence: 'needs-confirmation', score: 0.61 },
    ]);
  });

  it('throws on lists of different lengths', () => {
    expect(() => uncertainPlacements(['a'], [])).toThrow(RangeError);
  });
});
