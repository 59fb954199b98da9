// Entity rules of the sixteenth round (docs/entities-rounds-2.md): a name the article never gives in full, or whose
// given name is a word, is a person when the text itself says so, not an organisation by the unknown-name default.
// Sentences from PolNeAR `train` half a, each beside the near miss its rule must let through.
import { describe, expect, it } from 'vitest';
import { isGivenNameThenSurname } from '../../../core/facts/name-rules';
import { entityNamed } from './entity-cases';

describe('a lone name with its own verb and "his" is a person', () => {
  // PolNeAR train half a (an AFP piece on Breitbart): "Trump" nineteen times, never in full, never titled, and the
  // lexicon does not know the name, so it was an organisation by the unknown-name default.
  const trump =
    'Cheers erupted when he strode across the stage to face his flock, soaking up the lengthy standing ovation from a crowd that hardly expected such a result 14 months ago when Trump launched his underdog White House bid. While Trump laid out his vision for America, the crowd reacted much the way they did at his campaign rallies: loudly and impulsively. Boos rained down when Trump mentioned the former secretary of state. Trump spoke for 77 minutes, a virtual eternity as far as conventions go, and supporters started to flag.';
  it('"Trump launched his … bid", "Trump laid out his vision": a person', () =>
    expect(entityNamed(trump, 'Trump')).toEqual({ type: 'person', mentions: 4 }));
  // PolNeAR train half a (NYT on the Paris attacks): a body's own verb takes "its", and a "she" after "said" is the
  // spokeswoman's, so the company stays one.
  const facebook =
    'Facebook activated its Safety Check tool, which allows users in an area affected by a crisis to mark themselves or others as safe. Facebook created the tool to help in times of crisis, a spokeswoman, Anna Richardson White, said on Saturday, and it has activated it five times in the last year after natural disasters. But this was the first time it was activated for something like this, she said.';
  it('"Facebook activated its Safety Check tool": still an organisation', () => {
    expect(entityNamed(facebook, 'Facebook')?.type).toBe('org');
    expect(entityNamed(facebook, 'Anna Richardson White')?.type).toBe('person');
  });
});

describe('a possessive of what only a person has makes a person', () => {
  // PolNeAR train half a (the same AFP piece): the speech is a person's.
  const text =
    'Trump’s acceptance speech Thursday night was the moment thousands in the Cleveland arena were waiting for, and the brash billionaire did not disappoint. Boos rained down when Trump mentioned the former secretary of state.';
  it('"Trump’s acceptance speech": a person', () => expect(entityNamed(text, 'Trump')?.type).toBe('person'));
});

describe('the speaker named after "said" that follows a quotation is a person', () => {
  // PolNeAR train half a (NYT, closing marks as two apostrophes): "Robin" is a word to the lexicon, so "Robin Maynard"
  // had no cue and became an organisation.
  const text =
    "''I'm more skilled with my hands than I am with my brain,'' said Robin Maynard, half joking. He holds two associate degrees, oversees a team of 15 and has worked at Carrier almost 24 years. ''But I like working with my hands.''";
  it('"…,’’ said Robin Maynard, half joking": a person', () =>
    expect(entityNamed(text, 'Robin Maynard')?.type).toBe('person'));
});

describe('a given name that is also a word opens a person’s name', () => {
  // PolNeAR train half a (Washington Post on Benghazi): "Glen" is a word to the lexicon ("glen"); with the list of
  // word given names, "Glen Doherty" reads as a given name and a surname wherever it stands (a sentence's start too).
  const glen =
    'The following day, about 5:15 a.m., the CIA base came under mortar fire, and two GRS operators, Glen Doherty and Tyrone Woods, were killed.';
  it('"Glen Doherty": a given name, then a surname; a person', () => {
    expect(isGivenNameThenSurname(['Glen', 'Doherty'], new Set())).toBe(true);
    expect(isGivenNameThenSurname(['Robin', 'Maynard'], new Set())).toBe(true);
    expect(entityNamed(glen, 'Glen Doherty')?.type).toBe('person');
  });
  // CleanEval (a book's blurb) and PolNeAR train (Breitbart): a town's name or a place's keyword after the word
  // keeps it a place.
  const valley =
    "When the town's single doctor becomes pregnant, the pastor starts playing too much poker and the town's matriarch reveals a secret paramour, Grace Valley is overflowing with gossip.";
  it('"Grace Valley": still a place', () => expect(entityNamed(valley, 'Grace Valley')?.type).toBe('place'));
  const rocky =
    'Tuesday at Baldwin Wallace University in Berea, OH, after winning Ohio in the Republican presidential primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon. We’re going to have the wind blow us over the Rocky Mountains to California.”';
  it('"the Rocky Mountains": still a place', () => expect(entityNamed(rocky, 'Rocky Mountains')?.type).toBe('place'));
});
