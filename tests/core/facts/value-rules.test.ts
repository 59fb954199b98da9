// The value rules (core/facts/values.ts, numbers.ts) with their cases: each sentence is the one a rule was written
// for (named in the commit that added it) or the near miss it must not catch. A rule change that moves any of these
// fails here rather than only moving `npm run bench facts`. Expectations follow docs/extraction.md, "Key facts";
// where Lede disagrees with the spec today, the case is written as the spec wants and marked `it.fails`.
import { describe, expect, it } from 'vitest';
import { findValues } from '../../../core/facts/values';
import { type ValueCase, valueCaseTests, valuesOf } from './value-cases';

/** Specifics a fact-checker could look up: each case names the rule it exists for. */
const FOUND: Record<string, ValueCase> = {
  'money with a scale word': {
    sentence: 'The company earned $400 billion in sales.',
    expected: [['money', '$400 billion', '400000000000 USD']],
  },
  'money in another currency': {
    sentence: 'It cost £5 million to build.',
    expected: [['money', '£5 million', '5000000 GBP']],
  },
  'a money range is two values, the rate on the second (hold-outs 3-5 calls; hold-out 1 had one)': {
    sentence: 'Tickets cost $24 to $28 a pound at the market.',
    expected: [
      ['money', '$24', '24 USD'],
      ['money', '$28 a pound', '28 USD'],
    ],
  },
  'a percent then a price is two values, not a range': {
    sentence: 'Shares fell 5% to $20.',
    expected: [
      ['percent', '5%', '5%'],
      ['money', '$20', '20 USD'],
    ],
  },
  'money as a hyphenated rate (5ce67ec)': {
    sentence: 'The plan costs $119-a-year for members.',
    expected: [['money', '$119-a-year', '119 USD']],
  },
  'money per unit keeps what it is for (5ce67ec)': {
    sentence: 'The buyers paid $20 per share on Tuesday.',
    expected: [['money', '$20 per share', '20 USD']],
  },
  'percent in words': {
    sentence: 'Unemployment rose to 4.5 percent in March.',
    expected: [['percent', '4.5 percent', '4.5%']],
  },
  'percent sign': { sentence: 'Unemployment rose to 4.5% in March.', expected: [['percent', '4.5%', '4.5%']] },
  'quantity with a unit': {
    sentence: 'The river is 12 kilometres long.',
    expected: [['quantity', '12 kilometres', '12 kilometres']],
  },
  'quantity keeps its object and rate': {
    sentence: 'The deal is worth 38 billion cubic meters of natural gas each year.',
    expected: [
      ['quantity', '38 billion cubic meters of natural gas each year', '38000000000 cubic meters of natural gas/year'],
    ],
  },
  'dimensions are one quantity (5ce67ec)': {
    sentence: 'The display shows 1800 x 1920 per eye in the headset.',
    expected: [['quantity', '1800 x 1920 per eye', '1800 x 1920/eye']],
  },
  'a multiplier (5ce67ec)': {
    sentence: 'The house sold for six times the value of the land.',
    expected: [['count', 'six times', '6 times']],
  },
  'count in words with a hyphen': {
    sentence: 'The fire destroyed forty-two homes in the valley.',
    expected: [['count', 'forty-two homes', '42 homes']],
  },
  'count after "at least"': {
    sentence: 'Gunmen killed at least 19 people at the museum.',
    expected: [['count', '19 people', '19 people']],
  },
  '"more" before the counted noun (5ce67ec)': {
    sentence: 'He will stay for two more years in the city.',
    expected: [['count', 'two more years', '2 more years']],
  },
  '"the eight games worth" counts: only two/three/four are anaphoric (5ce67ec)': {
    sentence: 'The eight games worth playing are listed below.',
    expected: [['count', 'eight games worth', '8 games worth']],
  },
  'age as a compound adjective': {
    sentence: 'A 54-year-old man was taken to hospital.',
    expected: [['age', '54-year-old', '54']],
  },
  'age in commas after a name': {
    sentence: 'Eloise Parry, 21, was taken to hospital.',
    expected: [['age', '21', '21']],
  },
  'ordinal with its noun': {
    sentence: 'It was his first visit to the city.',
    expected: [['ordinal', 'first visit', '1']],
  },
  '"such" before the ordinal’s noun (5ce67ec)': {
    sentence: 'It was the third such announcement this month.',
    expected: [['ordinal', 'third such announcement', '3']],
  },
  'full date': {
    sentence: 'The vote took place on May 11, 2015 in the capital.',
    expected: [['date', 'May 11, 2015', '2015-05-11']],
  },
  'period between two years': {
    sentence: 'The plan covers the years between 2018 and 2048.',
    expected: [['period', 'between 2018 and 2048', '2018/2048']],
  },
  'a decade': { sentence: 'In the 1990s the town grew fast.', expected: [['period', '1990s', '1990/1999']] },
  'counted duration': { sentence: 'He served 18 years in prison.', expected: [['duration', '18 years', 'P18Y']] },
  'counted duration with "last"': {
    sentence: 'Prices rose over the last five days.',
    expected: [['duration', 'last five days', 'P5D']],
  },
  'named event with a numeral': {
    sentence: 'The group met during World War II in secret.',
    expected: [['event', 'World War II', 'World War II']],
  },
  'named event': {
    sentence: 'The group met during the Cold War in secret.',
    expected: [['event', 'Cold War', 'Cold War']],
  },
  // Hold-out 2's errors (tests/fixtures/labelled-holdout-2/README.md), each rule with its near miss below.
  'a range of days is one period, not two dates (hold-out 2)': {
    sentence: 'The poll was conducted between Oct. 30 and Nov. 9 among voters.',
    expected: [['period', 'between Oct. 30 and Nov. 9', '--10-30/--11-09']],
  },
  'a range of days in one month (hold-out 2)': {
    sentence: 'The poll was conducted Nov. 6 to 10 on cellphones.',
    expected: [['period', 'Nov. 6 to 10', '--11-06/--11-10']],
  },
  'a hyphenated range of days with its year (hold-out 2)': {
    sentence: 'The survey ran March 17-20, 2016 in Ohio.',
    expected: [['period', 'March 17-20, 2016', '2016-03-17/2016-03-20']],
  },
  'a count out of a named group (hold-out 2)': {
    sentence: 'Two of the Republicans have released their totals.',
    expected: [['count', 'Two of the Republicans', '2 of the republicans']],
  },
  'a count with a capitalised modifier before its noun (hold-out 2)': {
    sentence: 'The poll questioned 1,042 Ohio registered voters.',
    expected: [['count', '1,042 Ohio registered voters', '1042 ohio registered voters']],
  },
  'a scale word glued to its number (hold-out 2)': {
    sentence: 'Obama had collected 2.2million contributions by then.',
    expected: [['count', '2.2million contributions', '2200000 contributions']],
  },
  'zero counts (hold-out 2)': {
    sentence: 'Sanders sits at zero such endorsements.',
    expected: [['count', 'zero such endorsements', '0 such endorsements']],
  },
  'a share written as a fraction (hold-out 2)': {
    sentence: 'Two-thirds of voters backed the plan.',
    expected: [['percent', 'Two-thirds of voters', '66.7%']],
  },
  '"a month" as a counted duration (hold-out 2)': {
    sentence: 'Despite a month of sharpened attacks, he leads.',
    expected: [['duration', 'a month', 'P1M']],
  },
  'named events without a number (hold-out 2)': {
    sentence: 'He skipped the Iowa caucuses and spoke of the Holocaust and WWII.',
    expected: [
      ['event', 'Iowa caucuses', 'Iowa caucuses'],
      ['event', 'the Holocaust', 'Holocaust'],
      ['event', 'WWII', 'WWII'],
    ],
  },
  'a named trade agreement (hold-out 2)': {
    sentence: 'He signed the Trans-Pacific Partnership in 2016.',
    expected: [
      ['event', 'Trans-Pacific Partnership', 'Trans-Pacific Partnership'],
      ['date', '2016', '2016'],
    ],
  },
  'an ordinal with a capitalised modifier (hold-out 2)': {
    sentence: 'He will face the second Democratic debate.',
    expected: [['ordinal', 'second Democratic debate', '2']],
  },
  'compound ordinals (hold-out 2, dev)': {
    sentence: 'She won the first-in-the-nation primary as the second-place winner.',
    expected: [
      ['ordinal', 'first-in-the-nation primary', '1'],
      ['ordinal', 'second-place winner', '2'],
    ],
  },
  '"the first step" ranks the steps of a plan (dev: nytimes-2)': {
    sentence: 'The first step will be the transfer of assets.',
    expected: [['ordinal', 'first step', '1']],
  },
  'a numeric ordinal without its noun': {
    sentence: 'The team finished 14th in the league.',
    expected: [['ordinal', '14th', '14']],
  },
  'a day then a percentage is not a range of days (hold-out 2)': {
    sentence: 'Clinton rose from 40 percent on July 14 to 46 percent on August 1.',
    expected: [
      ['percent', '40 percent', '40%'],
      ['date', 'July 14', '--07-14'],
      ['percent', '46 percent', '46%'],
      ['date', 'August 1', '--08-01'],
    ],
  },
  'a power inside a calculation is an operand, the result is the specific (dev: ars-1)': {
    sentence: 'That is a total of 10^5 * 300 = 30,000,000 lists.',
    expected: [['count', '30,000,000 lists', '30000000 lists']],
  },
  // Read on hold-out 3 after its blind run (tests/fixtures/labelled-holdout-3/README.md): not blind any more.
  'a period at the start of a sentence (hold-out 3, after its blind run)': {
    sentence: 'From 2000 to 2013, deaths increased 71%.',
    expected: [
      ['period', 'From 2000 to 2013', '2000/2013'],
      ['percent', '71%', '71%'],
    ],
  },
  'a count and its noun across a double space (hold-out 3, after its blind run)': {
    sentence: 'The hall opened its doors to some 40  events.',
    expected: [['count', '40  events', '40 events']],
  },
  '"dozen" without "a" (hold-out 3, after its blind run)': {
    sentence: 'The dozen emails were among those submitted.',
    expected: [['count', 'dozen emails', '12 emails']],
  },
  // Rules written on hold-out 3's and hold-out 2's errors after hold-out 4 was built (hold-out 4 stays blind to them).
  'a count out of a group named after it (hold-out 3)': {
    sentence: "The State Department has said 2,093 of Clinton's released emails were redacted.",
    expected: [['count', '2,093', '2093']],
  },
  'a share of a group and the size of the group (hold-out 3)': {
    sentence: 'The department said that 12 of the 19 were classified.',
    expected: [
      ['count', '12', '12'],
      ['count', '19', '19'],
    ],
  },
  'a count after the group it is taken from (hold-out 3)': {
    sentence: 'Of those, 996 were identified as likely voters.',
    expected: [['count', '996', '996']],
  },
  'a count whose noun is elided before a place (hold-out 3)': {
    sentence: 'The chain has properties all over the country including four in California.',
    expected: [['count', 'four', '4']],
  },
  'a second count with its noun elided (hold-out 2)': {
    sentence: 'The university surveyed 1,051 registered voters in Florida and 1,077 in Pennsylvania.',
    expected: [
      ['count', '1,051 registered voters', '1051 registered voters'],
      ['count', '1,077', '1077'],
    ],
  },
  'a year before a place stays a date, not an elided count': {
    sentence: 'It was founded in 1990 and 2015 in Paris saw it grow.',
    expected: [
      ['date', '1990', '1990'],
      ['date', '2015', '2015'],
    ],
  },
  'a page number labels, the number of pages counts': {
    sentence: 'The note is on page 3 of the 12 in the file.',
    expected: [['count', '12', '12']],
  },
  '"the first time" stated as a fact is a ranking (hold-out 3)': {
    sentence: "It's the first time a presidential candidate has made it a campaign issue.",
    expected: [['ordinal', 'first time', '1']],
  },
  '"top 10" is a ranking (hold-out 3)': {
    sentence: "It is the only cause of death ranked in America's top 10 that cannot be cured.",
    expected: [['ordinal', 'top 10', 'top 10']],
  },
  'a share after "top" stays a percent': {
    sentence: 'They finished in the top 10% of the class.',
    expected: [['percent', '10%', '10%']],
  },
  'a named day of primaries is an event (hold-out 3)': {
    sentence: 'Headed into Super Tuesday, polls were unclear.',
    expected: [['event', 'Super Tuesday', 'Super Tuesday']],
  },
  'the State of the Union address is an event (hold-out 3)': {
    sentence: 'Haley delivered the response to the State of the Union address.',
    expected: [['event', 'State of the Union address', 'State of the Union address']],
  },
  'a Memorandum of Understanding is a named agreement (hold-out 3)': {
    sentence: 'The deal violated the Memorandum of Understanding with the administration.',
    expected: [['event', 'Memorandum of Understanding', 'Memorandum of Understanding']],
  },
  'a power written with a caret (dev: ars-1)': {
    sentence: 'It reduced the payload to 2^15 - 1.',
    expected: [['quantity', '2^15 - 1', '32767']],
  },
};

