// The nineteenth round's rule (docs/entities-rounds-3.md): an unknown capitalised name that nothing but its capitals
// types is an organisation only when "the" opens its phrase; with no evidence at all it is no entity rather than a
// wrong one. Sentences from the read hold-outs 4 to 8 (tests/fixtures/labelled-holdout-*), the false organisations
// the rule drops beside the true ones "the" keeps, and a known loss.
import { describe, expect, it } from 'vitest';
import { entityNamed } from './entity-cases';

describe('an organisation typed by nothing but capitals needs "the" before it', () => {
  it('a nickname with no other evidence is no entity (hold-out 7)', () => {
    const text =
      'It is highly unusual for a sitting justice to weigh in so publicly on a political campaign, though Ginsburg is known for speaking her mind on other issues and is celebrated as a liberal icon known to fans as Notorious RBG.';
    expect(entityNamed(text, 'Notorious RBG')).toBeUndefined();
  });
  it('a neighbourhood named for its ministry is no organisation (hold-out 7)', () => {
    const text =
      'The former first lady and U.S. senator headed the State Department from 2009 to 2013, and much of her presidential campaign has been bogged down by the revelation that she exclusively used a private email account and server during her time at Foggy Bottom.';
    expect(entityNamed(text, 'Foggy Bottom')?.type).not.toBe('org');
    expect(entityNamed(text, 'State Department')?.type).toBe('org');
  });
  it('a product in a list after "makes" is no entity (hold-out 7)', () => {
    const text =
      'Nabisco is expected to cut 277 workers this week -- the first wave in a total of 600 layoffs -- as the company that makes Oreos, Chips Ahoy and Nilla Wafers shifts work to a Mexico plant where it has invested $130 million in a new production line.';
    expect(entityNamed(text, 'Chips Ahoy')).toBeUndefined();
  });
  it('near miss: "the" before the name keeps the body (hold-out 4)', () => {
    const text =
      'Swanson, who is a pastor at the Reformation Church of Elizabeth, Colorado, slammed the Girl Scouts for promoting “lesbianism, abortion and contraception for 14-year-old girls” among its participants on Monday’s installment of his weekly radio show, “Generations with Kevin Swanson,” Right Wing Watch first reported.';
    expect(entityNamed(text, 'Girl Scouts')?.type).toBe('org');
  });
  it('near miss: "the" with a word between still opens the phrase ("the group the Reckoning Crew", hold-out 5)', () => {
    const text =
      'Asked why she called the group the Reckoning Crew, Scott told "CBS This Morning" co-host Gayle King, "Because if you don\'t do what\'s right by the people, you have to reckon with us."';
    expect(entityNamed(text, 'Reckoning Crew')?.type).toBe('org');
  });
  it('a known loss: a company named once with no "the" and no other evidence (hold-out 5)', () => {
    const text =
      'Co-founder Bill Gates was an early backer of British Columbia-based Carbon Engineering, one of a handful of companies developing direct air capture technology.';
    expect(entityNamed(text, 'Carbon Engineering')).toBeUndefined();
  });
});
