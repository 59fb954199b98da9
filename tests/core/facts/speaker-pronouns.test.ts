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
    'a man’s given name the lexicon lacks ("Rahm") is skipped by "she"': {
      text: 'Rachel Berg, a donor from New York, came early. || Rahm Klein spoke after the lunch. “I feel bad to say it,” she said.',
      quote: 'I feel bad',
      speaker: 'Rachel Berg',
    },
    'a name both men and women bear ("Lindsey") is no gender: "he" may mean Lindsey Graham': {
      text: 'Lindsey Graham spoke on Monday. “This is a disaster for the party,” he said.',
      quote: 'This is a disaster',
      speaker: 'Lindsey Graham',
    },
    'a title before the given name ("Representative") does not hide it': {
      text: 'Mary Jones spoke first. || Representative Barack Jeffries followed her. “We need a new direction,” she said.',
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
  'a subject with a long appositive or a negated verb is still the subject': {
    'an age, a town and a state abbreviation before "says" ("Brianne Stone, 29, of Huntsville, Ala., says")': {
      text: 'Misha Shah spoke first. “I worry about jobs,” Misha Shah said. || Brianne Stone, 29, of Huntsville, Ala., says her biggest concern is global warming. “We are not going to take any actions,” she says.',
      quote: 'We are not going',
      speaker: 'Brianne Stone',
    },
    'an appositive and an aside before "said" (", for example, said")': {
      text: '“A lot of people had a favorite,” said Dave Majernik. || Brian Murphy, the chairman of the county GOP in New Hampshire, for example, said Trump continued to hurt his cause. “I don’t think it’s cut well for him,” he said.',
      quote: 'I don’t think',
      speaker: 'Brian Murphy',
    },
    'an appositive of three comma groups opening on an age, before any verb': {
      text: 'Misha Shah spoke first. “I worry about jobs,” Misha Shah said. || Ashley Yago, 33, a supporter of Donald Trump who lives in Greeley, Colo., finds herself in a similar job. “I have had two grants,” she said.',
      quote: 'I have had',
      speaker: 'Ashley Yago',
    },
    'a relative clause holding a town and a state, then a negated verb': {
      text: '“We will vote soon,” Mitch McConnell said. || Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, doesn’t see it that way. “Bernie promised to meet with us,” she said.',
      quote: 'Bernie promised',
      speaker: 'Sandy Phillips',
    },
    'near miss: a list of names is no appositive, so the last person quoted keeps the floor': {
      text: 'Misha Shah spoke first. “I worry about jobs,” Misha Shah said. || Ashley Yago, Misha Shah and Donald Trump met in Greeley. “I have had two grants,” she said.',
      quote: 'I have had',
      speaker: 'Misha Shah',
    },
    'near miss: a list of places after a name is no appositive ("Sandy Phillips, Aurora, Colorado, and its mayor")': {
      text: '“We will vote soon,” Mitch McConnell said. || Sandy Phillips, Aurora, Colorado, and its mayor sent flowers. “Bernie promised to meet with us,” he said.',
      quote: 'Bernie promised',
      speaker: 'Mitch McConnell',
    },
    'a negated verb ("didn’t say") makes the name a clause subject': {
      text: '“We will vote soon,” Mitch McConnell said. || Don Stewart didn’t say when the Senate will vote. “I have no announcements,” he said.',
      quote: 'I have no',
      speaker: 'Don Stewart',
    },
    'near miss: a possessive before a negated verb ("Don Stewart’s office did not answer") is no subject': {
      text: '“We will vote soon,” Mitch McConnell said. || Don Stewart’s office did not answer the question. “I have no announcements,” he said.',
      quote: 'I have no',
      speaker: 'Mitch McConnell',
    },
  },
  'a gendered role next to a name tells "he" from "she", whatever the given name': {
    '"X, the mother of …" is a woman, so "he" passes her by': {
      text: 'Kael Dorn spoke in Ohio. || Zorana Pelt, the mother of a fallen soldier, stood silent. “I cannot walk on that stage,” he said.',
      quote: 'I cannot walk',
      speaker: 'Kael Dorn',
    },
    '"X, the father of …" is a man, so "she" passes him by': {
      text: 'Zorana Pelt spoke in Ohio. || Kael Dorn, the father of a fallen soldier, stood silent. “I cannot walk on that stage,” she said.',
      quote: 'I cannot walk',
      speaker: 'Zorana Pelt',
    },
    'near miss: "spokesman" is written for women too, so it gives no gender': {
      text: 'Kael Dorn spoke in Ohio. || Campaign spokesman Zorana Pelt stood silent. “I cannot walk on that stage,” she said.',
      quote: 'I cannot walk',
      speaker: 'Zorana Pelt',
    },
    'near miss: a role inside a relative clause ("who met the mother of …") is not the name’s': {
      text: 'Kael Dorn spoke in Ohio. || Zorana Pelt, who met the mother of a soldier, stood silent. “I cannot walk on that stage,” he said.',
      quote: 'I cannot walk',
      speaker: 'Zorana Pelt',
    },
  },
  'a name in apposition to a leading description is the clause subject': {
    '"The other man, his cousin James York, 40, cited …"': {
      text: 'Jessie Elkins spoke first. “I served,” Jessie Elkins said. || The other man, his cousin James York, 40, cited the war as a danger. “He is talking too much trash,” he said.',
      quote: 'He is talking',
      speaker: 'James York',
    },
    '"And a third, Daniel Traynor, said …"': {
      text: '“I like Kasich,” Dick Dever said. || And a third, Daniel Traynor, said that he was only supporting Cruz. “I prefer Kasich,” he said.',
      quote: 'I prefer',
      speaker: 'Daniel Traynor',
    },
    'near miss: "And Donald Trump, said Sunshine, …" is an inverted clause, so Trump is no subject': {
      text: 'Louise Sunshine worked for him. || And Donald Trump, said Sunshine, who remains friendly with her former boss, does not forgive. “If you let him down, you only have one shot at it,” she said.',
      quote: 'If you let',
      speaker: 'Louise Sunshine',
    },
  },
  'a surname two people share is, for "he" or "she", the one whose gender fits': {
    '"Clinton" with Hillary and Bill Clinton both named, the bare surname left to neither: "she" is Hillary Clinton': {
      text: 'The campaign office of Hillary Clinton in Columbia is a small house on a quiet street. || Dismayed by his memory of Bill Clinton’s years in office, Wayne Borders, a 33-year-old canvasser, is working for Bernie Sanders. || Speaking in Harlem, Clinton, without naming him, also accused Sanders of coming late to racial justice issues. || “You can’t just show up at election time and say the right things,” she said to rousing applause. || Gloria Mayor, one of the volunteers at the Clinton phone bank, makes calls two nights a week.',
      quote: 'You can’t just show up',
      speaker: 'Hillary Clinton',
    },
    'near miss: two women sharing the surname leave "Clinton" unresolved; "she" goes to the woman named before': {
      text: 'The campaign office of Hillary Clinton in Columbia is a small house on a quiet street. || Dismayed by her memory of Chelsea Clinton’s years in office, Wanda Borders, a 33-year-old canvasser, is working for Bernie Sanders. || Speaking in Harlem, Clinton, without naming him, also accused Sanders of coming late to racial justice issues. || “You can’t just show up at election time and say the right things,” she said to rousing applause. || Gloria Mayor, one of the volunteers at the Clinton phone bank, makes calls two nights a week.',
      quote: 'You can’t just show up',
      speaker: 'Wanda Borders',
    },
  },
  'a pronoun carrying on a person’s own sentence tells their gender over the given-name list': {
    // politico_2016-07-27_charter-supporters-make-their-ca (PolNeAR train): "Marty" is listed a man's name.
    '"Walz approaches it … . She said …": "she" is Walz, not Hillary Clinton': {
      text: "“We’re Democrats. We talk a lot. We don’t always agree on things,” said Marty Walz, chair of the Massachusetts DFER advisory council. || Democrat through and through, AFL-CIO president Steven Tolman is certainly on the anti-charter side. || Walz approaches it a bit more diplomatically. She said she'd rather see money spent to elect Hillary Clinton than seeing it spent on the campaign to stop the cap increase. || “They’re essentially trying to defeat opportunity for kids,” she said.",
      quote: 'They’re essentially trying',
      speaker: 'Marty Walz',
    },
    // usa-today_2016-01-05_bill-is-back-hillary-s-husband-o (PolNeAR train).
    'near miss: a name inside a reported clause ("said Hillary Clinton should …") is not what "He" carries on': {
      text: 'Lance Beebe, 49, a Navy veteran who now is a civilian employee of the Air Force, said Hillary Clinton should be ready for questions about her husband. He attended the rally, though he\'s still not sure whether he\'ll vote for Clinton or Vermont Sen. Bernie Sanders. || "I ask my wife, is she going to be ready to hear questions about it?" he said.',
      quote: 'I ask my wife',
      speaker: 'Lance Beebe',
    },
  },
  'a name after "X said" is no inverted clause’s subject': {
    // west-journal_2016-09-03_pence-announces-plans-he-and-tru (PolNeAR train, fold 1).
    '"Pence said Trump will be following …" / "“…,” he said": "he" is Pence': {
      text: 'An NBC reporter who has been asking repeatedly about the release of Republican presidential candidate Donald Trump’s tax returns got an answer he might not have been expecting from Republican vice presidential candidate Mike Pence. || “Donald Trump and I are both going to release our tax returns. I’ll release mine in the next week,” Pence told Chuck Todd of during an interview filed for Sunday’s Meet the Press. || Pence said Trump will be following a different schedule. || “Donald Trump will be releasing his tax returns at the completion of an audit,” he said.',
      quote: 'Donald Trump will be releasing',
      speaker: 'Mike Pence',
    },
    // usa-today_2015-12-14_on-the-islamic-state-a-split-mos (PolNeAR train, fold 1): the inverted clause still counts.
    'near miss: "…,” said Christopher Preble, … / “…,” he said" keeps the inverted clause’s subject': {
      text: 'Mostly, they’ve offered colorful language about dropping bombs. Cruz said he’d make sand "glow in the dark," for instance, and Trump vowed to "bomb the hell" out of the Islamic State, also known as ISIL or ISIS. || "The same criticism of President Obama\'s strategy with respect to ISIS can be leveled against virtually all of his critics," said Christopher Preble, vice president for defense and foreign policy studies at the Cato Institute, a libertarian policy group. "This debate is misleading," he said.',
      quote: 'This debate is misleading',
      speaker: 'Christopher Preble',
    },
  },
  'a person introduced with an appositive and a copula is the paragraph’s topic': {
    // politico_2016-07-02_sanders-california-supporters-ca (PolNeAR train, fold 1); the first paragraph stands for the
    // article's earlier full names.
    '"Naureen Jahangir, a Sanders supporter …, is among those …" / "Choosing between Clinton and Sanders … she said"': {
      text: "Hillary Clinton and Bernie Sanders spoke in Los Angeles. || State party chairman John Burton has also implored state party delegates to unite and focus on Trump. “We’ve got a common enemy for almost anybody decent,” Burton told state delegates recently. “Donald Trump.” || Naureen Jahangir, a Sanders supporter from Hemet, California, is among those who say they have no intention of backing Clinton. The Sanders campaign was the first time she had been politically involved, and she doesn’t think Clinton can address the issues that Sanders raised during the primary. || Choosing between Clinton and Sanders is a “false choice, because it's a choice between Clinton, Trump, Gary Johnson, and Dr. Jill Stein, at the very least,” she said.",
      quote: 'false choice',
      speaker: 'Naureen Jahangir',
    },
  },
  'an irregular past tense makes a clause subject': {
    // wash-post_2016-02-21_oregon-occupier-uses-st-amendmen (PolNeAR train, fold 0).
    '"Mosman saw Santilli’s words differently: “…,” he said" is Mosman, not the attorney before': {
      text: 'And, in a clip that U.S. District Judge Michael W. Mosman called "distasteful," Santilli expressed a desire to "try, convict and shoot Hillary Clinton." || Santilli\'s attorney, Thomas Coan, argued that his client was not to be taken seriously: His words were the bloviations of a "shock jock," "an entertainer," but also a "new-media journalist." Mosman saw Santilli\'s words differently: "When he says he will die a free man, I don\'t take that as a man who is joking about it," he said.',
      quote: 'When he says',
      speaker: 'Michael W. Mosman',
    },
  },
  'a person introduced with a dashed appositive and a copula takes the floor from the last speaker': {
    // usa-today_2016-07-18_convention-is-trump-s-chance-to- (PolNeAR train, fold 0).
    '"Whit Ayres -- author of … -- is skeptical …" / "“His better bet …,” he said" after Podesta\'s words': {
      text: 'To be sure, the Clinton campaign is trying to make Trump\'s outreach to women more difficult. Fifteen minutes after Pence was picked as Trump\'s running mate, Clinton campaign chairman John Podesta called the Indiana governor "the most extreme pick in a generation" and someone who had "threatened women\'s privacy and limited their choice" by signing one of the nation\'s most restrictive anti-abortion laws. || Republican pollster Whit Ayres -- author of 2016 and Beyond, which in the wake of the party\'s defeat in 2012 urged the GOP to focus on appealing to the nation\'s increasingly diverse electorate -- is skeptical Trump can overcome his provocative statements about women and others. But the candidate could try to change the subject. || "His better bet is to try to get them to focus on something else," he said.',
      quote: 'His better bet',
      speaker: 'Whit Ayres',
    },
  },
  'a short sentence "X was <state>." takes the floor for the next pronoun quote': {
    // politico_2016-01-31_clinton-rolls-out-special-charac (PolNeAR train, fold 1).
    '"Guessford was shocked to get …" / "“…!” she said" after Ebeling\'s words': {
      text: '“This is one of Hillary’s friends from sixth grade,” Tom told Annette Guessford, who answered her door Sunday afternoon and said she planned to caucus for Clinton. || “We live in Chicago,” Ebeling said. “We came today because she’s a good girl. We need a mom in there.” || Guessford was shocked to get a personal call from a close childhood friend. “I’m honored!” she said. “It’s giving me kind of goosebumps. If ever get to shake Hillary’s hand I’m going to say, I met your best friend, Betsy.”',
      quote: 'It’s giving me',
      speaker: 'Annette Guessford',
    },
    // nyt_2015-11-10_netanyahu-and-obama-a-tortured-r (PolNeAR train, fold 1).
    "\"Mr. Netanyahu was impressed.\" / \"''…,'' he told advisers\" after Rhodes's words": {
      text: "Mr. Obama and Mr. Netanyahu first met in 2007 when their aides hastily arranged a chat at Ronald Reagan Washington National Airport, in a janitor's office. Mr. Netanyahu, then in the opposition, was heading home, and Mr. Obama, running for president, was returning from the campaign trail. They ''actually had chemistry,''  said Benjamin J. Rhodes, the president's deputy national security adviser. || Mr. Netanyahu was impressed. ''He's got it, he can beat Hillary,'' he told advisers afterward.",
      quote: "He's got it",
      speaker: 'Netanyahu',
    },
    'near miss: a copula with a noun phrase ("X is a friend of hers") leaves the floor to the last person quoted': {
      text: 'Betsy Ebeling knocked on doors in Iowa. || “We live in Chicago,” Ebeling said. “We came today because she’s a good girl. We need a mom in there.” || Annette Guessford is a friend of hers. “It’s giving me kind of goosebumps,” she said.',
      quote: 'It’s giving me',
      speaker: 'Betsy Ebeling',
    },
  },
  'a name between "the" and a noun names a thing, not someone a pronoun means': {
    // nyt_2016-08-01_with-ailes-out-and-murdoch-in-wh (PolNeAR train, fold 1).
    '"The Murdoch outlets have been standing in the way, he said" is the strategist\'s': {
      text: "The Roger Ailes we know, the one who built a conservative-leaning network from scratch and enforced its philosophy without compromise, would not exist if not for his corporate patron, Rupert Murdoch. || David Fenton, a longtime strategist for progressive causes whose agency, Fenton, made the ads, said its main goal was to push a bipartisan solution in the form of a carbon trading system. The Murdoch outlets have been standing in the way, he said, by creating a ''false reality bubble denying science'' that scares amenable Republican politicians away from the cause.",
      quote: 'false reality bubble',
      speaker: 'David Fenton',
    },
  },
  'the person asked answers: "X asked Y whether …" / "“…,” he said"': {
    // huff-post_2016-01-17_bernie-sanders-to-release-medica (PolNeAR train, fold 2).
    '"Scott Conroy asked Sanders whether …" is Sanders\'s answer, not the interviewer\'s': {
      text: 'Sen. Bernie Sanders (I-Vt.) said he will make his medical health records available to the public. || “Of course we’re going to release our medical records,” Sanders said during an interview on CNN’s “State of the Union” Sunday. || The report prompted a rare public reprimand from the chair of Clinton’s campaign. || Last month, The Huffington Post’s Scott Conroy asked Sanders whether questions about his health and age were fair game in the campaign. || “Sure it is. I would not have run if I was not blessed, and I’m very, very thankful,” he said.',
      quote: 'Sure it is',
      speaker: 'Bernie Sanders',
    },
    // huff-post_2016-02-24_marco-rubio-you-don-t-win-the-no (PolNeAR train, fold 2).
    '"Earhardt then asked Rubio which states …" after the host\'s words': {
      text: 'With four Republican nominating contests in the books, Florida Sen. Marco Rubio has managed to earn finishes ranging from second to fifth place. || “But which states can you win?” Ainsley Earhardt said. || Earhardt then asked Rubio which states specifically he could win. || “Well, we feel great in every one of those states. We’re going to pick up delegates in all of them,” he said.',
      quote: 'Well, we feel',
      speaker: 'Marco Rubio',
    },
    'near miss: "X asked Y to …" is a request, and X stays the subject': {
      text: 'Jeb Bush met donors in Miami on Tuesday. || Jeb Bush asked Marco Rubio to drop out of the race before Florida votes. || “It is time for the party to unite,” he said.',
      quote: 'It is time',
      speaker: 'Jeb Bush',
    },
  },
  "a colon clause opening on a subject pronoun is the pronoun's, not its object's": {
    // breitbart_2016-04-01_hillary-clinton-gets-testy-on-ca (PolNeAR train, fold 2).
    '"She then addressed the supporters again: “…”" is Clinton\'s': {
      text: 'The race for the Democratic nomination is taking on a testier tone, with front-runner Hillary Clinton aggressively taking on protesters loyal to her opponent Sen. Bernie Sanders twice Thursday. || “I have earned 9 million votes in this election. I have 1 million more votes than Donald Trump and I have 2.5 million more votes than Bernie Sanders,” Clinton said. || She then addressed the supporters again: “Here is what I regret. I regret they don’t want to listen to anybody else.”',
      quote: 'Here is what I regret',
      speaker: 'Hillary Clinton',
    },
    '"Then he turned to the crowd: “…”" is not the crowd\'s': {
      text: 'Donald Trump spoke for an hour in Mobile on Friday night. || Then he turned to the crowd: “We are going to win so much, you will be tired of winning.”',
      quote: 'We are going to win',
      speaker: 'Donald Trump',
    },
    'near miss: a named subject keeps its name ("Trump also criticized the governor:")': {
      text: 'Jeb Bush spoke in Miami on Friday. || Donald Trump also criticized the governor: “He has done a terrible job for the people of this state.”',
      quote: 'He has done',
      speaker: 'Donald Trump',
    },
  },
};

speakerTable('speaker pronouns', cases);
