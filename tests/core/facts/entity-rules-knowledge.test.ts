// Entity rules of 2026-11-30's sixth pass (docs/entities.md): knowledge where a name's shape cannot tell a body from
// a place or a work: a gazetteer of towns and counties, and the programmes news names by title. Sentences from
// PolNeAR `train` half a and hold-out 6, each table beside the near miss its rule must let through.
import { describe, expect, it } from 'vitest';
import { describeEntityCases, entityNamed, type Named } from './entity-cases';

/** Sentence → every entity found, as [type, name]. */
const CASES: Record<string, [string, Named[]]> = {
  'a town the lexicon does not know is a place, not an organisation by default': [
    "''Do you want Facebook looking at over 1.5 billion people's posts?'' said Zeynep Tufekci, an assistant professor in technology policy at the University of North Carolina at Chapel Hill.",
    [
      ['place', 'Chapel Hill'],
      ['org', 'Facebook'],
      ['org', 'University of North Carolina'],
      ['person', 'Zeynep Tufekci'],
    ],
  ],
  'a programme’s title names a work, the broadcaster before it stays a body': [
    '"Vetting is one thing," Carson said on NBC\'s Meet the Press, but he said he is being asked about incidents that happened 20 and 50 years ago.',
    [
      ['person', 'Carson'],
      ['org', 'NBC'],
    ],
  ],
  'a broadcaster’s possessive without an s before the programme': [
    '"There\'s no question I\'m getting special scrutiny," the Republican presidential candidate told CBS\' Face the Nation on Sunday, saying that people -- unnamed -- "are very threatened" because they see how well he is doing in surveys against Democrat Hillary Clinton.',
    [
      ['org', 'CBS'],
      ['person', 'Hillary Clinton'],
    ],
  ],
};

describeEntityCases('knowledge: towns and counties, programmes', CASES);

describe('a county named twice is a place', () => {
  // (Only Arapahoe is asserted: "Jefferson", a county that is also a surname, stays a person here, as before.)
  it('"Arapahoe and Jefferson counties … the chairs from Jefferson and Arapahoe"', () =>
    expect(
      entityNamed(
        'During the Democratic primary, Clinton also fell short in eight of the battleground counties against Bernie Sanders — including suburban Denver’s Arapahoe and Jefferson counties, Green Bay’s Brown County and Reno’s Washoe County in Nevada. In Colorado, there are still small pockets of activists and voters who backed Sanders and won’t get behind Clinton, according to the Democratic chairs from Jefferson and Arapahoe, two of the five most populous counties in the state.',
        'Arapahoe',
      ),
    ).toEqual({ type: 'place', mentions: 2 }));
});
