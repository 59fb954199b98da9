// Who said what, thirty-first round (wave 24). Five shapes where a phrase that cannot speak was given as the speaker:
// (1) a short opening phrase before an inverted verb ("In other words, explained CBS moderator Nancy Cordes: …") was
// read as the verb's subject; (2) an existential lead-in before a colon ("Then there was the most obvious change of
// all: …") was read as a speaker, hiding the "…," exhorted X" after the quote; (3) a hometown's comma ("Stacy Baker
// of Columbia, South Carolina says") cut the subject to the state; (4) a verb inside a relative clause after a partial
// quote ("… of the principle of common standards, which he argued …") was read as the quote's clause; (5) a role a
// name modifies ("the Lincoln actor") was resolved to the person that name belongs to; (6) a sentence opening on a
// participle ("Adding, “…”") had no speaker, though it continues the sentence before; (7) an inverted "said X" after a
// writer's clause of several commas was not read; (8) "I said" in a first-person narrative was resolved to the
// nearest person named, never the writer; (9) "Republican Rep. Lee Zeldin of New York" kept "of New York" in the
// name (a party word before the title hid the title). Real sentences from PolNeAR
// train (named below), else written for the shape and marked so. Paragraphs " || ".
import { speakerTable } from './speaker-table';

speakerTable('round 31', {
  'an inverted verb after a short opening phrase names the speaker after it': {
    '"In other words, explained CBS moderator Nancy Cordes:"': {
      // wash-post_2015-11-16_clinton-s-missteps-at-debate-arm (PolNeAR train, fold 1).
      text: 'In other words, explained CBS moderator Nancy Cordes: "What does that have to do with taking big donations?"',
      quote: 'What does that have',
      speaker: 'Nancy Cordes',
    },
    '"Later that night, wrote Smith:" (written for the shape)': {
      text: 'Later that night, wrote the senator’s aide Maria Lopez: "We are not going to give up on this bill."',
      quote: 'We are not going',
      speaker: 'Maria Lopez',
    },
  },
  'an existential lead-in before a colon names no one': {
    '"Then there was the most obvious change of all: “…,” exhorted … Jamie Lee Curtis"': {
      // wash-post_2016-06-01_voters-skeptical-as-clinton-vows (PolNeAR train, fold 2).
      text: 'A Clinton presidency, she vowed, would bring better-paying jobs. Then there was the most obvious change of all: "It\'s about time that we had a woman running this country," exhorted Clinton\'s introducer, actress Jamie Lee Curtis.',
      quote: "It's about time",
      speaker: 'Jamie Lee Curtis',
    },
    'with no clause after the quote, no speaker (written for the shape)': {
      text: 'Then there was the sign on the door of the closed shop: "We will be back when the war is over, God willing."',
      quote: 'We will be back',
      speaker: null,
    },
  },
  'a hometown and its state stay in the subject': {
    '"Stacy Baker of Columbia, South Carolina says"': {
      // breitbart_2016-02-20_the-latest-hillary-clinton-tells (PolNeAR train, fold 0).
      text: 'Stacy Baker of Columbia, South Carolina says she really thinks Cruz can pull off a win if he keeps “doing what he’s doing.”',
      quote: 'doing what he',
      speaker: 'Stacy Baker',
    },
    '"Mary Jones of Dayton, Ohio, said" (written for the shape)': {
      text: 'Mary Jones of Dayton, Ohio, said she would “never vote for him again, not after this.”',
      quote: 'never vote for him',
      speaker: 'Mary Jones',
    },
  },
  'a verb in a relative clause after a partial quote does not introduce it': {
    '"Wilcox said he was “a big advocate” of the principle …, which he argued"': {
      // politico_2016-05-23_senate-candidates-stake-out-a-ra (PolNeAR train, fold 2).
      text: 'Wilcox said he was “a big advocate” of the principle of common standards, which he argued help ease educational disruptions for students who transfer often across state lines, like those in military families.',
      quote: 'a big advocate',
      speaker: 'Wilcox',
    },
  },
  'a role a name modifies is not that name': {
    '"the Lincoln actor says" after a paragraph naming Abraham Lincoln': {
      // After wash-post_2016-08-28_in-crazy-election-gary-johnson-s (PolNeAR train, fold 3); the paragraph before is
      // written so that Lincoln is the only person near.
      text: 'Abraham Lincoln was president. || "It\'s like a two-horse race where one horse cheats and the other one eats Muslims," the Lincoln actor says of the Clinton-Trump race.',
      quote: "It's like a two-horse race",
      speaker: 'the Lincoln actor',
    },
    'near miss: "the governor said" after the one governor still points back at him': {
      // Written for the shape.
      text: 'Andrew Cuomo gave his daily briefing on Monday. || "We are doing well on the testing front," the governor said.',
      quote: 'We are doing well',
      speaker: 'Andrew Cuomo',
    },
  },
  'a sentence opening on a participle continues the sentence before': {
    '"Maher stated … “wasn’t good.” Adding, “Now, …”"': {
      // breitbart_2016-05-27_sanders-clinton-email-story-has- (PolNeAR train, fold 2).
      text: 'Later in the show, after the Sanders interview concluded, Maher stated of the email scandal that the State Department IG’s report “wasn’t good.” Adding, “Now, like with all Clinton scandals, what they actually do is never that bad. … It’s always how they handle it.”',
      quote: 'Now, like with all',
      speaker: 'Maher',
    },
  },
  'an inverted "said X" after a writer’s clause of several commas': {
    '"…, forcing her to fend off both Trump and Sanders, said Brad Bannon, a Democratic pollster"': {
      // usa-today_2016-06-03_calif-win-could-help-sanders-mak (PolNeAR train, fold 4).
      text: 'That would create a "summer of agony" for Clinton leading up to the convention, forcing her to fend off both Trump and Sanders, said Brad Bannon, a Democratic pollster and consultant.',
      quote: 'summer of agony',
      speaker: 'Brad Bannon',
    },
  },
  'the first person outside a transcript is the writer, not the nearest name': {
    '"“Okay,” I said" after a paragraph naming the lawyer': {
      // After breitbart_2015-11-19_exclusive-excerpt-dinesh-d-souza (PolNeAR train, fold 2), shortened.
      text: 'When I began to speak I saw Ben Brafman’s surprise, and the judge interrupted me. || I was not off to a good start. “Okay,” I said, attempting to regroup. “I was seventeen years old when I set foot in America.”',
      quote: 'I was seventeen years old',
      speaker: null,
    },
  },
  'a party word before a title does not keep the hometown in the name': {
    '"Republican Rep. Lee Zeldin of New York, a Trump supporter, said" … “…,” he said': {
      // breitbart_2016-05-12_trump-ryan-pledge-to-work-togeth (PolNeAR train, fold 4).
      text: 'Republican Rep. Lee Zeldin of New York, a Trump supporter, said it will help both the candidate and the speaker if they can work through their differences. || “I don’t think it’s do or die, any endorsement in particular,” he said outside the building.',
      quote: 'I don’t think it’s do or die',
      speaker: 'Lee Zeldin',
    },
  },
  'from hold-out 11 (read after its blind run): a stray mark, a bare "one"': {
    '"he bypassed the question for a second time saying "“It’s …": the pronoun subject, not the object': {
      // traf-corkbeo-level (hold-out 11), shortened: a doubled opening mark hid the participle's clause.
      text: 'Stephen Donnelly was asked about the new restrictions. || Speaking on Morning Ireland he bypassed the question for a second time saying "“It’s not about who’s right and who’s wrong, it’s about trying to make the best decision we can."',
      quote: '“It’s not about who',
      speaker: 'Stephen Donnelly',
    },
    '"“…,” read one." names nobody': {
      // traf-latimes-bloomberg (hold-out 11), shortened.
      text: 'The plaques were mocked online. || “If women wanted to be appreciated for their brains, they would go to the library instead of Bloomingdale’s,” read one.',
      quote: 'If women wanted',
      speaker: null,
    },
  },
  'a relative clause’s antecedent that is people described, not a name, speaks': {
    '"… by his show’s listeners, who wondered if “…”", then “…,” he said': {
      // huff-post_2016-02-01_here-s-why-winning-iowa-could-br (PolNeAR train, fold 3), shortened: the name the
      // sentence opened on was given for the listeners' words, and then held the floor for Madison's own.
      text: 'Joe Madison, a D.C.-based talk radio host, recalled in 2008 that before Iowa, Obama wasn’t treated as credibly by his show’s listeners, who wondered if “he would be the token black in the debate.” || “I hate to put it that way, but I’m certain that’s how folks looked at it,” he said.',
      quote: 'I hate to put it',
      speaker: 'Joe Madison',
    },
    'near miss: "Democrats across the country, who highlighted …" is not "the country"': {
      // breitbart_2016-05-24_in-two-front-war-clinton-targets (PolNeAR train, fold 4), shortened, with a paragraph
      // before it naming both in full as the article does.
      text: 'Hillary Clinton went after Donald Trump on Tuesday over the housing crisis. || Clinton’s attacks were echoed by her campaign and Democrats across the country, who highlighted comments Trump made in 2006 saying he “sort of hopes” the housing bubble would burst because “people like me could make a lot of money.”',
      quote: 'people like me could',
      speaker: 'Donald Trump',
    },
  },
  'a body named by its kind is the one organisation of that kind named before': {
    '"explained the court in its ruling" paragraphs after "4th District Court of Appeal"': {
      // traf-californiaglobe-amazon (hold-out 11), shortened; the article's second court ("CA Appellate Court") is
      // left out here: with two courts named, "the court" stays the description.
      text: 'On Thursday, California’s 4th District Court of Appeal in Santa Ana found that Amazon.com can now be held liable for injury. || The case began with a laptop battery bought from a third-party seller. || “Amazon placed itself between Lenoge and Bolger in the chain of distribution of the product at issue here,” explained the court in its ruling.',
      quote: 'Amazon placed itself',
      speaker: 'District Court of Appeal',
    },
  },
});
