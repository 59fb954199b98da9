// Entity rules from reading train's disagreements with CoreNLP in the round of 2026-11-30 (docs/entities.md, "The
// round of 2026-11-30, second pass"): each rule with the real sentence it exists for and a near miss.
import { describeEntityCases, type Named } from './entity-cases';

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
};

describeEntityCases('entity rules from news errors: types on unseen news', CASES);
