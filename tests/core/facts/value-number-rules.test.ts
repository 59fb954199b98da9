// Numbers whose noun is elsewhere in the sentence, and ordinals without a noun after them (docs/extraction.md, "Key
// facts"): scores, shares written "6 in 10", "58 of 61", places ("comes in second"), year spans. Each case is a real
// sentence from a labelled set (named in brackets), or the near miss a rule must not catch.
import { describe } from 'vitest';
import { type ValueCase, valueCaseTests } from './value-cases';

const FOUND: Record<string, ValueCase> = {
  'a score: the first figure is a percentage too (hold-out 4: breitbart)': {
    sentence: 'A poll found that Clinton would beat Trump 46 to 40 percent in a general election match-up.',
    expected: [
      ['percent', '46', '46%'],
      ['percent', '40 percent', '40%'],
    ],
  },
  'a span of percentage points (hold-out 2, relabelled)': {
    sentence: 'Clinton leads by between 5 and 10 percentage points in the state.',
    expected: [
      ['percent', '5', '5%'],
      ['percent', '10 percentage points', '10%'],
    ],
  },
  'a share written "N in M" (hold-out 4: huff-post)': {
    sentence: 'More than 6 in 10 New York Democratic voters said that Wall Street does more to hurt the economy.',
    expected: [['percent', '6 in 10', '60%']],
  },
  'a share in words': {
    sentence: 'One in five Americans has tried it.',
    expected: [['percent', 'One in five', '20%']],
  },
  'a count out of a group without "the" (hold-out 4: usa-today)': {
    sentence: 'Our smallest audience was larger than 58 of 61 Democratic and Republican debates.',
    expected: [
      ['count', '58', '58'],
      ['count', '61', '61'],
    ],
  },
  'a place in a poll (hold-out 4: politico)': {
    sentence: 'South Carolina Sen. Lindsey Graham comes in second, with 22 percent saying they would not support him.',
    expected: [
      ['ordinal', 'second', '2'],
      ['percent', '22 percent', '22%'],
    ],
  },
  'an ordinal after "a" before a word the lexicon reads as a verb (hold-out 4: kaieteur)': {
    sentence: 'They claimed too that they heard a second shot followed by silence.',
    expected: [['ordinal', 'second shot', '2']],
  },
  'a span of years without "from" (hold-out 4: west-journal)': {
    sentence: 'The FBI looked at donations from the years 2010 to 2013.',
    expected: [['period', '2010 to 2013', '2010/2013']],
  },
  '"only one" counts (hold-out 4: wash-post)': {
    sentence: 'It was a mistake to use only one account.',
    expected: [['count', 'one account', '1 account']],
  },
  'a share of a clause keeps only its own words (hold-out 3: usa-today)': {
    sentence: "Congress boosted funding, yet it's still less than half of what researchers say they need.",
    expected: [['percent', 'less than half', '50%']],
  },
  '"earlier" before the counted noun is its modifier (dev: herald-sun-1)': {
    sentence: 'They object to aspects of two earlier pieces of national security legislation.',
    expected: [['count', 'two earlier pieces', '2 earlier pieces']],
  },
  'an age after "at age" (PolNeAR train)': {
    sentence: 'Ali, who died Friday at age 74, was shown on the jumbo screen.',
    expected: [['age', 'age 74', '74']],
  },
  'a place in the polls after "running" (PolNeAR train)': {
    sentence: 'While he is running third in most polls, a strong showing would help.',
    expected: [['ordinal', 'third', '3']],
  },
  'a tenth is a share, as a third is (hold-out 6: PolNeAR nyt)': {
    sentence:
      "But the southern tip of the nation's most populous swing state has been a blazing exception to the trend - most of all in Miami-Dade County, a densely populated bastion of diversity that cast about a tenth of the statewide vote in 2012.",
    expected: [
      ['percent', 'about a tenth of the statewide vote', '10%'],
      ['date', '2012', '2012'],
    ],
  },
};

/** Near misses, with every value the sentence does carry. */
const NEAR_MISSES: Record<string, ValueCase> = {
  'a day before a percentage is not a score (hold-out 2: west-journal)': {
    sentence: 'Trump rose from 40 percent on July 14 to 46 percent on August 1.',
    expected: [
      ['percent', '40 percent', '40%'],
      ['date', 'July 14', '--07-14'],
      ['percent', '46 percent', '46%'],
      ['date', 'August 1', '--08-01'],
    ],
  },
  'a part larger than the whole is not a share': {
    sentence: 'He killed 4 in 2 attacks.',
    expected: [['count', '2 attacks', '2 attacks']],
  },
  'a year is not the whole of a share': { sentence: 'She won 3 in 2015.', expected: [['date', '2015', '2015']] },
  'a time after "in" is not the whole of a share': {
    sentence: 'It takes 2 in 10 minutes.',
    expected: [['duration', '10 minutes', 'PT10M']],
  },
  '"first" as an adverb before a participle (hold-out 4: west-journal)': {
    sentence: 'Thiel’s support for Trump was first noted when he was on a list of delegates.',
    expected: [],
  },
  '"first elected" without an article': { sentence: 'He was first elected when he was young.', expected: [] },
  '"The first said": after "the", a past tense is the verb': {
    sentence: 'The first said no to the offer.',
    expected: [],
  },
  'a film title in quote marks (hold-out 4: reuters)': {
    sentence: 'Sam Mendes’ war movie “1917” won the top prize.',
    expected: [],
  },
  'a film title before a comma inside the quote marks (hold-out 4: reuters)': {
    sentence: 'Those left out include immersive war film “1917,” the big winner on Saturday.',
    expected: [],
  },
  '"one" as a pronoun after "only"': { sentence: 'Only one of them came to the hearing.', expected: [] },
  '"the only one" is a pronoun (PolNeAR train)': {
    sentence: "He wasn't the only one unhappy with the remarks.",
    expected: [],
  },
  '"a third said": from "third" on, an ordinal after "a" is a fraction (PolNeAR train)': {
    sentence: 'Less than a third agreed with the President that Britain would have to wait.',
    expected: [],
  },
  '"earlier" after the counted noun is an adverb': {
    sentence: 'He left two years earlier than planned.',
    expected: [['duration', 'two years', 'P2Y']],
  },
  'an ordinal in digits before an event stays its own value (PolNeAR train)': {
    sentence: 'Today’s version of the 19th century Industrial Revolution is here.',
    expected: [
      ['ordinal', '19th century', '19'],
      ['event', 'Industrial Revolution', 'Industrial Revolution'],
    ],
  },
  '"only one more chance" (hold-out 4 judgement call)': {
    sentence: 'Obama will get only one more chance to poke fun at the press.',
    expected: [],
  },
  '"a two-state solution" is an idiom, not a count (hold-out 1: wapo-2)': {
    sentence: 'A disavowal of a two-state solution would force the administration to reconsider.',
    expected: [],
  },
};

describe('number rules: numbers whose noun is elsewhere, and bare ordinals', () => {
  valueCaseTests(FOUND, NEAR_MISSES);
});
