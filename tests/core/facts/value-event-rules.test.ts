// Named events (docs/extraction.md, "Key facts"): a state's primary, a party's convention, "Election Day", named
// dinners and conferences. Each case is a real sentence from a labelled set (named in brackets), or the near miss a
// rule must not catch.
import { describe } from 'vitest';
import type { FactValueKind } from '../../../core/types';
import { type ValueCase, valueCaseTests } from './value-cases';

const event = (name: string): [FactValueKind, string, string] => ['event', name, name];

const FOUND: Record<string, ValueCase> = {
  'a state’s primary (hold-out 3: huff-post)': {
    sentence: 'Democratic hopeful Bernie Sanders edged out rival Hillary Clinton in Tuesday’s Oklahoma primary.',
    expected: [event('Oklahoma primary')],
  },
  'a state’s primary with a two-word name (hold-out 4: usa-today)': {
    sentence: 'Cruz has not won a state since the New Hampshire primary in February.',
    expected: [event('New Hampshire primary')],
  },
  'a party’s convention in lowercase (hold-out 4: usa-today)': {
    sentence: 'The strategy is to win on the first ballot at the Republican convention this summer in Cleveland.',
    expected: [['ordinal', 'first ballot', '1'], event('Republican convention')],
  },
  'the GOP’s convention (hold-out 2: west-journal)': {
    sentence: 'Trump rose to 42 percent following the GOP convention before slipping back.',
    expected: [['percent', '42 percent', '42%'], event('GOP convention')],
  },
  'an ordinal ranks the convention named after it (hold-out 3: politico)': {
    sentence: 'Philadelphia will actually mark the second straight Democratic convention that Gore will miss.',
    expected: [['ordinal', 'second straight Democratic convention', '2']],
  },
  '"Election Day" (hold-out 4: usa-today)': {
    sentence: 'The NRA used the comments to urge people to vote for him on Election Day.',
    expected: [event('Election Day')],
  },
  'a named dinner (hold-out 4: breitbart)': {
    sentence: 'Obama will poke fun at politicians as he attends his final White House Correspondents’ Dinner.',
    expected: [event('White House Correspondents’ Dinner')],
  },
  'a named conference (hold-out 4: huff-post)': {
    sentence: 'He spoke at the National Religious Liberties Conference in Des Moines.',
    expected: [event('National Religious Liberties Conference')],
  },
  'a named awards ceremony (hold-out 4: reuters)': {
    sentence: 'Parasite was the upset winner at the Screen Actors Guild (SAG) awards on Sunday.',
    expected: [event('Screen Actors Guild (SAG) awards')],
  },
  'a ceremony one is at (hold-out 4: reuters)': {
    sentence: 'Bong Joon Ho said backstage that no-one could predict what might happen at the Oscars on Feb. 9.',
    expected: [event('Oscars'), ['date', 'Feb. 9', '--02-09']],
  },
  'talks named by their city (hold-out 1: wapo-2)': {
    sentence:
      'In 1991, when Prime Minister Yitzhak Shamir opposed the Madrid peace talks, Bush held back loan guarantees.',
    expected: [['date', '1991', '1991'], event('Madrid peace talks')],
  },
  'a war named by its place, in lowercase (hold-out 5: nyt)': {
    sentence: "He continued his assault on Mr. Bush's handling of the Iraq war.",
    expected: [event('Iraq war')],
  },
  'attacks named by their city (hold-out 5: politico)': {
    sentence: 'He was asked if the revelations in any way led to the Paris attacks, which was seen as a failure.',
    expected: [event('Paris attacks')],
  },
  'a state’s primary before a verb the lexicon knows in the present (PolNeAR train: wash-post)': {
    sentence:
      'Cruz, Trump and Rubio established their longevity with their Iowa placements, but the New Hampshire primary threatens to knock one or more of the governors out of the race.',
    expected: [event('New Hampshire primary')],
  },
  'a state’s caucus in the singular, with a capital (hold-out 2: breitbart)': {
    sentence:
      'The concert will take place in Los Angeles on Feb. 5, just a handful of days after Sanders was announced the second-place winner of the Iowa Caucus behind Hillary Clinton.',
    expected: [['date', 'Feb. 5', '--02-05'], ['ordinal', 'second-place winner', '2'], event('Iowa Caucus')],
  },
  '9/11 names the attacks (hold-out 6: usa-today)': {
    sentence:
      "Trump's aversion to committing the U.S. to overseas conflicts goes beyond his opposition to the war in Iraq -- he's been an outspoken critic of ex-president George W. Bush -- to include the 2001 invasion of Afghanistan after 9/11.",
    expected: [['count', '2001 invasion', '2001 invasion'], event('9/11')],
  },
  '9/11 before a noun is the event, not a count of 11 (PolNeAR train: wash-post)': {
    sentence:
      'Trump offered an emotional defense of the city during the debate, speaking movingly of the 9/11 attacks.',
    expected: [event('9/11')],
  },
  'terror attacks named by their city (hold-out 6: usa-today)': {
    sentence:
      'Before the Paris terror attacks, Trump took a more hands-off approach to the Islamic State, suggesting the U.S. outsource the fight to Syria and Russia.',
    expected: [event('Paris terror attacks')],
  },
  'a shooting named by a town the lexicon does not know, by its shape (hold-out 6: usa-today)': {
    sentence:
      'The man accused of purchasing two of the guns used in the San Bernardino shooting rampage will remain in custody as a criminal case against him proceeds, a federal judge ruled Monday.',
    expected: [['count', 'two of the guns', '2 of the guns'], event('San Bernardino shooting')],
  },
  'an attack in the singular (PolNeAR train: west-journal)': {
    sentence:
      'Questions linger on many aspects of the Benghazi attack, including whether there was a “stand down” order that prevented a counter-attack that could have saved American lives.',
    expected: [event('Benghazi attack')],
  },
  'a championship written as a name (hold-out 5: politico)': {
    sentence: 'Trump National Doral had most recently been the host of the WGC-Cadillac Championship, played in March.',
    expected: [event('WGC-Cadillac Championship')],
  },
  'a ball written as a name (hold-out 5: wash-post)': {
    sentence: "The two men talked at last month's Congressional Ball, Earnest said.",
    expected: [['count', 'two men', '2 men'], event('Congressional Ball')],
  },
  'a fair and a tennis open (PolNeAR train)': {
    sentence: 'Spectators at the French Open paid tribute, as did visitors to the Iowa State Fair.',
    expected: [event('French Open'), event('Iowa State Fair')],
  },
};

