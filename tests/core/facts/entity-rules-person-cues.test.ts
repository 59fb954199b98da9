// Entity rules of the sixteenth round (docs/entities-rounds-2.md): a name the article never gives in full, or whose
// given name is a word, is a person when the text itself says so, not an organisation by the unknown-name default.
// Sentences from PolNeAR `train` half a, each beside the near miss its rule must let through.
import { describe, expect, it } from 'vitest';
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
