// Words that look like specifics and are not (docs/extraction.md, "Key facts"): a quoted term, a number in a term,
// an ordinal as a figure of speech or a vague period, "a decade ago"; and amount ranges as two values. Each case is a
// real sentence from a labelled set or PolNeAR train (named in brackets).
import { describe } from 'vitest';
import { type ValueCase, valueCaseTests } from './value-cases';

const FOUND: Record<string, ValueCase> = {
  'an amount range is two values (hold-out 4: bostonherald)': {
    sentence: 'Prosecutors said the women charged from $350 to $600 an hour.',
    expected: [
      ['money', '$350', '350 USD'],
      ['money', '$600 an hour', '600 USD'],
    ],
  },
  'a quantity range is two values (hold-out 5: vice)': {
    sentence: 'Fires in the Amazon release an average of 500-600 metric tons of carbon dioxide.',
    expected: [
      ['quantity', '500', '500'],
      ['quantity', '600 metric tons of carbon dioxide', '600 metric tons of carbon dioxide'],
    ],
  },
  'a span of durations is two values (hold-out 6: PolNeAR usa-today)': {
    sentence:
      "Carson said on NBC's Meet the Press, but he said he is being asked about incidents that happened 20 and 50 years ago.",
    expected: [
      ['duration', '20', '20'],
      ['duration', '50 years', 'P50Y'],
    ],
  },
  'near miss: in a span of ages the first figure is no duration (PolNeAR train: usa-today)': {
    sentence: 'Among those 18 to 25 years old, Sanders has a big lead.',
    expected: [['count', '25 years old', '25 years old']],
  },
  'the figure of a record (hold-out 5: vice)': {
    sentence: 'That exceeds the past few years, and falls just short of the 2016 high of 8,836.',
    expected: [
      ['count', '2016 high', '2016 high'],
      ['count', '8,836', '8836'],
    ],
  },
  'a number after a name and a comma is an age only before a comma (hold-out 5: vice)': {
    sentence: 'According to the Global Fire Emissions Database, 8,668 fires have been detected in Amazonas.',
    expected: [['count', '8,668 fires', '8668 fires']],
  },
  'a step in a procedure is ranked (hold-out 1: nytimes)': {
    sentence: 'The first step will be the transfer of any assets related to Yahoo business to a singular subsidiary.',
    expected: [['ordinal', 'first step', '1']],
  },
  'a named event in quote marks is still the event (PolNeAR train: breitbart)': {
    sentence: 'What followed was the “Arab Spring” uprisings throughout the region.',
    expected: [['event', 'Arab Spring', 'Arab Spring']],
  },
  'two real choices count; the two-party system does not (hold-out 5: breitbart)': {
    sentence: 'In America’s two-party system, you only have two real choices in a presidential election.',
    expected: [['count', 'two real choices', '2 real choices']],
  },
  'a quantity keeps its object, a gas written as its formula (hold-out 5: vancouversun)': {
    sentence: 'Microsoft expects to release 16 million metric tons of CO2 in 2020.',
    expected: [
      ['quantity', '16 million metric tons of CO2', '16000000 metric tons of co2'],
      ['date', '2020', '2020'],
    ],
  },
};

const NOT_FOUND: Record<string, string | ValueCase> = {
  'a bond named with its term (hold-out 6: PolNeAR nyt)': {
    sentence:
      'The yield on the benchmark United States 10-year Treasury note fell to 1.45 percent from 1.51 percent the day before.',
    expected: [
      ['percent', '1.45 percent', '1.45%'],
      ['percent', '1.51 percent', '1.51%'],
    ],
  },
  'a place named with a unit word (dev: guardian)': {
    sentence:
      'Kaitaia conservation department ranger Jamie Werner of Ngātiwai recently attended his first mass beaching on Ninety Mile Beach.',
    expected: [['ordinal', 'first mass', '1']],
  },
  'a unit in lowercase still counts (hold-out 6: PolNeAR breitbart)': {
    sentence: 'The program is the first live, conservative radio enterprise to air seven days a week.',
    expected: [
      ['ordinal', 'first live', '1'],
      ['duration', 'seven days', 'P7D'],
    ],
  },
  'dozens, after a count of one (hold-out 6: PolNeAR usa-today)': {
    sentence:
      'Lakeisha Holloway, 24, will be charged with murder with a deadly weapon and other charges related to the incident Sunday evening that left one person dead and dozens injured.',
    expected: [
      ['age', '24', '24'],
      ['count', 'one person dead', '1 person dead'],
    ],
  },
  'an insult in quote marks (hold-out 5: breitbart)': 'He later called her “third-rate” and boycotted the debate.',
  'an event named as a comparison (hold-out 5: wash-post)':
    'Trump has said that a nuclear deal reached with Iran could led to another "Holocaust."',
  'a vague period (hold-out 5: breitbart)':
    'Ash Carter used a personal email account for some of his government business during his first months.',
  'a figure of speech (hold-out 5: salon)':
    'Cleaning up the electrical grid is a great first step to cleaning up other sectors.',
  'steps taken (PolNeAR train: west-journal)': 'Ryan suggested that Trump needs to take the first steps to show unity.',
  'a third party is a term, as the two-party system is (PolNeAR train: politico)':
    'A third-party candidate could draw votes from both nominees.',
  'an idiom with a number (PolNeAR train: politico)': 'Unity is a two-way street.',
  'a kind of politics, as the two-party system is (hold-out 6: PolNeAR usa-today)':
    'Spain braced for weeks of political uncertainty Monday after voters ended decades of two-party dominance by electing a fragmented Parliament made up of multiple parties.',
  'a model number stays masked': 'The F-35A and the A380 were on show.',
  'a quality, not a rank (PolNeAR train: usa-today)':
    'The bureau has the reputation of employing first-rate worker bees.',
  'a term with zero (hold-out 5: vancouversun)': 'Amazon pledged last year to be net zero carbon by then.',
  '"a decade ago" is a moment, not a duration (hold-out 5: politico)':
    'That law ushered in annual testing requirements more than a decade ago.',
  'a film named with a unit in title case (hold-out 6: PolNeAR west-journal)':
    'The movie 13 Hours by famed director Michael Bay is set to be released this week.',
  'a stock index named with a number (hold-out 6: PolNeAR nyt)': 'The S.&P. 500 closed the week down slightly.',
  'a brand named with a unit word (PolNeAR train: nyt)': 'He drove a Corvette and owned a Century speedboat.',
  'a bare plural of money is vague (hold-out 6: kxan)':
    'Texas voters approved an amendment to the state constitution on Tuesday that will grant billions of dollars to the Teacher Retirement System for a cost-of-living adjustment.',
  'millions of dollars (hold-out 4: PolNeAR usa-today)':
    "Flush with millions of dollars in donations on the heels of New Hampshire, he's also matching Clinton on television ads.",
  'a plural magnitude with no number counts nothing (hold-out 4: PolNeAR breitbart)':
    'As tens of thousands descend on Brazil for the annual Carnival festival, there are fears the crush of humanity will be a perfect opportunity for the virus to spread.',
  'hundreds, as the subject (PolNeAR train: nyt)':
    "Hundreds of the party's ''superdelegates'' have endorsed Mrs. Clinton, a signal of her broad support among the party's power brokers.",
  '"a decade earlier" (hold-out 5: vancouversun)':
    'Microsoft plans to become carbon negative a decade earlier than Amazon.',
};

describe('false specifics and ranges', () => {
  valueCaseTests(FOUND, NOT_FOUND);
});