const NOT_FOUND: Record<string, string> = {
  'a party’s primary is not named (hold-out 4: politico)': 'Sanders trails Clinton in the Democratic primary.',
  'a region’s primaries are not a state’s (hold-out 4: usa-today)': 'Trump swept the Northeast primaries.',
  'a state’s primary as a modifier (hold-out 4: huff-post)':
    'Clinton performed well among New York primary voters who believe that Wall Street is a boon.',
  'a state’s primary before any noun is a modifier (hold-out 6: politico)':
    'He predicted lawsuits could be filed in reaction to the long waits at the Arizona primary locations.',
  'the winner of a state’s primary (PolNeAR train: breitbart)':
    'Marco Rubio spoke over boos from the audience as he congratulated Florida primary winner Donald Trump.',
  'a hyphenated adjective before "caucus" (hold-out 4: politico)':
    'The approach includes Spanish-language caucus training.',
  'a body named "Conference … of"': 'The US Conference of Mayors met in the capital.',
  'a body named "Leadership Conference"': 'The Southern Christian Leadership Conference marched.',
  'a body named "Judicial Conference" (PolNeAR train)':
    'It should have another judgeship added, according to the U.S. Judicial Conference.',
  'the academy, not the ceremony (hold-out 4: reuters)':
    'His lead performance in “The Irishman” has been snubbed by the Oscars, Golden Globes and SAG.',
  'a prize, not a ceremony (hold-out 4: reuters)': 'Heath Ledger won a posthumous Oscar for his turn as the villain.',
  'a prize’s fund (hold-out 2: nyt)': 'Please send contributions to the Ruth Leff Siegel Awards Fund at Columbia.',
  'a prize for something (hold-out 2: nyt)':
    'His philanthropy involved The Ruth Leff Siegel Awards for Excellence in Pancreatic Cancer Research.',
  'an unnamed ceremony (hold-out 4: reuters)': 'Bombshell went into Sunday’s awards with nothing.',
  'a war described, not named (hold-out 5 call)': 'He opposed the war in Iraq from the start.',
  'attacks by a people, not named by a place': 'The Russian attacks on Aleppo continued.',
  'an attack by a person, not named by a place (PolNeAR train: wash-post)':
    'The Romney attack hit Trump differently from those before it, and he responded as if he had been deeply personally hurt and offended.',
  'a person named Ball (PolNeAR train: The Atlantic’s writer)': "The Atlantic's Molly Ball wrote about the race.",
  'a magazine named "Fair", not a fair': 'Vanity Fair reported the story first.',
  'a slogan with "Fair" (PolNeAR train: breitbart)': 'Cruz Control, plus Fox-style Fair & Balanced, is the cure.',
  'talks named by a people, not a place': 'The Israeli-Palestinian peace talks collapsed in April.',
};

describe('event rules: named events', () => {
  valueCaseTests(FOUND, NOT_FOUND);
});
