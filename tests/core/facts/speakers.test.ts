// The speaker sieve, rule by rule: each case is the sentence a rule exists for, or the near miss it must not
// catch (then the expected speaker is null or stays the description). Paragraphs are separated by " || ".
// Sentences are written after patterns found on PolNeAR train (bench/polnear), not copied from it.
import { speakerTable, type SpeakerCase } from './speaker-table';

const cases: Record<string, Record<string, SpeakerCase>> = {
  'explicit cues': {
    'X said': {
      text: 'Voters in Ohio came out early. || “We will win this state,” Hillary Clinton said.',
      quote: 'We will win',
      speaker: 'Hillary Clinton',
    },
    'said X, appositive': {
      text: 'Voters came out. || “We will win this state,” said Jane Doe, a spokeswoman for the campaign.',
      quote: 'We will win',
      speaker: 'Jane Doe',
    },
    'according to X': {
      text: 'The Senate met. || The plan is “dead on arrival in the Senate,” according to Senator Mitch McConnell.',
      quote: 'dead on arrival',
      speaker: 'Mitch McConnell',
    },
    'X told … :': {
      text: 'Bernie Sanders told reporters: “The system is rigged against working people.”',
      quote: 'The system',
      speaker: 'Bernie Sanders',
    },
    'X wrote in a statement': {
      text: 'Jeb Bush wrote in a statement: “This is a sad day for our party.”',
      quote: 'This is a sad',
      speaker: 'Jeb Bush',
    },
    'the nearest verb, not the asker': {
      text: 'Paul Ryan met reporters in Washington on Thursday. || Asked if the comments had rattled them, Ryan said, “Sure. I get that, too.”',
      quote: 'Sure.',
      speaker: 'Paul Ryan',
    },
    'a participle takes the sentence subject': {
      text: 'Bernie Sanders spoke on Monday. || In an interview, Sanders said the process could be “messy,” adding, “Democracy is messy.”',
      quote: 'Democracy',
      speaker: 'Bernie Sanders',
    },
    'a state abbreviation in the appositive does not end the sentence': {
      text: "Twenty-four percent said she did nothing wrong. || ''I just don't think she has been truthful,'' Cecelia Purner, 67, a retired representative in Allentown, Pa., said in a follow-up interview. But, she added, ''I think she will make a good president.''",
      quote: 'I think she will',
      speaker: 'Cecelia Purner',
    },
    'a party-and-state label does not end the clause': {
      text: 'Harry Reid spoke after the vote. || Senate Minority Leader Harry M. Reid (D-Nev.) told reporters that he had spoken to Jeh Johnson and that "I think you will find a pause in these deportations."',
      quote: 'I think you will',
      speaker: 'Harry M. Reid',
    },
    'an inner quotation closing with the outer one (NYT triple apostrophe)': {
      text: "Paul Ryan spoke. || ''Most Republican voters will not be satisfied with 'We will bomb them,''' said Tommy Vietor, a former spokesman.",
      quote: 'Most Republican voters',
      speaker: 'Tommy Vietor',
    },
    '"As X had written"': {
      text: "Hollywood changed. || As the columnist Louella Parsons had written a few years earlier, ''We just could not have a motion picture industry without him.''",
      quote: 'We just could not',
      speaker: 'Louella Parsons',
    },
    'an inner quotation closing before the outer mark, with a space between': {
      text: `Donald Trump and Ron Magel came to the rally. || "They treat it like, 'Oh, this is important,' " Magel said at the rally. "But nobody cares about the rest."`,
      quote: 'They treat it',
      speaker: 'Ron Magel',
    },
    'a long writer’s clause before "…, X said"': {
      text: 'Buddy Dyer and Wilfredo Amr Ruiz spoke at the mosque. || "We are frustrated and horrified" by the mass shooting at a gay nightclub in Orlando that had drawn worldwide attention and more local scrutiny, Ruiz said.',
      quote: 'We are frustrated',
      speaker: 'Wilfredo Amr Ruiz',
    },
    'the characterising verb nearest the quote': {
      text: 'In a clip that Judge Michael Mosman called "distasteful and wrong," Pete Santilli expressed a desire to "try, convict and shoot" his opponents.',
      quote: 'try, convict',
      speaker: 'Pete Santilli',
    },
    'near miss: a weekday before the verb is not the speaker': {
      text: 'Bernie Sanders spoke in Iowa. || It has become a presence on the trail, and Sanders during a Sunday thanked its members "for their support in my campaign."',
      quote: 'for their support',
      speaker: 'Bernie Sanders',
    },
    'a present-tense reporting verb: "X concludes"': {
      text: 'Ted Cruz has been backed by Richard Viguerie for months. || “Cruz could win the general election in a landslide,” Viguerie concludes.',
      quote: 'Cruz could win',
      speaker: 'Richard Viguerie',
    },
    'NYT double apostrophes are quotation marks': {
      text: "Geoff Garin is a pollster in Washington. || ''This is a big deal for us,'' said Mr. Garin, a Democrat.",
      quote: 'This is a big deal',
      speaker: 'Geoff Garin',
    },
    'a capitalised verb-word inside a name is no reporting verb': {
      text: 'Paul Ryan spoke. || Mr. Ryan said Mr. Trump’s criticism of the judge, Gonzalo Curiel of United States District Court, was “the textbook definition of a racist comment.”',
      quote: 'the textbook',
      speaker: 'Ryan',
    },
    '"states" after a determiner is a noun, not the verb': {
      text: 'Ted Cruz spoke. || Cruz said in Buffalo, New York, that states can pass such laws because “men should not be going there.”',
      quote: 'men should not',
      speaker: 'Cruz',
    },
    'near miss: "states" after a subject is still the verb': {
      text: 'The Pentagon released a report on Monday. || The report states that “the program is years behind schedule.”',
      quote: 'the program',
      speaker: 'The report',
    },
  },
  'head name of the speaker phrase': {
    'a name inside a described speaker is not the speaker': {
      text: 'Ted Cruz left the race. || “That can go a long way,” said a senior Cruz adviser.',
      quote: 'That can go',
      speaker: 'a senior Cruz adviser',
    },
    'a noun between two names: the second is the head': {
      text: 'Ted Cruz spoke in Houston. || “That is treason, plain and simple,” said Cruz constituent Dan Golvach.',
      quote: 'That is treason',
      speaker: 'Dan Golvach',
    },
    'near miss: a verb between two names leaves the first as subject': {
      text: 'Donald Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation.”',
      quote: 'had a crazy policy',
      speaker: 'Donald Trump',
    },
    'the writer’s words between the quote and an inverted "said X"': {
      text: '“We’re extremely happy” about the decision, said RoseAnn DeMoro, executive director of the union.',
      quote: 'We’re extremely happy',
      speaker: 'RoseAnn DeMoro',
    },
    'a name and its verb before a colon': {
      text: 'Chris Christie watched the debate. || And Mr. Christie gloated: “I told you he would not be ready.”',
      quote: 'I told you',
      speaker: 'Chris Christie',
    },
    'a name before a role noun only modifies it': {
      text: '“We expect to do well in Iowa,” said Huckabee spokeswoman Alice Stewart.',
      quote: 'We expect',
      speaker: 'Alice Stewart',
    },
    'a possessive modifies the appositive name': {
      text: "Sanders's campaign manager, Jeff Weaver, said: “California stuck out as a place to win.”",
      quote: 'California',
      speaker: 'Jeff Weaver',
    },
    'a relative clause does not speak': {
      text: '“This position has always been one you get by marriage,” Melanne Verveer, who served as Hillary Clinton’s chief of staff, told CBS News.',
      quote: 'This position',
      speaker: 'Melanne Verveer',
    },
    'a long appositive after the name': {
      text: '"Working our way up to $15 an hour will let me stop borrowing money from my father," Valdez Anderson, who works at a heating and air-conditioning company in Sacramento, said on a media call.',
      quote: 'Working our way',
      speaker: 'Valdez Anderson',
    },
    'a long appositive closing before the verb, the quote after it': {
      text: 'Valdez Anderson, who works at a heating and air-conditioning company in Sacramento, said: "A gradual increase would let me save money for my daughter."',
      quote: 'A gradual increase',
      speaker: 'Valdez Anderson',
    },
    'the subject of a coordinated verb': {
      text: 'When asked whom she supported, Maureen Sherry smiled and said, “I am waiting for Michael Bloomberg.”',
      quote: 'I am waiting',
      speaker: 'Maureen Sherry',
    },
    'a later quotation does not hide the trailing "…, X said." that closes the sentence': {
      text: 'The group backed Sanders in the primary. || His endorsements will carry “a great deal of weight” and bring candidates the “grass-roots firepower” they need to win, DFA spokesman Neil Sroka said.',
      quote: 'a great deal',
      speaker: 'Neil Sroka',
    },
    'near miss: a trailing clause that is not a name after the later quotation gives no speaker': {
      text: 'The group backed Sanders in the primary. || His endorsements will carry “a great deal of weight” and bring candidates the “grass-roots firepower” they need to win, some say.',
      quote: 'a great deal',
      speaker: null,
    },
  },
  'partial quotes': {
    'a characterising verb': {
      text: 'Donald Trump called the deal “the worst deal ever made.”',
      quote: 'the worst deal',
      speaker: 'Donald Trump',
    },
    'a pronoun closing the clause before the verb': {
      text: 'Donald Trump held a rally in Ohio. || The crowd cheered in Columbus, where he erroneously said that “thousands of people were cheering.”',
      quote: 'thousands',
      speaker: 'Donald Trump',
    },
  },
  'carried speakers': {
    'a continuation paragraph': {
      text: '“We will fight,” Hillary Clinton said. “And we will win the fight. || “Every single vote counts in the end.”',
      quote: 'Every single vote',
      speaker: 'Hillary Clinton',
    },
    'the second half of an interrupted quote': {
      text: 'Marty Baron runs the newsroom of the paper. || “It’s not our role to build up a campaign,” Mr. Baron said. “It’s our role to be skeptical.”',
      quote: 'It’s our role',
      speaker: 'Marty Baron',
    },
  },
  pronouns: {
    '"she" skips the nearer man': {
      text: 'Hillary Clinton met Donald Trump on stage in St. Louis. || “I was ready for the debate tonight,” she said.',
      quote: 'I was ready',
      speaker: 'Hillary Clinton',
    },
    'the subject, past a title in the same sentence': {
      text: "Greg Raiff, chief executive of Private Jet Services, said the jet was unusual for a man of Mr. Trump's wealth. ''Buying a 25-year-old 757 is like buying a bag of Cheetos,'' he said.",
      quote: 'Buying',
      speaker: 'Greg Raiff',
    },
    'the last person quoted keeps the floor': {
      text: 'Conservative leader Brent Bozell praised Ted Cruz on Monday. || “It’s clear cut that you are either with the establishment or you are with Ted Cruz,” Bozell says. || “It is the Republican party that has disdain for conservatives,” he adds.',
      quote: 'It is the Republican',
      speaker: 'Brent Bozell',
    },
    'a possessive named after the speaker does not take the floor': {
      text: 'Mark Weddle, 55, started work at the plant 24 years ago. || “I have two brothers-in-law from Mexico,” he said, explaining why he disagrees with Mr. Trump’s stance. But when it comes to the plant, “we have all worked hard for years,” he said.',
      quote: 'we have all worked',
      speaker: 'Mark Weddle',
    },
    'the clause subject, not a name in a leading phrase': {
      text: 'Former House speaker Newt Gingrich noted that both Obama and Biden survived such criticism. || Of the scrutiny over Melania Trump’s speech, he said, “It is a little much.”',
      quote: 'It is a little much',
      speaker: 'Newt Gingrich',
    },
    'a subject right after an NYT closing mark is a subject': {
      text: "Joe Biden and Hillary Clinton spoke in Scranton. || ''Because they are worried,'' Mr. Biden said beside Mrs. Clinton. He added that the danger had grown because of Mr. Trump's remarks, which included the suggestion that President Obama was the ''founder'' of the group. ''This guy's shame has no limits at all,'' he said.",
      quote: "This guy's shame",
      speaker: 'Joe Biden',
    },
    'near miss: a new subject after the last quote takes the floor': {
      text: '“We will win,” Mark Weddle said. || Later, Scott Slinker, a 55-year-old entrepreneur, gave the campaign $250. || “They are just not vocal about it,” he said.',
      quote: 'They are just not',
      speaker: 'Scott Slinker',
    },
    'a lowercase role before the name keeps the subject ("Former federal prosecutor X said")': {
      text: 'On Tuesday, FBI Director James Comey said he was “very close” to the inquiry. || Former federal prosecutor Glen Kopp said it is not surprising that agents want to interview her aides. “They are within the zone of interest of the investigation,” he said.',
      quote: 'They are within',
      speaker: 'Glen Kopp',
    },
    'near miss: a plural or a verb before the name is no role ("Supporters cheered X")': {
      text: 'Donald Trump spoke in Iowa on Monday. || Supporters cheered Ted Cruz at the fair. “We will win this state,” he said.',
      quote: 'We will win',
      speaker: 'Donald Trump',
    },
    'a reflexive after the subject ("Obama himself seemed")': {
      text: 'Bill Clinton spoke in Iowa. “I never begrudged it,” he said. || Obama himself seemed to recognize the significance of the victory. “Years from now, you will look back,” he said in his speech.',
      quote: 'Years from now',
      speaker: 'Obama',
    },
    'an age before the appositive keeps the subject ("X, 24, who was visiting …, told me")': {
      text: 'The columnist David Auerbach went so far as to say the site is over. || Jacob Shiansky, 24, who was visiting Manhattan from South Carolina, told me that he could not remember his password. “It is all Facebook and Snapchat now,” he said.',
      quote: 'It is all',
      speaker: 'Jacob Shiansky',
    },
    'near miss: a name in a subordinate clause with no comma ("After Mr. Trump took …") is no subject': {
      text: "After Mr. Trump took possession of the jet in 2011 he made a number of changes. || Greg Raiff, chief executive of Private Jet Services, an aviation consulting firm, said the jet was unusual for a man of Mr. Trump's wealth. ''Buying a 25-year-old 757 is like buying a bag of Cheetos,'' he said.",
      quote: 'Buying a 25',
      speaker: 'Greg Raiff',
    },
    'near miss: a bare pronoun with nobody named is no speaker': {
      text: 'The ballroom was quiet before the speech began on Tuesday. || “Happy holidays to all of you,” he tweeted.',
      quote: 'Happy holidays',
      speaker: null,
    },
  },
  descriptions: {
    'a statement is its issuer’s': {
      text: 'The Clinton Foundation issued a statement on Monday about its donors. || “We have always been careful about donors,” the statement said.',
      quote: 'We have always',
      speaker: 'Clinton Foundation',
    },
    'a role is the person just quoted': {
      text: 'Senator Jeff Sessions arrived late to the hearing. || “We should vote now,” Sessions said. || “The vote is today,” the 69-year-old said.',
      quote: 'The vote is today',
      speaker: 'Jeff Sessions',
    },
    'near miss: a role with nobody quoted before stays a description': {
      text: 'Voters waited for hours in the rain outside the hall. || “The vote is today,” the 69-year-old said.',
      quote: 'The vote is today',
      speaker: 'the 69-year-old',
    },
    'near miss: a bare "it" with no organisation named is no speaker': {
      text: 'Officials met on Monday. || The process of writing the platform could be, as it said, “long and very messy for everyone.”',
      quote: 'long and very messy',
      speaker: null,
    },
    'near miss: "nobody" is not a speaker': {
      text: 'The report was “deeply flawed in every way,” but nobody said why.',
      quote: 'deeply flawed',
      speaker: null,
    },
  },
};

speakerTable('speaker sieve', cases);
