// The "no name at all" rules of core/facts/not-a-name.ts, each with the candidate it exists for and the near
// miss it must let through. A rule change that moves one of these fails here, not only in `npm run bench facts`.
import { describe, expect, it } from 'vitest';
import { findNameMentions } from '../../../core/facts/name-mentions';
import { notANameRule } from '../../../core/facts/not-a-name';

const cases: Record<string, { candidate: string; rule: string | null }> = {
  'an event': { candidate: 'World Cup', rule: 'event or law' },
  'a law': { candidate: 'Affordable Care Act', rule: 'event or law' },
  'near miss: a body named after an event word is a name': { candidate: 'Cup Foods', rule: null },
  'a contraction': { candidate: 'We’ll', rule: 'contraction' },
  'near miss: an apostrophe inside a name': { candidate: 'O’Brien', rule: null },
  'one letter': { candidate: 'A', rule: 'too short, a number or a code' },
  'a code': { candidate: 'F16', rule: 'too short, a number or a code' },
  'near miss: a name with a number': { candidate: 'Boeing 737', rule: null },
  'only a demonym': { candidate: 'American', rule: 'no name word' },
  'near miss: a demonym starting a name': { candidate: 'American Airlines', rule: null },
  'a group of people': { candidate: 'Islamists', rule: 'a group of people' },
  'a hyphenated demonym': { candidate: 'Pakistani-American', rule: 'a group of people' },
  'near miss: the country itself': { candidate: 'Pakistan', rule: null },
  'a party and state label': { candidate: 'R-Texas', rule: 'party and state label' },
  'near miss: a hyphenated given name': { candidate: 'Jean-Marie', rule: null },
  'a headline in capitals': { candidate: 'POLICE SHOOTINGS ARE CHANGING', rule: 'shouted common words' },
  'one shouted common word': { candidate: 'INSPIRE', rule: 'shouted common words' },
  'near miss: a dateline in capitals': { candidate: 'NEW YORK', rule: null },
  'near miss: a name in capitals with one common word': { candidate: 'USA TODAY', rule: null },
  'a generic body word alone': { candidate: 'Department', rule: 'a generic body word alone' },
  'near miss: the body’s full name': { candidate: 'State Department', rule: null },
  'a common acronym': { candidate: 'CEO', rule: 'common acronym' },
  'a plural common acronym': { candidate: 'TVs', rule: 'common acronym' },
  'an acronym in the plural': { candidate: 'AMAs', rule: 'a plural acronym' },
  'near miss: an organisation’s acronym': { candidate: 'NATO', rule: null },
};

describe('candidates that are no name at all', () => {
  for (const [name, { candidate, rule }] of Object.entries(cases)) {
    it(name, () => expect(notANameRule(candidate)).toBe(rule));
  }

  it('the rules apply when mentions are found in a sentence', () => {
    const text = 'Islamists and NATO officials met before the World Cup, and the CEO of Cup Foods spoke.';
    const found = findNameMentions(text, 0, [{ start: 0, end: text.length }], new Set()).map((m) => m.core);
    expect(found).toEqual(expect.arrayContaining(['NATO', 'Cup Foods']));
    for (const gone of ['Islamists', 'World Cup', 'CEO']) expect(found).not.toContain(gone);
  });
});
