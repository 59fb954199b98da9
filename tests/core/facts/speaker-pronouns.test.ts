// Pronoun resolution for speakers, the cases of issue #12's round: a progressive verb makes a clause subject ("Ted
// Cruz is drawing …"), given names that tell "he" from "she", and a one-word name that speaks ("Bozell says") keeping
// the floor for a later "he adds". Each rule has the sentences it exists for and near misses it must not catch.
// Paragraphs are separated by " || "; sentences are written after patterns found on PolNeAR train, not copied from it.
import { speakerTable, type SpeakerCase } from './speaker-table';

const cases: Record<string, Record<string, SpeakerCase>> = {
  'a progressive verb after a name makes it the clause subject': {
    '"X is campaigning …" makes X the subject over a possessive in the next sentence': {
      text: 'Ted Cruz is campaigning hard in Iowa. The rally followed Donald Trump’s speech in Ames. “We will win this state,” he said.',
      quote: 'We will win',
      speaker: 'Ted Cruz',
    },
    '"X was swinging hard at …" → "He is noting …"': {
      text: 'Donald Trump was swinging hard at the banks. The debate followed Jeb Bush’s interview with the Daily News. He is noting the “kind of problems” they had answering questions.',
      quote: 'kind of problems',
      speaker: 'Donald Trump',
    },
    'near miss: "is nothing like" is no verb, so the nearest name stays': {
      text: 'Ted Cruz is nothing like his father. The rally followed Donald Trump’s speech in Ames. “We will win this state,” he said.',
      quote: 'We will win',
      speaker: 'Donald Trump',
    },
    'near miss: a copula with a noun ("X is a senator") makes no subject over the one speaking': {
      text: 'Marco Rubio spoke in Miami. || “We will win Florida,” Rubio said. || Ted Cruz is a senator from Texas. “It is not over,” he said.',
      quote: 'It is not over',
      speaker: 'Marco Rubio',
    },
  },
  'given names that tell "he" from "she"': {
    'a woman’s given name the lexicon lacks ("Ivanka") is skipped by "he"': {
      text: 'Donald Trump spoke in Ohio. || Ivanka Trump introduced the speakers. “We are ready for November,” he said.',
      quote: 'We are ready',
      speaker: 'Donald Trump',
    },
    'a man’s given name the lexicon lacks ("Morton") is skipped by "she"': {
      text: 'Rachel Berg, a donor from New York, came early. || Morton Klein spoke after the lunch. “I feel bad to say it,” she said.',
      quote: 'I feel bad',
      speaker: 'Rachel Berg',
    },
    'a name both men and women bear ("Lindsey") is no gender: "he" may mean Lindsey Graham': {
      text: 'Lindsey Graham spoke on Monday. “This is a disaster for the party,” he said.',
      quote: 'This is a disaster',
      speaker: 'Lindsey Graham',
    },
    'a title before the given name ("Representative") does not hide it': {
      text: 'Mary Jones spoke first. || Representative Hakeem Jeffries followed her. “We need a new direction,” she said.',
      quote: 'We need a new',
      speaker: 'Mary Jones',
    },
  },
  'a bare surname that speaks keeps the floor for "he"': {
    '"Bozell says" after "Brent Bozell III, founder of …" → "he adds" is Bozell': {
      text: '“Yes, I support him,” Brent Bozell III, founder of the Media Research Center, tells the paper. || Bozell was only five years old when the statement was signed. William F. Buckley was his uncle. || “It is clear cut,” Bozell says. || “It is the party that has disdain for conservatives,” he adds.',
      quote: 'It is the party',
      speaker: 'Bozell',
    },
    'near miss: an organisation that speaks ("Google says") is no one "he adds" can mean': {
      text: 'The ruling came on Monday. || “We will appeal the decision,” Google says. || “It is a bad ruling for everyone,” he adds.',
      quote: 'It is a bad ruling',
      speaker: null,
    },
  },
  'the last person quoted keeps the floor until a new subject is named': {
    'a name in an object after the quote ("a rally for Donald Trump") does not take it': {
      text: '“We are ready to play,” according to Mark Cuban. || The remarks came a day after a rally for Donald Trump in Dallas. “It is possible for anybody to change,” he said.',
      quote: 'It is possible',
      speaker: 'Mark Cuban',
    },
    'near miss: a subject named after the quote ("Donald Trump spoke …") takes the floor': {
      text: '“We are ready to play,” according to Mark Cuban. || Donald Trump spoke in Dallas a day later. “It is possible for anybody to change,” he said.',
      quote: 'It is possible',
      speaker: 'Donald Trump',
    },
    'a subject whose relative clause quotes someone (NYT marks) is still the subject': {
      text: "''We will win Florida,'' Jeb Bush said. || Tim Scott, who has called the remarks ''racially toxic,'' portrayed the nominee as a passing affliction. ''He will have the loudest voice for now,'' he said.",
      quote: 'He will have',
      speaker: 'Tim Scott',
    },
  },
};

speakerTable('speaker pronouns', cases);
