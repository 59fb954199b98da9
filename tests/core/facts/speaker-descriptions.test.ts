// Described speakers, nobody named as the speaker: the description says who they are, so it keeps its complement
// ("said a person close to the Clintons", not "a person close"), and a name inside that complement is not the
// speaker ("a spokeswoman for Hillary Clinton" is not Hillary Clinton: docs/extraction.md). Paragraphs are separated
// by " || "; sentences are written after patterns found on PolNeAR train (bench/polnear), not copied from it.
import { speakerTable, type SpeakerCase } from './speaker-table';

const cases: Record<string, Record<string, SpeakerCase>> = {
  'an inverted described speaker keeps its "of", "to" or "for" complement': {
    '"said a person close to the Clintons"': {
      text: 'Hillary Clinton lost ground in September. || “The drop we are seeing now is directly about the emails,” said a person close to the Clintons.',
      quote: 'The drop we are seeing',
      speaker: 'a person close to the Clintons',
    },
    '"said one of those advisers, who spoke on the condition of anonymity"': {
      text: 'Sanders met his advisers on Tuesday. || “There won’t be a path for Bernie to succeed,” said one of those advisers, who spoke on the condition of anonymity.',
      quote: 'There won’t be a path',
      speaker: 'one of those advisers',
    },
    '"said an aide to Clinton on Tuesday": the time after the complement is still cut': {
      text: 'Hillary Clinton spoke in Ohio. || “We have a ton of work to do,” said an aide to Clinton on Tuesday.',
      quote: 'We have a ton',
      speaker: 'an aide to Clinton',
    },
    '"said a spokeswoman for Hillary Clinton" is the spokeswoman, not Clinton': {
      text: 'Hillary Clinton spoke in Ohio. || “The secretary has answered every question,” said a spokeswoman for Hillary Clinton.',
      quote: 'The secretary has answered',
      speaker: 'a spokeswoman for Hillary Clinton',
    },
    '"the head of the Sierra Club" is the head, not the club': {
      text: 'The pipeline was approved on Monday. || “It is a bad deal for every town on the route,” said the head of the Sierra Club.',
      quote: 'It is a bad deal',
      speaker: 'the head of the Sierra Club',
    },
    'near miss: a clause ("a woman asked for a photo and Clinton said") is no description': {
      text: 'Bill Clinton spoke with voters outside the school. At one point, a woman asked for a photo and Clinton said, “as long as we’re not violating any election laws.”',
      quote: 'as long as we’re not',
      speaker: 'Bill Clinton',
    },
    'near miss: a name before "of" stays the name ("said Meenakshi Ganguly of Human Rights Watch")': {
      text: 'The report came out on Monday. || “The government must stop the arrests,” said Meenakshi Ganguly of Human Rights Watch.',
      quote: 'The government must',
      speaker: 'Meenakshi Ganguly',
    },
    'near miss: a quoted title after "of" is no complement ("wrote the authors of the “Growth …”")': {
      text: '“If we want minority voters to support us, we must act,” wrote the authors of the “Growth and Opportunity Project,” in 2013.',
      quote: 'If we want minority',
      speaker: 'the authors',
    },
  },
  'a described subject opening its sentence keeps its complement too': {
    // nyt_2016-08-22_foundation-and-donors-complica (PolNeAR train, fold 0), its words set in quotation marks.
    '"A representative for Mr. Pinchuk said …"': {
      text: 'Victor Pinchuk, a Ukrainian steel magnate, has given millions to the foundation. || A representative for Mr. Pinchuk said the investigation “had nothing to do with the State Department.”',
      quote: 'had nothing to do',
      speaker: 'A representative for Mr. Pinchuk',
    },
    // The shape of "Sanders's campaign manager, Jeff Weaver, said" with a complement (written after train's pattern).
    'near miss: a name apposed after the complement is the described person': {
      text: 'Cleveland is bracing for protests. || The head of the Ohio Republican Party, Matt Borges, said the city “is ready for whatever comes.”',
      quote: 'is ready for',
      speaker: 'Matt Borges',
    },
    'near miss: the name itself opening the sentence speaks': {
      text: 'Victor Pinchuk, a Ukrainian steel magnate, has given millions to the foundation. || Mr. Pinchuk said the investigation “had nothing to do with the State Department.”',
      quote: 'had nothing to do',
      speaker: 'Victor Pinchuk',
    },
  },
  'a definite role is the one person the article gives that title': {
    // nyt_2016-05-09_american-admiral-rattles-beiji (PolNeAR train, fold 0): its quote, with the article's own
    // clause "the admiral said" from the sentence before.
    '"Adm. Harry B. Harris Jr." … “…,” the admiral said': {
      text: "Adm. Harry B. Harris Jr., who leads the United States Pacific Command, makes no apologies for accusing the Chinese of militarizing disputed waters. || ''In some respects, they try to demonize me, and that's really ugly,'' the admiral said.",
      quote: 'In some respects',
      speaker: 'Harry B. Harris Jr.',
    },
    'near miss: two people with the title name neither': {
      text: "The chairman of the Joint Chiefs of Staff, Gen. Joseph F. Dunford Jr., recently asked Admiral Harris just that question. Adm. John Richardson listened. || ''In some respects, they try to demonize me, and that's really ugly,'' the admiral said.",
      quote: 'In some respects',
      speaker: 'the admiral',
    },
  },
};

speakerTable('described speakers', cases);