/** Near misses: not enough on their own (docs/extraction.md), or a rule's neighbour it must not catch. */
const NOT_FOUND: Record<string, string> = {
  weekday: 'The meeting is on Tuesday at the office.',
  'relative time': 'The meeting was held last week at the office.',
  'relative year': 'They will return next year to finish.',
  'time of day without a date': 'The ship lifted off at 8:51 p.m. from the pad.',
  'phone number': 'For tickets call 555-123-4567 today.',
  'model number': 'The Progress MS-04 cargo craft broke up.',
  'model name with digits': 'The new Galaxy S10 phone ships soon.',
  'vague quantity': 'Several people were hurt in the crash.',
  'vague scale': 'Many thousands of fans came to watch.',
  'months of protests': 'Months of protests followed the vote.',
  'hex is not a dimension (5ce67ec)': 'The register was set to 0x08 by the driver.',
  '"first lady" is a title, not a ranking (hold-out 2)': 'Michelle Obama, the first lady, spoke in the town.',
  '"a year ago" is a relative time': 'The law passed a year ago in the capital.',
  '"Caucus" in a name is an organisation, not an event': 'The Congressional Black Caucus met on Monday.',
  'a party’s caucus is a group of lawmakers, not an event': 'He is the assistant leader of the Democratic caucus.',
  '"second-guess" ranks nothing': 'The panel is trying to second-guess the agency.',
  'an ordinal in digits before a capital is a name': 'He invoked his 5th Amendment rights in a closed session.',
  'an ordinal in quote marks is a title': 'Watch her new documentary “13th” this week.',
  '"zero-sum" counts nothing': 'It is not a zero-sum game.',
  'a street named by an ordinal': 'He lives on 21st Street in the city.',
  'an ordinal after a demonstrative points back (dev: theverge)': 'Like that first Retina display, it stays.',
  '"one of the 19" is not a count of one': 'She was one of the 19 in the room.',
  'a chapter number labels a chapter': 'The firm filed under Chapter 11 of the code.',
  'an article number labels an article': 'Under Article 5 of the treaty, allies respond.',
  'a number after "at" before a place is not an elided count': 'He arrived at 5 in London.',
  '"This isn’t the first time" denies a ranking (dev: breitbart)': 'This isn’t the first time the writer has done it.',
  '"The first time I saw him" is a when-clause': 'The first time I saw him, he was tall.',
  '"for the first time" as a figure of speech (dev: theverge)':
    'It was like looking through new glasses for the first time.',
  'the state of the union in lowercase is a phrase': 'He spoke about the state of the union today.',
};

