// Entity rules of the fourteenth entities round (docs/entities-rounds.md, "People whose names are common words"): a
// person's surname that is also a common word, an adjective or a demonym ("Jolly", "Cuban", "Pence", "Black") joins
// the person named in full where it stands as a name; a title before a word the article writes in lowercase makes
// no person ("Head Start"). Sentences from PolNeAR `train` half a, each beside the near miss its rule must let through.
import { describe, expect, it } from 'vitest';
import { entitiesIn } from './entity-cases';

/** How many times the entity named `name` is mentioned in `text`, with its type. */
function mentionsOf(text: string, name: string) {
  const e = entitiesIn(text).find((x) => x.name === name);
  return e && { type: e.type, mentions: e.mentions };
}

describe('a surname that is also a word joins the person named in full', () => {
  it('an adjective: "Jolly, who …", "Jolly said" (Politico)', () => {
    const text =
      'David Jolly hopes to work across the aisle to boost investment in education. Jolly, who was elected to Congress in 2014, doesn’t see the department’s role in enforcing anti-discrimination laws as antiquated. Jolly said he would be cautious in restructuring federal education spending.';
    expect(mentionsOf(text, 'David Jolly')).toEqual({ type: 'person', mentions: 3 });
  });
  it('a demonym: "Cuban said", "said Cuban, who" (Politico)', () => {
    const text =
      'Mark Cuban, the billionaire owner of the Dallas Mavericks, said he would consider running. "Well, it\'s certainly more of a consideration than it was," Cuban said in an interview airing Sunday on NBC. "It\'s too early to tell," said Cuban, who is also a host on the TV show "Shark Tank."';
    expect(mentionsOf(text, 'Mark Cuban')).toEqual({ type: 'person', mentions: 3 });
  });
  it('a plural noun after an honorific: "Mr. Pence" is no sentence start (NYT)', () => {
    const text =
      "The Republican vice presidential nominee, Gov. Mike Pence of Indiana, may be in a particularly awkward position. So far, Mr. Pence has been silent, and his aides referred requests for comment to Mr. Trump's campaign staff.";
    expect(mentionsOf(text, 'Mike Pence')).toEqual({ type: 'person', mentions: 2 });
  });
  it('a known given name before a verb is the surname, not a modifier: "Christie appears" (AP)', () => {
    const text =
      'Was that really Chris Christie, the brusque governor, standing silently behind Donald Trump? Aside from Tuesday night, Christie appears to be fully embracing his surrogate duties.';
    expect(mentionsOf(text, 'Chris Christie')).toEqual({ type: 'person', mentions: 2 });
  });
  it('a colour before a verb, but not a firm’s name before a comma (Washington Post)', () => {
    const text =
      'Manafort is the co-founder of two lobbying and consulting firms - Black, Manafort, Stone and Kelly (BMS&K). "It\'s a good decision for Trump," said lobbyist and GOP strategist Charlie Black. Black is an adviser to Ohio Gov. John Kasich\'s campaign.';
    expect(mentionsOf(text, 'Charlie Black')).toEqual({ type: 'person', mentions: 2 });
  });
  it('a word alone that no person of the article bears stays no entity', () => {
    const text =
      'Aside from Tuesday night, Christie appears to be fully embracing his surrogate duties. Jolly said he would be cautious.';
    expect(entitiesIn(text).filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('a title before a word the article writes in lowercase makes no person', () => {
  it('"the Head Start program" is no person "Start" (Politico)', () => {
    const text =
      'He cited the Head Start program, the federally funded pre-school delivered by schools and community-based organizations. If the federal government gave money for Head Start to states and then states doled it out to the organizations, states would become middle men. His Democratic opponent, Rep. Alan Grayson, would support later school start times and more free meals for students.';
    expect(mentionsOf(text, 'Start')).toBeUndefined();
    expect(mentionsOf(text, 'Alan Grayson')?.type).toBe('person');
  });
  it('a surname after an honorific, where it speaks, is the person’s (NYT)', () => {
    const text =
      "''We're winning hearts and minds every day despite an avalanche of negative media coverage,'' Mr. Pence said during the closed-door session, according to audio provided to The Times. Time, Mr. Pence added, was on their side.";
    expect(mentionsOf(text, 'Pence')).toEqual({ type: 'person', mentions: 2 });
  });
});
