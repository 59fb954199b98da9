// Counts after "the", "those" or a possessive (docs/extraction.md, "Key facts"): "the two men" counts, a bare "the
// two" points back and counts nothing. Each case is a real sentence from a labelled set (named in brackets), or the
// near miss a rule must not catch.
import { describe } from 'vitest';
import { type ValueCase, valueCaseTests } from './value-cases';

const FOUND: Record<string, ValueCase> = {
  '"the two men" is a count with its noun (hold-out 4: kaieteur)': {
    sentence: 'The two men are presently in police custody assisting with investigations.',
    expected: [['count', 'two men', '2 men']],
  },
  'a count after "the" keeps its adjective (hold-out 4: politico)': {
    sentence:
      "The four remaining candidates will have until Friday at noon to put their names into the governor's race.",
    expected: [['count', 'four remaining candidates', '4 remaining candidates']],
  },
  'a count after a possessive (hold-out 4: huff-post)': {
    sentence: 'Her three speeches to Goldman Sachs earned her $675,000.',
    expected: [
      ['count', 'three speeches', '3 speeches'],
      ['money', '$675,000', '675000 USD'],
    ],
  },
  'a count after "their", of things already named (dev: sample)': {
    sentence:
      'China and Russia’s presidents signified the deepening ties between their two countries by appearing together.',
    expected: [['count', 'two countries', '2 countries']],
  },
  'a count after "the" before a capitalised modifier (hold-out 2: politico)': {
    sentence: 'He asked which of the two Democratic presidential candidates is ready.',
    expected: [['count', 'two Democratic presidential candidates', '2 democratic presidential candidates']],
  },
  'a group’s size before its verb stays a count (hold-out 3: wash-post)': {
    sentence: 'The State Department determined that 12 of the 19 contain national security information.',
    expected: [
      ['count', '12', '12'],
      ['count', '19', '19'],
    ],
  },
  'digits after "the" keep a noun the lexicon also reads as a verb (PolNeAR train)': {
    sentence: 'The merger won with 51 percent of the 1.6 billion share votes.',
    expected: [
      ['percent', '51 percent', '51%'],
      ['count', '1.6 billion share votes', '1600000000 share votes'],
    ],
  },
  'an initialism inside the counted noun (hold-out 6: twincities)': {
    sentence: 'St. Louis Park appears to be the first U.S. city to have elected a Somali American mayor.',
    expected: [['ordinal', 'first U.S. city', '1']],
  },
  'a count with an initialism, then its noun (PolNeAR train: breitbart)': {
    sentence:
      'The party says 34,570 U.S. citizens living abroad in 38 countries cast votes by Internet, mail and in person from March 1-8.',
    expected: [
      ['count', '34,570 U.S. citizens', '34570 u.s. citizens'],
      ['count', '38 countries cast votes', '38 countries cast votes'],
      ['period', 'from March 1-8', '--03-01/--03-08'],
    ],
  },
  '"one" child had is a count (hold-out 2: PolNeAR nyt)': {
    sentence: 'Together they had one child, Henry Jonathan Siegel of New York City.',
    expected: [['count', 'one child', '1 child']],
  },
  '"one" person a crash left dead is a count (hold-out 6: PolNeAR usa-today)': {
    sentence:
      'Lakeisha Holloway, 24, will be charged with murder with a deadly weapon and other charges related to the incident Sunday evening that left one person dead and dozens injured.',
    expected: [
      ['age', '24', '24'],
      ['count', 'one person dead', '1 person dead'],
    ],
  },
  'a rank among people named by a capitalised noun (hold-out 6: twincities)': {
    sentence:
      'Deqa Dhalac of South Portland, Maine, was the first Somali American to serve as mayor of an American city, but she was selected by that city’s six-member council in 2021, not elected by voters.',
    expected: [
      ['ordinal', 'first Somali American', '1'],
      ['count', 'six-member council', '6 member council'],
      ['date', '2021', '2021'],
    ],
  },
  'a rank among people, then "since" (PolNeAR train: wash-post)': {
    sentence:
      'Obama went further, winning twice with more than 50 percent of the vote, the first Democrat since Franklin D. Roosevelt to accomplish that.',
    expected: [
      ['percent', '50 percent', '50%'],
      ['ordinal', 'first Democrat', '1'],
    ],
  },
  'a count before a superlative keeps its noun (hold-out 6: PolNeAR west-journal)': {
    sentence:
      'The absence of the 2012 GOP nominee, coupled with the previously announced absence of Sen. John McCain from the convention, means the party’s two most recent presidential nominees will not be in attendance.',
    expected: [
      ['date', '2012', '2012'],
      ['count', 'two most recent presidential nominees', '2 most recent presidential nominees'],
    ],
  },
  'a count before a superlative, the nation’s biggest cities (PolNeAR train: politico)': {
    sentence:
      'Nearly all of the Democratic mayors of the 10 most populous cities in the nation have publicly endorsed her; last month, the campaign unveiled an endorsement list of 85 mayors from across the nation.',
    expected: [
      ['count', '10 most populous cities', '10 most populous cities'],
      ['count', '85 mayors', '85 mayors'],
    ],
  },
};

/** A bare "the two" with no noun after it points back at people already named. */
const NOT_FOUND: Record<string, string> = {
  'a weekday after an ordinal ranks no people (PolNeAR train: wash-post)':
    'This year, Labor Day - which Americans celebrate on the first Monday in September - is merely a speed bump in a frenzied campaign.',
  '"one" had, before no person (PolNeAR train)':
    'An interfaith rally by the city’s political and religious leaders on Wednesday had one message: "Dump Trump."',
  '"The two are" (hold-out 3: usa-today)': 'The two are neck and neck in our Power Rankings this week.',
  '"of the two" ends the sentence (hold-out 2: wash-post)':
    'Democrats pitch the party as the more inclusive of the two.',
  '"the two has been" (hold-out 1: seattletimes-1)': 'The combination of the two has been steady, said Tom Forte.',
  '"The two squabbled at length": a verb in -ed before a preposition (PolNeAR train)':
    'The two squabbled at length over immigration.',
  '"the two sharply diverge": an adverb, then the verb (PolNeAR train)': 'The two sharply diverge on policy.',
  '"the two write": a bare "the two", then its verb (PolNeAR train)':
    '“You seem to have picked a new standard out of thin air,” the two write.',
};

describe('count rules: counts after "the", "those" or a possessive', () => {
  valueCaseTests(FOUND, NOT_FOUND);
});
