// Specifics with no noun after them (docs/extraction.md, "Key facts"): an age as a sentence's predicate, a tally of
// names and numbers, a score in brackets, counted occurrences, margins in digits and shares written as words. Each
// case is a real sentence from a labelled set or PolNeAR train (named in brackets), or the near miss a rule must
// not catch.
import { describe } from 'vitest';
import { type ValueCase, valueCaseTests } from './value-cases';

const FOUND: Record<string, ValueCase> = {
  'an age as a sentence of its own (hold-out 5: breitbart)': {
    sentence: 'She is 45.',
    expected: [['age', '45', '45']],
  },
  'an age after "who was", before "when" (PolNeAR train: usa-today)': {
    sentence:
      'Trump would be the oldest person to assume the presidency, topping Ronald Reagan, who was 69 when he took office in 1981.',
    expected: [
      ['age', '69', '69'],
      ['date', '1981', '1981'],
    ],
  },
  'an age in a relative clause (PolNeAR train: wash-post)': {
    sentence: 'Bamberg, who is 28, said he decided to support Sanders.',
    expected: [['age', '28', '28']],
  },
  'a delegate tally: one value per number (hold-out 5: west-journal)': {
    sentence: 'The current delegate count is Donald Trump 384, Sen. Ted Cruz 300, Rubio 151, and Kasich 37.',
    expected: [
      ['count', '384', '384'],
      ['count', '300', '300'],
      ['count', '151', '151'],
      ['count', '37', '37'],
    ],
  },
  'a score in brackets is two values; "double digits" a margin (hold-out 5: west-journal)': {
    sentence:
      'The most recent polling in Florida shows Rubio closing the gap to pull within 5 points of Trump (35-30), after trailing by double digits only a few weeks ago.',
    expected: [
      ['count', '5 points', '5 points'],
      ['count', '35', '35'],
      ['count', '30', '30'],
      ['count', 'double digits', '10-99'],
    ],
  },
  'a double-digit margin keeps its noun (hold-out 5: usa-today)': {
    sentence:
      'His 32% support gives him a double-digit advantage over his closest rival in the crowded GOP field, Ben Carson.',
    expected: [
      ['percent', '32%', '32%'],
      ['count', 'double-digit advantage', '10-99 advantage'],
    ],
  },
  'counted occurrences (hold-out 5: huff-post)': {
    sentence: 'Over the weekend, Trump failed three times to refuse the endorsement of both the KKK and David Duke.',
    expected: [['count', 'three times', '3 times']],
  },
  'occurrences in digits with a separator (PolNeAR train: usa-today)': {
    sentence: 'Trump has posted more than 5,000 times since June, mostly on Twitter.',
    expected: [['count', '5,000 times', '5000 times']],
  },
  'a share as a word before "as much" (hold-out 5: salon)': {
    sentence: 'The country now generates half as much coal-fired electricity as it did in 2009.',
    expected: [
      ['percent', 'half', '50%'],
      ['date', '2009', '2009'],
    ],
  },
  'a share after "by more than" (hold-out 5: vancouversun)': {
    sentence: 'Microsoft plans to cut its carbon emissions by more than half by 2030 across its supply chain.',
    expected: [
      ['percent', 'half', '50%'],
      ['date', '2030', '2030'],
    ],
  },
  'a share before a comparative (hold-out 5: vancouversun)': {
    sentence: 'This is in part because its emissions are roughly a third less.',
    expected: [['percent', 'a third', '33.3%']],
  },
  'a ranking written out, "the first in the nation" (hold-out 5: usa-today)': {
    sentence:
      'And in New Hampshire, whose primary election is the first in the nation, terrorism has surpassed the economy.',
    expected: [['ordinal', 'first in the nation', '1']],
  },
  'how many people a place holds (hold-out 6: twincities)': {
    sentence:
      'Mohamed also becomes the first Black mayor and the first Muslim mayor of the west metro suburban community of 50,000.',
    expected: [
      ['ordinal', 'first Black mayor', '1'],
      ['ordinal', 'first Muslim mayor', '1'],
      ['count', '50,000', '50000'],
    ],
  },
  'a population, then the clause goes on (PolNeAR train: breitbart)': {
    sentence: 'The island chain has a population of 54,000 and is about a six hour flight from Hawaii.',
    expected: [
      ['count', '54,000', '54000'],
      ['duration', 'six hour', 'PT6H'],
    ],
  },
};

const PLACES: Record<string, ValueCase> = {
  'a place after "was", with its score (hold-out 5: usa-today)': {
    sentence: 'Bush was second with 18%.',
    expected: [
      ['ordinal', 'second', '2'],
      ['percent', '18%', '18%'],
    ],
  },
  'a place before "in" is no idiom (PolNeAR train: usa-today)': {
    sentence: 'Kasich finished second in the New Hampshire primary.',
    expected: [
      ['ordinal', 'second', '2'],
      ['event', 'New Hampshire primary', 'New Hampshire primary'],
    ],
  },
  'a place stands without the rival after it (PolNeAR train: wash-post)': {
    sentence: 'And Trump finished third behind John Kasich in Utah, getting just 14 percent.',
    expected: [
      ['ordinal', 'third', '3'],
      ['percent', '14 percent', '14%'],
    ],
  },
};

const SCORES: Record<string, ValueCase> = {
  'a vote after its verb is two values (PolNeAR train: huff-post)': {
    sentence: 'The proposal to repeal the Affordable Care Act passed by a vote of 90 to 10.',
    expected: [
      ['count', '90', '90'],
      ['count', '10', '10'],
    ],
  },
  'a delegate lead after "leads" (PolNeAR train: huff-post)': {
    sentence: 'If superdelegates are taken out of the equation, Clinton leads Sanders, 1,428 to 1,153.',
    expected: [
      ['count', '1,428', '1428'],
      ['count', '1,153', '1153'],
    ],
  },
  'a range of figures with its noun elided (PolNeAR train: breitbart)': {
    sentence: 'The estimates of the number of Syrian refugees Obama will accept ranges from 100,000 to 250,000.',
    expected: [
      ['count', '100,000', '100000'],
      ['count', '250,000', '250000'],
    ],
  },
};

const NEAR_MISSES: Record<string, string | ValueCase> = {
  'a rank after "was" is an ordinal, not an age': {
    sentence: 'She was 10th in the race.',
    expected: [['ordinal', '10th', '10']],
  },
  'dates after month names are not a tally': {
    sentence: 'She was born March 15, 1950 and died April 2, 2016.',
    expected: [
      ['date', 'March 15, 1950', '1950-03-15'],
      ['date', 'April 2, 2016', '2016-04-02'],
    ],
  },
  'a span of years stays one period': {
    sentence: 'Islamists held power from 2011 to 2013.',
    expected: [['period', 'from 2011 to 2013', '2011/2013']],
  },
  'a verse is no score': 'He proceeded to recite 2 Timothy 3:1-5 from the Bible.',
  '"second to none" is no place': 'The service there was second to none.',
  '"first in line" is an idiom': 'He was the first in line at the store.',
  'one name and number is not a tally': 'He finished the race wearing Number 12, as always.',
  'a figurative multiplier (hold-out 5: breitbart)': 'It is only 10 times harder.',
  'a figure of speech': 'He said it a thousand times.',
  '"half an hour" is a duration word, not a share': 'She waited half an hour for the bus.',
  '"by half-time" is a moment of a match, not a share': 'They were level by half-time in Manchester.',
};

describe('values with no noun after them', () => {
  valueCaseTests({ ...FOUND, ...PLACES, ...SCORES }, NEAR_MISSES);
});