describe('value rules: what is a specific', () => {
  valueCaseTests(FOUND);
});

describe('value rules: near misses', () => {
  valueCaseTests({}, NOT_FOUND, '');

  it('a value inside an excluded range (a direct quote) belongs to the speaker', () => {
    const sentence = '“We lost 300 homes,” said the mayor in 2019.';
    const quote = [0, sentence.indexOf('”') + 1] as const;
    expect(findValues(sentence, [quote]).map((v) => v.text)).toEqual(['2019']);
  });
});

describe('value rules: where Lede disagrees with docs/extraction.md today', () => {
  // 5ce67ec made the phrase a money value, but its normalised amount reads "100 USD": a reader comparing amounts
  // would take hundreds of millions for a hundred dollars. The amount should be at least 10^8.
  it.fails('a vague scale of money is not normalised to its first word', () => {
    const [v] = findValues('The company spent hundreds of millions of dollars on it.');
    expect(v).toMatchObject({ kind: 'money', text: 'hundreds of millions of dollars' });
    expect(Number(v!.normalized.split(' ')[0])).toBeGreaterThanOrEqual(1e8);
  });
  // The spec normalises "amount and currency; number, unit and rate"; today a range keeps only its lower end.
  it.fails('a money range normalises to both ends: $24 to $28 a pound', () => {
    expect(findValues('Tickets cost $24 to $28 a pound at the market.')[0]?.normalized).toMatch(/24.*28/);
  });
  // 5ce67ec: "'300 such promotions' reaches its noun"; today the noun phrase runs on into "last year", a relative time.
  it.fails('"such" before the counted noun stops at the noun: The chain ran 300 such promotions last year.', () => {
    expect(valuesOf('The chain ran 300 such promotions last year.')).toEqual([
      ['count', '300 such promotions', '300 such promotions'],
    ]);
  });
});
