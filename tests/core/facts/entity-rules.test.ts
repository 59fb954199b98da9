// The entity rules (core/facts/entities.ts, name-rules.ts, noun-phrase.ts) with their cases: each text is the one a
// rule was written for (named in the commit that added it) or the near miss it must not catch. A rule change that
// moves any of these fails here rather than only moving `npm run bench facts`. Expectations follow
// docs/extraction.md, "Entities"; where Lede disagrees with the spec today, the case is written as the spec wants and
// marked `it.fails`.
import { describe, expect, it } from 'vitest';
import { entitiesIn, type Named } from './entity-cases';

interface EntityCase {
  /** One paragraph of an article titled "Story". */
  text: string;
  /** Every entity found, as [type, name], in any order. */
  expected: Named[];
  /** For some entities: their aliases (other names the text uses for them), in any order. */
  aliases?: Record<string, string[]>;
  /** For some entities: how many mentions point into the text. */
  mentions?: Record<string, number>;
}

const byName = (a: Named, b: Named) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]);

function check({ text, expected, aliases = {}, mentions = {} }: EntityCase): void {
  const found = entitiesIn(text);
  expect(found.map((e): Named => [e.type, e.name]).sort(byName)).toEqual([...expected].sort(byName));
  for (const [name, list] of Object.entries(aliases)) {
    expect([...(found.find((e) => e.name === name)?.aliases ?? [])].sort(), `aliases of ${name}`).toEqual(
      [...list].sort(),
    );
  }
  for (const [name, n] of Object.entries(mentions)) {
    expect(found.find((e) => e.name === name)?.mentions, `mentions of ${name}`).toBe(n);
  }
}

/** People, organisations and places, with the rule each case exists for. */
const CASES: Record<string, EntityCase> = {
  // ("Whole Foods", typed by nothing but its capitals with no "the" before it, is no entity since the nineteenth
  // round; "Amazon-owned Whole Foods" below still is one.)
  'person, company and place; the company again by name': {
    text: 'Jeff Bezos founded Amazon in Seattle. Amazon later bought Whole Foods.',
    expected: [
      ['person', 'Jeff Bezos'],
      ['org', 'Amazon'],
      ['place', 'Seattle'],
    ],
    mentions: { Amazon: 2 },
  },
  'a surname goes to the person named before (fe7255e)': {
    text: 'Barack Obama spoke in Chicago. Obama said the vote mattered.',
    expected: [
      ['person', 'Barack Obama'],
      ['place', 'Chicago'],
    ],
    aliases: { 'Barack Obama': ['Obama'] },
  },
  'a shared surname goes to the person named first (fe7255e)': {
    text: 'Dr. Jane Smith and John Smith met. Smith said the plan works.',
    expected: [
      ['person', 'Jane Smith'],
      ['person', 'John Smith'],
    ],
    // (The titled form is an alias, as the labels have "Mr. Trump".)
    aliases: { 'Jane Smith': ['Dr. Jane Smith', 'Smith'], 'John Smith': [] },
  },
  'a title and a demonym before a name are aliases, not entities': {
    text: 'Russian President Vladimir Putin spoke on Monday. Putin said the talks would go on.',
    expected: [['person', 'Vladimir Putin']],
    aliases: { 'Vladimir Putin': ['Putin', 'Russian President Vladimir Putin'] },
  },
  'a two-word title': {
    text: 'Prime Minister Jacinda Ardern visited Auckland.',
    expected: [
      ['person', 'Jacinda Ardern'],
      ['place', 'Auckland'],
    ],
    aliases: { 'Jacinda Ardern': ['Prime Minister Jacinda Ardern'] },
  },
  'an abbreviated title is not part of the name (6e7778d)': {
    text: 'Dr. Anthony Fauci spoke to reporters.',
    expected: [['person', 'Anthony Fauci']],
  },
  'abbreviations of a country are one place (ALIAS_GROUPS)': {
    text: 'The United States and the U.S. signed it. The US agreed.',
    expected: [['place', 'United States']],
    aliases: { 'United States': ['U.S.', 'US'] },
    mentions: { 'United States': 3 },
  },
  'a country that acts is still a place': {
    text: 'China said on Monday it would respond.',
    expected: [['place', 'China']],
  },
  'a title word inside an organisation’s name is not a title (38e9f04)': {
    text: 'Richard Haass leads the Council on Foreign Relations in New York.',
    expected: [
      ['person', 'Richard Haass'],
      ['org', 'Council on Foreign Relations'],
      ['place', 'New York'],
    ],
  },
  'a possessive word before an organisation keyword is one name (250f3c1)': {
    text: 'Sam’s Club opened a store in Dallas on Monday.',
    expected: [
      ['org', 'Sam’s Club'],
      ['place', 'Dallas'],
    ],
  },
  'a possessive word before a place keyword is one place (250f3c1)': {
    text: 'Tourists walked to Fisherman’s Terminal in Seattle.',
    expected: [
      ['place', 'Fisherman’s Terminal'],
      ['place', 'Seattle'],
    ],
  },
  'a sentence-initial common word before a company suffix is kept (250f3c1)': {
    text: 'Remain Co. filed papers in Delaware.',
    expected: [
      ['org', 'Remain Co.'],
      ['place', 'Delaware'],
    ],
  },
  'a company suffix ends the name, and the name goes without it (the suffixed form an alias)': {
    text: 'Toyota Motor Corp. said sales rose.',
    expected: [['org', 'Toyota Motor']],
  },
  'a soft hyphen does not cut a name, and is not stored (250f3c1)': {
    text: 'Benjamin Netan\u00ADyahu met officials in Jerusalem.',
    expected: [
      ['person', 'Benjamin Netanyahu'],
      ['place', 'Jerusalem'],
    ],
  },
  '"and" between two organisations splits them (bb1ae52)': {
    text: 'ABC News and Politifact checked the claim.',
    expected: [
      ['org', 'ABC News'],
      ['org', 'Politifact'],
    ],
  },
  'demonyms stay inside names (bb1ae52)': {
    text: 'Ships crossed the Mediterranean Sea to reach the European Union.',
    expected: [
      ['place', 'Mediterranean Sea'],
      ['org', 'European Union'],
    ],
  },
  'a surname used as a modifier stays a person (bb1ae52)': {
    text: 'The Obama administration defended the policy.',
    expected: [['person', 'Obama']],
  },
  '"eastern" before a place is not part of it (c94b865)': {
    text: 'Floods hit eastern Northland on Sunday.',
    expected: [['place', 'Northland']],
  },
  '"New" at a sentence start stays in New Zealand; a number word in a place name (fe7255e)': {
    text: 'The Ninety Mile beach is in New Zealand.',
    expected: [
      ['place', 'Ninety Mile'],
      ['place', 'New Zealand'],
    ],
  },
  'an organisation mentioned beside a place it operates in': {
    text: 'Officials in Seattle met Google executives. Google said it would hire staff in Seattle.',
    expected: [
      ['org', 'Google'],
      ['place', 'Seattle'],
    ],
    mentions: { Google: 2, Seattle: 2 },
  },
};

