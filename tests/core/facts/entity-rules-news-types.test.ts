// Entity rules from reading train's disagreements with CoreNLP in the round of 2026-11-30 (docs/entities.md, "The
// round of 2026-11-30, second pass"): each rule with the real sentence it exists for and a near miss.
import { describe, expect, it } from 'vitest';
import { describeEntityCases, entitiesOf, type Named } from './entity-cases';

const CASES: Record<string, [string, Named[]]> = {
  'a state abbreviated after a town names the state': [
    'Tashfeen Malik killed 14 people in a mass shooting in San Bernardino, Calif., on Dec. 2.',
    [
      ['person', 'Tashfeen Malik'],
      ['place', 'California'],
      ['place', 'San Bernardino'],
    ],
  ],
  'a postal code after a town names the state': [
    'Supporters wore the shirts at her event in Hudson, NH, on Monday.',
    [
      ['place', 'Hudson'],
      ['place', 'New Hampshire'],
    ],
  ],
  'near miss: a word in capitals after a comma is no postal code': [
    'He asked whether Joe Smith, OR anyone else, would run.',
    [['person', 'Joe Smith']],
  ],
  "a chamber before its officer's title is named on its own": [
    'WASHINGTON (AP) — Donald Trump and House Speaker Paul Ryan pledged to work together.',
    [
      ['org', 'AP'],
      ['person', 'Donald Trump'],
      ['org', 'House'],
      ['person', 'Paul Ryan'],
      ['place', 'WASHINGTON'],
    ],
  ],
  'a chamber before its party members is the chamber': [
    'In June, House Republicans issued a report.',
    [['org', 'House']],
  ],
  'near miss: "House" before a common noun is no chamber': [
    'House prices rose again in London.',
    [['place', 'London']],
  ],
  'near miss: "the White House" is a longer name': [
    'Officials at the White House declined to comment.',
    [['org', 'White House']],
  ],
  "a chamber's minority belongs to the title after it": [
    '"It is shameful," said Senate Minority Leader Harry M. Reid (D-Nev.).',
    [
      ['person', 'Harry M. Reid'],
      ['org', 'Senate'],
    ],
  ],
  'near miss: "Majority" inside a body\'s name stays in it': [
    'The Moral Majority Coalition met.',
    [['org', 'Moral Majority Coalition']],
  ],
  "a person's role in lowercase before a name makes it a person's": [
    'Trump campaign spokeswoman Hope Hicks said in a statement that Trump had a long history.',
    // ("Trump", typed an organisation by nothing but its capitals, is no entity since the nineteenth round.)
    [['person', 'Hope Hicks']],
  ],
  'near miss: a role before "for" and a body keeps the body': [
    'A spokeswoman for Goldman Sachs declined to comment.',
    [['org', 'Goldman Sachs']],
  ],
  'a name said once where a news source stands is an organisation': [
    'The crash wiped out $136 billion in market value, according to Bloomberg.',
    [['org', 'Bloomberg']],
  ],
  'a news agency in a dateline is an organisation': [
    'LONDON (Reuters) - Donald Trump said he was unlikely to win.',
    [
      ['person', 'Donald Trump'],
      ['place', 'LONDON'],
      ['org', 'Reuters'],
    ],
  ],
  "near miss: a surname where a source stands stays the person's": [
    'Sen. Bill Nelson spoke. Then Ryan told Nelson he disagreed.',
    [
      ['person', 'Bill Nelson'],
      ['person', 'Ryan'],
    ],
  ],
  'a title with no name after it names nothing, or the place before it': [
    'He is a longtime Republican National Committeeman from Virginia.',
    [['place', 'Virginia']],
  ],
  'near miss: the chamber before a lone title is the chamber': [
    'The former House Speaker is intrigued.',
    [['org', 'House']],
  ],
  'an award is no organisation': [
    'Gladys Knight was honored with the Living Legend Award on Sunday.',
    [['person', 'Gladys Knight']],
  ],
  'near miss: a magazine named "Fair" is one': ['Vanity Fair reported the story first.', [['org', 'Vanity Fair']]],
  'a generation is a group, no entity': ['Why are Millennials so enamored of Sanders?', [['person', 'Sanders']]],
  '"Des" opens a place\'s name': [
    'Trump’s visit to Des Moines last Friday would draw a crowd.',
    [['place', 'Des Moines']],
  ],
  'a trade pact is no organisation': [
    'The president is seeking approval of the Trans-Pacific Partnership, a 12-country trade deal, from the Senate.',
    [['org', 'Senate']],
  ],
  'near miss: a body named "Partnership for" stays one': [
    'The Partnership for Public Service said the trade deal failed.',
    [['org', 'Partnership for Public Service']],
  ],
  "a faith, a law's nickname and a disease are no entities": [
    'Obamacare survived the Supreme Court; Islam and Zika were debated in the Senate.',
    [
      ['org', 'Senate'],
      ['org', 'Supreme Court'],
    ],
  ],
  'the place after "Former" and before a title is named on its own': [
    'Former Maryland Gov. Martin O’Malley said back in the summer that he would run.',
    [
      ['person', 'Martin O’Malley'],
      ['place', 'Maryland'],
    ],
  ],
  'a city or county before a title is named on its own': [
    'With former New York City Mayor Michael Bloomberg reportedly considering a run, the race changed.',
    [
      ['person', 'Michael Bloomberg'],
      ['place', 'New York City'],
    ],
  ],
  'near miss: "Former" and a title alone name no place': ['Former Gov. Jeb Bush spoke.', [['person', 'Jeb Bush']]],
  'a role played is no entity, and neither is the name where it stands again': [
    'Ben Affleck played Batman in the new film, and Batman fans were unhappy.',
    [['person', 'Ben Affleck']],
  ],
  'near miss: a person played on a sketch show is still the person': [
    'Alec Baldwin played Donald Trump on the show. Trump was not amused.',
    [
      ['person', 'Alec Baldwin'],
      ['person', 'Donald Trump'],
    ],
  ],
  'a product named before its kind is no entity, wherever it stands': [
    'Facebook bought the company; the Oculus Rift headset ships in March. The Oculus Rift costs $599.',
    [['org', 'Facebook']],
  ],
  'a work named after its kind is no entity': ['He watched the film Star Wars twice. Star Wars made billions.', []],
  'an acronym in the plural is an awards show, no organisation': [
    'Taylor Swift won three awards at the AMAs on Sunday. The AMAs were broadcast on ABC.',
    [
      ['org', 'ABC'],
      ['person', 'Taylor Swift'],
    ],
  ],
  'near miss: an acronym in the singular stays a body': ['The NFL said the game would go on.', [['org', 'NFL']]],
  'a "Side" is a place': ['She tried to fit in on the Upper East Side.', [['place', 'Upper East Side']]],
};

describeEntityCases('entity rules from news errors: types on unseen news', CASES);

describe("a headline's preposition ends no name", () => {
  it('"Hillary Clinton Sides With George W. Bush On ‘Radical Islam.’" names George W. Bush, without "On"', () => {
    const names = entitiesOf('Hillary Clinton Sides With George W. Bush On ‘Radical Islam.’').map(([, n]) => n);
    expect(names).toContain('George W. Bush');
    expect(names.filter((n) => / On$/.test(n))).toEqual([]);
  });
});
