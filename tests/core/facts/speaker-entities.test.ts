// Speakers where the entity rules' choice reads wrong for speech, corrected on the speaker side (issue #12,
// thirteenth round): each case is a real passage from a PolNeAR train article of the folds read (0 and 1).
import { describe, expect, it } from 'vitest';
import { speakerType } from '../../../core/facts/speaker-canonical';
import { speakerTable, type SpeakerCase } from './speaker-table';

/** wash-post_2016-05-29_internal-trump-university-record (PolNeAR train, fold 0), its first five paragraphs. */
const TRUMP_UNIVERSITY = [
  'A federal judge has ordered the release of internal Trump University documents in an ongoing lawsuit against the company, including "playbooks" that advised sales personnel how to market high-priced courses on getting rich through real estate.',
  'The Friday ruling, in which Judge Gonzalo Curiel cited heightened public interest in presumptive Republican presidential nominee Donald Trump, was issued in response to a request by The Washington Post. The ruling was a setback for Trump, whose attorneys argued that the documents contained trade secrets.',
  "Curiel's order came the same day that Trump railed against the judge at a boisterous San Diego rally for his handling of the case, in which students have alleged they were misled and defrauded. The trial is set for November.",
  'Trump, who previously questioned whether Curiel\'s Hispanic heritage made him biased due to Trump\'s support for building a wall on the Mexican border, said Friday that Curiel "happens to be, we believe, Mexican." Trump called the judge a "hater of Donald Trump" who had "railroaded" him in the case.',
  '"I think Judge Curiel should be ashamed of himself. I think it\'s a disgrace that he is doing this, " Trump said.',
].join(' || ');

const cases: Record<string, Record<string, SpeakerCase>> = {
  'a bare surname the entity rules attached to an organisation names the one person of that surname': {
    '"Trump, who …, said Friday that Curiel “…”" is Donald Trump, not "Trump University"': {
      text: TRUMP_UNIVERSITY,
      quote: 'happens to be',
      speaker: 'Donald Trump',
    },
    "near miss: the reporting clause's subject still speaks when the surname is in its object": {
      text: `${TRUMP_UNIVERSITY} || In his order, Curiel noted that Trump had emerged as a leading presidential candidate over the course of the civil case against Trump University and that Trump had "placed the integrity of these court proceedings at issue."`,
      quote: 'placed the integrity',
      speaker: 'Gonzalo Curiel',
    },
  },
};

speakerTable('speaker entities', cases);

/** The type the speaker stages give an entity the entity rules typed (speaker-canonical.ts speakerType). */
const types: Record<string, { name: string; type: string | null; expected: string | null }> = {
  // nyt_2015-11-26_with-fewer-golfers-in-u-s-course (fold 0): "Jay DiPietro, the club's 78-year-old president and
  // general manager, suggested …", typed an organisation.
  'a known given name and a surname typed an organisation is someone': {
    name: 'Jay DiPietro',
    type: 'org',
    expected: 'person',
  },
  // politico_2016-01-05_republicans-blast-obama-after-no (fold 0): a body whose name opens on a person's.
  'near miss: a longer name with a lowercase word stays an organisation': {
    name: 'James Martin Center for Nonproliferation Studies',
    type: 'org',
    expected: 'org',
  },
  // wash-post_2016-05-29_internal-trump-university-record (fold 0).
  'near miss: a surname opening a body’s name is no given name': {
    name: 'Trump University',
    type: 'org',
    expected: 'org',
  },
  'a person stays a person': { name: 'Gonzalo Curiel', type: 'person', expected: 'person' },
};

describe('speakerType', () => {
  for (const [name, c] of Object.entries(types)) it(name, () => expect(speakerType(c.name, c.type)).toBe(c.expected));
});
