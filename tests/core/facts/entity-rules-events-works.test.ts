// Entity rules for names that are part of an event, a prize or a work (docs/extraction.md, "Entities": events and
// works are no entities; docs/entities.md, the organisation false positives of 2026-11-30's third pass), and for
// people the default "two unknown words are a body" typed as organisations. Sentences from PolNeAR `train` and the
// read hold-out 4, each beside the near miss its rule must let through.
import { describeEntityCases, type Named } from './entity-cases';

/** Sentence → every entity found, as [type, name]. */
const CASES: Record<string, [string, Named[]]> = {
  'a body named only inside a dinner’s name is part of the event': [
    'Obama gets one more chance on Saturday to poke fun at the press as he attends his final White House Correspondents’ Dinner.',
    [['person', 'Obama']],
  ],
  'a name before a lowercase award is the prize’s name': [
    'Her co-star Billy Crudup won a Critics Choice award last week.',
    [['person', 'Billy Crudup']],
  ],
  'an award named for a person is no person here': [
    'Norah O’Donnell of CBS News, winner of the Merriman Smith award for broadcast journalism.',
    [
      ['person', 'Norah O’Donnell'],
      ['org', 'CBS News'],
    ],
  ],
  'awards by their nicknames are no bodies': [
    'The film had been overlooked by the Oscars and the Golden Globes in the past.',
    [],
  ],
  'a person named Ball is no ball, and a magazine named Fair no fair': [
    'Molly Ball told Vanity Fair that the race was over.',
    [
      ['person', 'Molly Ball'],
      ['org', 'Vanity Fair'],
    ],
  ],
  'a programme named a show is a work': [
    'He is best known for appearances as the “senior black correspondent” on the Daily Show with Jon Stewart.',
    [['person', 'Jon Stewart']],
  ],
  'near miss: the guild that acts is an organisation, though its awards are named too': [
    'The Screen Actors Guild said it would vote. It gave him the Screen Actors Guild award.',
    [['org', 'Screen Actors Guild']],
  ],
  'near miss: a place inside an event’s name stays a place': [
    'Cruz won the Iowa caucuses on Monday.',
    [
      ['person', 'Cruz'],
      ['place', 'Iowa'],
    ],
  ],
  'near miss: the party before "nominee" is the party': [
    'Donald Trump, the GOP nominee, spoke on Monday.',
    [
      ['person', 'Donald Trump'],
      ['org', 'Republican Party'],
    ],
  ],
  'a capital "The" after "and" opens a second name': [
    'Wall Street does more to hurt the economy than help, according to exit polling reported by CNN and The New York Times.',
    [
      ['org', 'CNN'],
      ['org', 'New York Times'],
      ['place', 'Wall Street'],
    ],
  ],
  'an academy "of" a field, with "and" inside, is one body': [
    'Actors form the largest voting group in the Academy of Motion Picture Arts and Sciences.',
    [['org', 'Academy of Motion Picture Arts and Sciences']],
  ],
  'a name with a plus after it is a streaming product': [
    'It was the second award this year for the new Apple TV+ streaming service.',
    [],
  ],
  'a name set beside an age is a person': [
    'There is a lot of focus on police because of the 2014 shooting death of Tamir Rice, a 12-year-old who was carrying a toy gun.',
    [['person', 'Tamir Rice']],
  ],
  'an unknown given name and a known surname before "reported" are a person': [
    'In the old Soviet Union, as Hedrick Smith reported in his book, the big shots lived well.',
    [
      ['person', 'Hedrick Smith'],
      ['place', 'Soviet Union'],
    ],
  ],
  'near miss: "awards" as a verb leaves the place that awards': [
    'Wisconsin awards 18 delegates to the statewide winner.',
    [['place', 'Wisconsin']],
  ],
  'a person’s name after a body and "and" is still a person’s': [
    'A study by William Seltzer of Fordham University and Margo Anderson of the University of Wisconsin-Milwaukee proved it.',
    [
      ['org', 'Fordham University'],
      ['person', 'Margo Anderson'],
      ['org', 'University of Wisconsin-Milwaukee'],
      ['person', 'William Seltzer'],
    ],
  ],
  'a name set beside "his national security adviser" or "a former state party chairman" is a person': [
    'The former president said, referring to Condoleezza Rice, his national security adviser at the time. Trump’s Indiana chairman, Rex Early, a former state party chairman, signed on.',
    [
      ['person', 'Condoleezza Rice'],
      ['place', 'Indiana'],
      ['person', 'Rex Early'],
    ],
  ],
  'a double surname keeps its hyphen in a person’s name; a place or body inside one does not': [
    'He told Agence France-Presse about Ileana Ros-Lehtinen and the San Diego Union-Tribune.',
    [
      ['org', 'Agence France-Presse'],
      ['person', 'Ileana Ros-Lehtinen'],
      ['org', 'San Diego Union-Tribune'],
    ],
  ],
  'near miss: a body before "reported" is still a body': [
    'The Associated Press reported the count on Tuesday.',
    [['org', 'Associated Press']],
  ],
};

describeEntityCases('names inside events, prizes and works; people typed by their role or age', CASES);
