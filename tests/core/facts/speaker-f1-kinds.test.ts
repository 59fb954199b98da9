// Where quote+speaker F1 is lost (twenty-first round): each rule for the largest kinds of train's lost quotes, with
// the real sentence it was written for and a near miss. Paragraphs are separated by " || ".
import { speakerTable, type SpeakerCase } from './speaker-table';

const cases: Record<string, Record<string, SpeakerCase>> = {
  'pronouns carried to the paragraph after a named reporting clause': {
    '"also" before the verb after a long appositive ("RoseAnn DeMoro, executive director of …, a union that …, also said")':
      {
        // The New York Times, 2016-05-19 (train).
        text: "''We will be reaching out to the leadership of both of our campaigns,'' she said. || Debbie Wasserman Schultz, the party chairwoman, spoke on Tuesday. ''Our democracy is undermined any time threats are present,'' she said. || But the protest effort enjoys some institutional support. RoseAnn DeMoro, executive director of National Nurses United, a union that has endorsed Mr. Sanders and that has been busing its members across the country to campaign for him, also said her group planned to take part in demonstrations at the convention. || ''We will be a significant force inside and a significant force outside,'' she said.",
        quote: 'We will be a significant force',
        speaker: 'RoseAnn DeMoro',
      },
    'near miss: a name after "also" in an object is no reporting subject': {
      text: "''Our democracy is undermined any time threats are present,'' Debbie Wasserman Schultz said. || The party also said it would meet RoseAnn DeMoro, executive director of National Nurses United, next week. || ''We will not be intimidated,'' she said.",
      quote: 'We will not be intimidated',
      speaker: 'Debbie Wasserman Schultz',
    },
  },
  'a name apposed to a leading described subject': {
    'the verb after the name is the name’s, and it takes the floor ("One local woman, Karen Robison, pulled Rep. King aside")':
      {
        // Politico, 2016-01-27 (train).
        text: 'Grant Young, another unaligned Iowa Republican strategist, said there are advantages for a front-runner like Cruz to showing up in remote areas. “People are going to talk about that for the rest of the week,” Young said. || At the barn in Osceola, Cruz drew one of his smaller crowds of the month— but still a crush of correspondents and cameras. One local woman, Karen Robison, pulled Rep. King aside after the event. || “I’m so glad you don’t forget Osceola,” she told him.',
        quote: 'I’m so glad',
        speaker: 'Karen Robison',
      },
    'near miss: a name’s possessive leading the subject does not take the floor ("Schilling\'s son, Grant, defended his father")':
      {
        // The New York Times, 2016-04-21 (train).
        text: "Curt Schilling, the former pitcher, said on Facebook that he had been fired. || Schilling's son, Grant, defended his father Tuesday on Facebook. || Last month, he waded into politics on a Kansas City radio station when he suggested that Hillary Clinton ''should be buried under a jail somewhere'' if she gave out classified information.",
        quote: 'should be buried',
        speaker: 'Curt Schilling',
      },
  },
  'a name before role words only modifies the name after them': {
    'the later name is the subject a pronoun means ("Obama consultant Cornell Belcher, …, picked up a similar thread")':
      {
        // HuffPost, 2016-02-01 (train).
        text: 'Obama himself seemed to recognize the significance of the Iowa victory. “Years from now, you’ll look back and you’ll say that this was the moment,” he said in his victory speech that night. || Obama consultant Cornell Belcher, the highest-ranking African-American pollster, picked up a similar thread at the time. “African-Americans are beginning to see and sense that, quite frankly, that they have a lot more in common with white voters than not,” he said.',
        quote: 'African-Americans are',
        speaker: 'Cornell Belcher',
      },
    'near miss: a verb between the two names keeps the earlier subject ("Obama thanked pollster Cornell Belcher")': {
      text: 'Obama himself seemed to recognize the significance of the Iowa victory. || Obama thanked pollster Cornell Belcher at the time. “Years from now, you’ll look back and you’ll say that this was the moment,” he said.',
      quote: 'Years from now',
      speaker: 'Obama',
    },
  },
  'a leading prepositional phrase with a place and a time': {
    'the name after it opens the clause ("At a rally in Portland, Maine, on Thursday afternoon, Trump included …")': {
      // The Washington Post, 2016-08-10 (train).
      text: 'A lawmaker in the Philippines is calling for Donald Trump to be banned from the country. || "There is no feasible basis or reasonable justification to the wholesale labeling of Filipinos," Joey Salceda said in a bill filed in Manila\'s House of Representatives, according to the Philippine Star. || At a rally in Portland, Maine, on Thursday afternoon, Trump included the Philippines on a list of countries he said had sent immigrants who had plotted to kill Americans, sometimes successfully. "We\'re letting people come in from terrorist nations that shouldn\'t be allowed, because you can\'t vet them," he said.',
      quote: "We're letting people",
      speaker: 'Donald Trump',
    },
    'near miss: an aside after the phrase is no place or time ("At AIPAC, however, Trump focused …")': {
      // The Washington Post, 2016-03-22 (train).
      text: 'Hillary Clinton and Donald Trump addressed the conference on Monday. || At AIPAC, however, Trump focused on reiterating positions largely in line with current U.S. policies. || He denounced the United Nations. || Clinton\'s chief Democratic rival, Sen. Bernie Sanders of Vermont, was the only major candidate who skipped the AIPAC meeting. Instead he gave a speech in Salt Lake City in which he pledged that, if elected president, he would be "a friend not only to Israel but to the Palestinian people."',
      quote: 'a friend not only',
      speaker: 'Bernie Sanders',
    },
  },
  'a definite role description as the clause subject after the last quote': {
    'it stands for the nearest name before it ("When Trump held rallies …, and the GOP candidate took to Twitter")': {
      // HuffPost, 2016-07-18 (train).
      text: 'Donald Trump, the Republican presidential candidate, spoke. || As proof that Judge Curiel was biased, Trump pointed out that the judge was a member of the chapter. On the topic, San Diego chapter president Luis Osuna told The Huffington Post: “A lot of people are assuming that since it’s called ‘La Raza lawyers’ that it’s only Mexicans.” He added that members were all sorts. || He called anti-Trump protestors “illegals” and “thugs” without proof. || When Trump held rallies all over the southwest he was received by waves of anti-Trump protestors, some of whom carried Mexican flags. Sometimes confrontations between supporters and protestors grew violent, and the GOP candidate took to Twitter to call out protestors. “Everybody is talking about the protesters burning the American flags and proudly waving Mexican flags,” he tweeted on May 2.',
      quote: 'Everybody is talking',
      speaker: 'Donald Trump',
    },
    'near miss: a described subject before the last quote leaves the floor to that quote’s speaker': {
      text: 'When Trump held rallies all over the southwest, the GOP candidate took to Twitter to call out protestors. || “A lot of people are assuming that it’s only Mexicans,” San Diego chapter president Luis Osuna told The Huffington Post. || “We consist of 300 members,” he said.',
      quote: 'We consist of',
      speaker: 'Luis Osuna',
    },
  },
  'a name’s possessive role, then the name apposed to it, as the sentence subject': {
    'the apposed name speaks ("Mr. Trump\'s campaign chairman, Paul Manafort, dismissed criticism … as “Clinton talking points.”")':
      {
        // The New York Times, 2016-08-01 (train).
        text: "Mr. Trump's comments about Ms. Khan drew fire on Sunday. || On television, Mr. Trump's campaign chairman, Paul Manafort, dismissed criticism of Mr. Trump's comments about Ms. Khan as ''Clinton talking points.''",
        quote: 'Clinton talking points',
        speaker: 'Paul Manafort',
      },
    'near miss: kin is no role, so the father keeps the later "he" ("Schilling\'s son, Grant, defended his father …")':
      {
        // The New York Times, 2016-04-21 (train).
        text: "Curt Schilling, the former pitcher, said on Facebook that he had been fired. || Schilling's son, Grant, defended his father Tuesday on Facebook, saying: ''If he were a bigot he wouldn't have allowed my Trans friends to stay over.'' || After his suspension last season, Jessica Mendoza replaced Schilling on ESPN's marquee broadcasts. || Last month, he waded into politics on a Kansas City radio station when he suggested that Hillary Clinton ''should be buried under a jail somewhere'' if she gave out classified information.",
        quote: 'should be buried',
        speaker: 'Curt Schilling',
      },
  },
  'the subject of what a described group reports': {
    'it takes the floor from the last person quoted ("aides say Ivanka Trump also advises her father")': {
      // The Washington Post, 2016-08-09 (train).
      text: '"Business executives who are serious about their values actually know their partners," said Sandra Sucher, a Harvard Business School professor who focuses on ethics. || In addition to paid leave, aides say Ivanka Trump also advises her father on issues such as equal pay and child care, reciting input from policy wonks beyond the political realm. || "Women are paid equally for the work that we do and when a woman becomes a mother, she is supported, not shut out," she said at the Republican convention.',
      quote: 'Women are paid equally',
      speaker: 'Ivanka Trump',
    },
    'near miss: after a named subject, the name after its verb is no subject ("Sucher said Ivanka Trump advises …")': {
      text: '"Business executives who are serious about their values actually know their partners," said Sandra Sucher, a Harvard Business School professor. || Sucher said Ivanka Trump also advises her father on issues such as equal pay. || "They know how they manage themselves," she said.',
      quote: 'They know how',
      speaker: 'Sandra Sucher',
    },
  },
  'a day between a subject and its verb': {
    'the subject still holds the floor ("As he has before, Cruz on Friday played down the idea …")': {
      // The Washington Post, 2016-04-30 (train).
      text: 'Pence met with Cruz and Trump last week, and this week with Ohio Gov. John Kasich, the third candidate in the GOP race. Kasich agreed to effectively end his bid for Indiana in order to direct the anti-Trump vote in the state toward Cruz. || As he has before, Cruz on Friday played down the idea that he had struck a major deal with Kasich. "There never was a grand alliance," he said.',
      quote: 'There never was',
      speaker: 'Cruz',
    },
    'near miss: a day before a noun is no verb to follow ("Cruz on Friday night television")': {
      text: 'Ohio Gov. John Kasich agreed to effectively end his bid for Indiana. || Viewers of Cruz on Friday night television saw little of it. "There never was a grand alliance," he said.',
      quote: 'There never was',
      speaker: 'John Kasich',
    },
  },
  'a name between an article with its modifiers and a noun names a thing': {
    'it is no "he" ("… an imposing red brick cathedral, a 1930s-era Art Deco movie theater …, Nega defended …")': {
      // The New York Times, 2016-09-03 (train).
      text: "Berhanu Nega left Bucknell University to lead a rebel army. || Eritrea was briefly considered one of the hopes of Africa. || With virtually no investment coming into the country, Asmara has become a city frozen in time. As we watched the crowds walk down the tidy avenue lined by an imposing red brick cathedral, a 1930s-era Art Deco movie theater and crumbling Italian bakeries and cappuccino bars, Nega defended his decision to turn to the dictatorship for support. || ''Do we really have to discuss the kind of dictatorships that the U.S. sleeps with?'' he asked me.",
      quote: 'Do we really have',
      speaker: 'Berhanu Nega',
    },
    'near miss: a name after an article and a role, with its verb, is someone ("a retired Army general Michael Flynn spoke")':
      {
        text: 'Donald Trump was in Ohio on Friday. || On Friday a retired general Michael Flynn spoke to reporters in Cleveland. || “We will win this state,” he said.',
        quote: 'We will win',
        speaker: 'Michael Flynn',
      },
  },
  'a party label, then an appositive, then the verb': {
    'the name is the clause subject ("Rep. Devin Nunes (R-Calif.), chairman of …, didn’t second-guess …")': {
      // Politico, 2016-07-05 (train).
      text: '“Because Clinton is running for president, if she is elected, she will have been cleared by the American people,” Steven Aftergood said. || Rep. Devin Nunes (R-Calif.), chairman of the House Intelligence Committee, didn’t second-guess Comey’s recommendation on prosecution, but he did call for more accountability down the road. “I hope the irresponsible handling of classified information documented by the FBI will be considered,” he said in a statement.',
      quote: 'I hope the irresponsible',
      speaker: 'Devin Nunes',
    },
    'near miss: with a copula the sentence is about the name and it takes no floor ("Sen. Sherrod Brown (D-Ohio), also part of …, is on deck")':
      {
        // The Washington Post, 2016-07-06 (train).
        text: 'Hillary Clinton will campaign in Ohio. || When he walks onstage in a huge Cleveland hotel ballroom, Sen. Sherrod Brown (D-Ohio), also part of the vice-presidential sweepstakes, is on deck to talk to the BlueGreen Alliance. || Coal miners are still smarting from remarks Clinton made earlier this year. When she was talking about the move to cleaner energy, she offered up this sound bite for which she later apologized: "We\'re going to put a lot of coal miners and coal companies out of business."',
        quote: "We're going to put",
        speaker: 'Hillary Clinton',
      },
  },
  'a body and its place after a name before the reporting verb': {
    'the name reports ("One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said")': {
      // The New York Times, 2016-01-12 (train).
      text: "''His father was tremendously effective in one-on-one and small groups,'' said Eric Woolson, who managed the 2008 Iowa campaign of Mike Huckabee. Mr. Huckabee won the caucuses that year with evangelical support, but he trails far behind this year. || One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said he had made more than 150 phone calls to other pastors. He has made announcements about the caucuses during Sunday services since last month, he said. || ''Find your polling place and get there,'' he tells parishioners.",
      quote: 'Find your polling place',
      speaker: 'Darran Whiting',
    },
    'near miss: a lowercase word after "of" is no body, so the clause subject keeps "he" ("Mr. Huckabee met Darran Whiting of course")':
      {
        text: "''His father was tremendously effective,'' said Eric Woolson, who managed the 2008 Iowa campaign of Mike Huckabee. || Later, Mr. Huckabee met Darran Whiting of course. || ''Find your polling place and get there,'' he tells parishioners.",
        quote: 'Find your polling place',
        speaker: 'Mike Huckabee',
      },
  },
  'a chain of paragraphs opening on the same pronoun': {
    'it carries the pronoun back past its reach ("She skirted …. || She also maneuvered …. || “…,” she said")': {
      // The Washington Post, 2015-11-15 (train).
      text: 'Clinton appeared to have the most to gain, given her foreign policy experience, but also the most at risk as the Obama administration\'s record comes under fire. || She skirted the opening question from CBS moderator John Dickerson, who wanted to know whether the Obama administration bears responsibility for underestimating the Islamic State terrorist network early on. || She also maneuvered around the charged term, "radical Islam," which some Republicans want U.S. leaders to use to describe the enemy. She referred to jihadism but was careful not to link it directly to religion. || "I don\'t think we are at war with Islam," she said, only with violent extremists.',
      quote: "I don't think we are",
      speaker: 'Clinton',
    },
    'near miss: a chain broken by a paragraph without the pronoun gives none': {
      text: 'Clinton appeared to have the most to gain, given her foreign policy experience. || Debates are often decided by a single exchange, and this one was no different for the moderators. || She also maneuvered around the charged term, "radical Islam," which some Republicans want U.S. leaders to use. || "I don\'t think we are at war with Islam," she said, only with violent extremists.',
      quote: "I don't think we are",
      speaker: null,
    },
  },
};

speakerTable('where quote+speaker F1 is lost', cases);