/** Near misses: not entities by docs/extraction.md (demonyms, products, works, handles), and what stays of the text. */
const NOT_ENTITIES: Record<string, EntityCase> = {
  'demonyms are not entities': {
    text: 'French officials met German officials in Paris.',
    expected: [['place', 'Paris']],
  },
  'a name before a version number is a product (8935070)': {
    text: 'Players loved Forza Horizon 3 on the console.',
    expected: [],
  },
  'a model with its number is a product (8935070)': {
    text: 'Apple sold the iPhone 4 in London.',
    expected: [['place', 'London']],
  },
  'a company’s name before more words is a product (0469278)': {
    text: 'Google launched Google Pay in India.',
    expected: [
      ['org', 'Google'],
      ['place', 'India'],
    ],
    mentions: { Google: 1 },
  },
  'a maker’s name before a model name is a product (0469278)': {
    text: 'The Ford Focus sold well in Germany.',
    expected: [['place', 'Germany']],
  },
  'a product named after a company': {
    text: 'Microsoft Teams crashed for users in Paris.',
    expected: [['place', 'Paris']],
  },
  'a quoted work title is a work, even after a stop word (0469278)': {
    text: 'Sony released “Until Dawn” last year.',
    expected: [['org', 'Sony']],
  },
  'a bare modifier of a common noun is not an organisation (0469278)': {
    text: 'Apple said the Retina display is sharper.',
    expected: [],
  },
  'a name that only modifies a common noun is not an organisation (0469278)': {
    text: 'The Clown beetle lives in Texas.',
    expected: [['place', 'Texas']],
  },
  'handles and hashtags are skipped (bb1ae52)': {
    // (Twitter, named only as where to follow, is a medium and no entity either.)
    text: 'Follow @lede on Twitter and use #news for updates.',
    expected: [],
  },
};

describe('entity rules: people, organisations, places', () => {
  for (const [name, c] of Object.entries(CASES)) it(`${name}: ${c.text}`, () => check(c));
});

describe('entity rules: near misses', () => {
  for (const [name, c] of Object.entries(NOT_ENTITIES)) it(`${name}: ${c.text}`, () => check(c));
});

describe('entity rules: where Lede disagrees with docs/extraction.md today', () => {
  // c94b865 keeps 'Muslim' in the name; the body is an organisation, but today it is typed a person.
  it.fails('the Muslim Brotherhood is an organisation', () => {
    expect(
      entitiesIn('The Islamist Muslim Brotherhood was banned in Egypt.').find((e) => e.name === 'Muslim Brotherhood')
        ?.type,
    ).toBe('org');
  });
  // d5980a5: "'Amazon-owned' ends a name"; the name that follows it is lost today.
  it.fails('"Amazon-owned" ends a name and the organisation after it is kept', () => {
    check({
      text: 'Amazon-owned Whole Foods cut prices.',
      expected: [
        ['org', 'Amazon'],
        ['org', 'Whole Foods'],
      ],
    });
  });
  // 38e9f04: 'Yahoo Japan' is a branch, not Yahoo's full name; but the company itself comes out as a place.
  it.fails('a company mentioned beside its national branch is an organisation', () => {
    const found = entitiesIn(
      'Shares of Yahoo rose on Monday. Analysts at Yahoo Japan were pleased. Investors in Yahoo cheered. Staff at Yahoo agreed.',
    );
    expect(found.find((e) => e.name === 'Yahoo')?.type).toBe('org');
  });
  // Stock indexes are not entities ('S&P 500' once gave an organisation 'S&P'; a word named once is no longer one).
  it('a stock index is not an entity', () => {
    expect(entitiesIn('Wall Street analysts expect the S&P 500 to rise.').map((e) => e.name)).not.toContain('S&P');
  });
});
