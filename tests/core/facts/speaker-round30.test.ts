// Who said what, thirtieth round (wave 23). (1) A surname that ends like a group's word ("-ian", "-ish", "-ean")
// after a given name stays in the speaker's name: the trim that takes a party label off "Kentucky Republican" took the
// surname off "Bryan English" and "Kim Kardashian" too, leaving the given name alone. (2) The people around a named
// person ("the Smith family", "Clinton's campaign", "Trump's lawyers", "Smith's widow") speak, not that person: the
// family of a man who died was given as the man himself ("family", ending in "-ly", was read as an adverb). (3) Two
// people named side by side speak together ("Prince Harry and Meghan Markle said"): both, not the first alone. (4)
// "the company said" after a paragraph whose only name is one company, its subject, is that company. Real sentences from PolNeAR
// train where it has them (named below), else written for the shape and marked so. Paragraphs " || ".
import { speakerTable } from './speaker-table';

speakerTable('round 30', {
  'a surname ending like a group word, after a given name, is part of the name': {
    '"said Bryan English, the Cruz campaign’s Iowa director"': {
      // nyt_2016-01-12_evangelical-iowans-flock-to-cruz (PolNeAR train, fold 4).
      text: "Behind the scenes, Mr. Vander Plaats is ''activating his personal network,'' said Bryan English, the Cruz campaign's Iowa director.",
      quote: 'activating his personal',
      speaker: 'Bryan English',
    },
    '"said Mohamed El-Erian, chief economic adviser at Allianz"': {
      // politico_2015-12-01_could-an-accident-by-janet-yelle (PolNeAR train, fold 1).
      text: '“Back in 2008, the U.S. economy was in the emergency room and we have slowly emerged. We can walk pretty fast now but we are still structurally impaired and cannot run,” said Mohamed El-Erian, chief economic adviser at Allianz.',
      quote: 'Back in 2008',
      speaker: 'Mohamed El-Erian',
    },
    '"Kim Kardashian captioned the post"': {
      // Written for the shape (docs/speakers-rounds-5.md listed it as not done).
      text: 'Kim Kardashian shared a photograph of her family on Sunday. || “This is the best day of my whole life,” Kim Kardashian captioned the post.',
      quote: 'This is the best day',
      speaker: 'Kim Kardashian',
    },
    'near miss: a party member’s label after a place stays a description, not a name': {
      // Written for the shape.
      text: '“We will not vote for this bill,” the Kentucky Republican told reporters on Tuesday.',
      quote: 'We will not vote',
      speaker: 'the Kentucky Republican',
    },
  },
  'the family, campaign or lawyers of a named person speak, not the person': {
    '"the Smith family said in a statement" after the paragraph about the man who died': {
      // Written for the shape (a family's statement after a death is common in news; hold-outs 11-13 hold none).
      text: 'John Smith, 45, died on Monday after his car left the road near Leeds. || “He was a loving father and a kind man who lived for his children,” the Smith family said in a statement.',
      quote: 'He was a loving father',
      speaker: 'the Smith family',
    },
    '"Smith’s widow said"': {
      // Written for the shape.
      text: 'John Smith, 45, died on Monday after his car left the road near Leeds. || “He was a loving father and a kind man who lived for his children,” Smith’s widow said.',
      quote: 'He was a loving father',
      speaker: 'Smith’s widow',
    },
    '"Trump’s lawyers said"': {
      // Written for the shape.
      text: 'Donald Trump appealed the ruling on Friday. || “The decision is wrong on the facts and wrong on the law,” Trump’s lawyers said in a filing.',
      quote: 'The decision is wrong',
      speaker: 'Trump’s lawyers',
    },
    '"Trump’s campaign said the speech … would be “regarding the election.”"': {
      // west-journal_2016-06-21_trump-makes-campaign-announcemen (PolNeAR train, fold 0).
      text: 'Donald Trump will deliver a speech on Wednesday attacking Hillary Clinton. || Trump’s campaign said the speech at the Trump SoHo New York Hotel would be “regarding the election.”',
      quote: 'regarding the election',
      speaker: 'Trump’s campaign',
    },
    'near miss: "Smith quickly said" is still Smith': {
      // Written for the shape.
      text: 'John Smith, 45, runs the bakery on Main Street. || “We will open again on Monday, as we always do,” Smith quickly said.',
      quote: 'We will open again',
      speaker: 'John Smith',
    },
  },
  'two people named side by side speak together': {
    '"Prince Harry and Meghan Markle said in a statement"': {
      // Written for the shape (speakers-rounds-5.md listed it as not done: it gave "Harry").
      text: 'The couple announced the birth of their son on Monday. || “We are delighted to welcome our son into the world today,” Prince Harry and Meghan Markle said in a statement.',
      quote: 'We are delighted',
      speaker: 'Harry and Meghan Markle',
    },
    '"wrote Edward-Isaac Dovere and Gabriel Debenedetti" style bylines of two reporters': {
      // Written for the shape of wash-post_2016-06-09_game-over-will-sanders-come-down (PolNeAR train, fold 2).
      text: 'The campaign is nearly over. || “Sanders aides are preparing for the end of the campaign, whatever he says in public,” Edward-Isaac Dovere and Gabriel Debenedetti reported.',
      quote: 'Sanders aides are preparing',
      speaker: 'Edward-Isaac Dovere and Gabriel Debenedetti',
    },
    'near miss: "Trump and his lawyers said" is not two named people': {
      // Written for the shape.
      text: 'Donald Trump appealed the ruling on Friday. || “The decision is wrong on the facts and wrong on the law,” Trump and his lawyers said.',
      quote: 'The decision is wrong',
      speaker: 'Donald Trump',
    },
  },
  'a statement of "the company" or "the agency" is the one organisation named before it': {
    '"the company said in a statement" after "Microsoft announced layoffs"': {
      // Written for the shape.
      text: 'Microsoft announced layoffs on Wednesday. || “We are making difficult decisions to focus on our future,” the company said in a statement.',
      quote: 'We are making difficult',
      speaker: 'Microsoft',
    },
    '"the agency said" after "The Environmental Protection Agency issued new rules"': {
      // Written for the shape.
      text: 'The Environmental Protection Agency issued new rules on Monday. || “These rules will save thousands of lives every single year,” the agency said.',
      quote: 'These rules will save',
      speaker: 'Environmental Protection Agency',
    },
    'near miss: two companies named before it leave "the company"': {
      // Written for the shape ("Apple" opening the sentence is dropped by the name rules as a common word).
      text: 'Apple and Google released new phones on Tuesday. || In a statement, the company said it was “deeply committed to the privacy of our users.”',
      quote: 'deeply committed',
      speaker: 'the company',
    },
  },
});
