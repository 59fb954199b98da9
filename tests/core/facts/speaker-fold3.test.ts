// Reporting clauses read on PolNeAR train fold 3 (the sixteenth round, docs/speakers-rounds-3.md): each rule with the
// sentence it exists for and the near miss it must not catch.
import { speakerTable, type SpeakerCase } from './speaker-table';

const cases: Record<string, Record<string, SpeakerCase>> = {
  'a verb between commas with a name after it is an inverted aside': {
    // usa-today_2016-03-07_a-petite-powerhouse-with-an-undy (PolNeAR train, fold 3).
    '"The paradox of Nancy, says Carl Anthony, historian at …, is that …"': {
      text: '"That\'s not to say that other first ladies weren\'t devoted to their husbands, but few can match Nancy Reagan," says Myra Gutin, a first lady historian. || The paradox of Nancy, says Carl Anthony, historian at the National First Ladies Library, is that she was "one of the most powerful first ladies in the post-World War II era," not for her policy influence.',
      quote: 'one of the most powerful',
      speaker: 'Carl Anthony',
    },
    'near miss: a participle and its object ("…, telling Reuters, “…”")': {
      text: 'Top Republican Party donor Sheldon Adelson said on Friday he met presidential candidate Donald Trump earlier this week. || Hours later, Trump returned the compliment to Adelson, telling Reuters, “Sheldon and I have been friends for a long time. He is an amazing man.”',
      quote: 'Sheldon and I',
      speaker: 'Donald Trump',
    },
    'near miss: a verb taking a person object ("…, told CNN, “…”")': {
      text: 'Kellyanne Conway, the campaign manager, told CNN, “We are not going to change course now.”',
      quote: 'We are not going',
      speaker: 'Kellyanne Conway',
    },
  },
  'an initialism joined by a hyphen does not end the clause': {
    // nyt_2016-01-30_traditionally-democrat-unions-ar (PolNeAR train, fold 3).
    "\"…,''' Steve Rosenthal, a former political director of the A.F.L.-C.I.O. and …, wrote in an email\"": {
      text: "Longtime labor officials point out that Mr. Trump's popularity is a different proposition. || ''In every election around this time there are stories suggesting that union members will defect - 'Oh, white union men won't vote for Obama,''' Steve Rosenthal, a former political director of the A.F.L.-C.I.O. and progressive political organizer, wrote in an email.",
      quote: 'In every election',
      speaker: 'Steve Rosenthal',
    },
    'near miss: a sentence that ends on an initialism still ends': {
      text: "Donald J. Trump spoke in Iowa. He said he would win the A.F.L.-C.I.O. vote. ''We are going to win with the unions,'' Mr. Trump said.",
      quote: 'We are going to win',
      speaker: 'Donald J. Trump',
    },
  },
  'a writer\'s clause of any length before an inverted "said X"': {
    // nyt_2016-03-04_republicans-have-stake-in-a-deal (PolNeAR train, fold 3).
    '"…,\'\' since so many of the most important cases were decided by 5-to-4 votes, said Lee Epstein, who …"': {
      text: "And when it comes to business and economic issues, what's at stake is nearly every pro-business Supreme Court ruling since the Reagan era and the emergence of a reliable 5-to-4 pro-business majority on the court. ''To see the number of cases that could change with this appointee is stunning,'' since so many of the most important cases were decided by 5-to-4 votes, said Lee Epstein, who teaches constitutional law and legal institutions at Washington University in St. Louis.",
      quote: 'To see the number',
      speaker: 'Lee Epstein',
    },
    'near miss: a long lowercase phrase with no inverted verb is no speaker phrase': {
      text: "Ronald Reagan changed the court. ''To see the number of cases that could change with this appointee is stunning,'' since so many of the most important cases were decided by 5-to-4 votes in the last thirty years of the court.",
      quote: 'To see the number',
      speaker: null,
    },
  },
  'a participle after a named clause that follows a quotation': {
    // politico_2016-07-06_lewandowski-fbi-director-acted-a (PolNeAR train, fold 3).
    '"Comey cannot say that “…,” Lewandowski added, saying it should be “…”"': {
      text: 'Corey Lewandowski said FBI Director James Comey acted as judge and jury. || Comey cannot say that “from his perspective,” Lewandowski added, saying it should be “up to the prosecutor to move forward or not.”',
      quote: 'up to the prosecutor',
      speaker: 'Corey Lewandowski',
    },
    'near miss: a participle with no named clause before it takes the sentence subject': {
      text: 'Corey Lewandowski spoke about FBI Director James Comey. || Comey cannot say that “from his perspective,” saying it should be “up to the prosecutor to move forward or not.”',
      quote: 'up to the prosecutor',
      speaker: 'James Comey',
    },
  },
  'a described subject keeps its "from" complement': {
    // wash-post_2016-01-18_a-sharper-tone-as-stakes-rise (PolNeAR train, fold 3).
    '"The senator from Vermont said …, noting that it is “…”"': {
      text: '"It\'s easy to say, \'I\'m going to do this and do that,\' but I have doubts." || The senator from Vermont said the financial system was "corrupt," noting that it is "very strange that a major financial institution that pays $5 billion in fines for breaking the law, not one of their executives is prosecuted."',
      quote: 'very strange that',
      speaker: 'The senator from Vermont',
    },
    'near miss: a name apposed after the description speaks': {
      text: 'The senator from Vermont, Bernie Sanders, said the financial system was "corrupt," noting that it is "very strange that a major financial institution that pays $5 billion in fines for breaking the law, not one of their executives is prosecuted."',
      quote: 'very strange that',
      speaker: 'Bernie Sanders',
    },
  },
  'a bare "but" or "and" and a verb after a quote runs on to the later quotation': {
    // breitbart_2016-02-08_the-latest-nh-towns-cast-first-v (PolNeAR train, fold 3).
    '"Bush referred to Rubio as “…” but described his leadership skills as a “…”"': {
      text: 'Republican presidential hopefuls Jeb Bush and Chris Christie say Florida Sen. Marco Rubio hasn’t been tested. || Speaking to MSNBC’s Morning Joe Monday in New Hampshire, which is set to host the country’s second nomination contest Tuesday, Bush referred to Rubio as “a bright, charismatic leader” but described his leadership skills as a “work in progress.”',
      quote: 'a bright, charismatic',
      speaker: 'Jeb Bush',
    },
    'near miss: a quote whose own clause comes first ("“…,” Bush said, but added that … “…”")': {
      text: 'Republican presidential hopefuls Jeb Bush and Chris Christie spoke on Monday. || “Rubio is a bright, charismatic leader,” Bush said, but added that the senator was a “work in progress.”',
      quote: 'Rubio is a bright',
      speaker: 'Jeb Bush',
    },
  },
  'a described someone after "what", "which" or "that" is a characterising verb\'s subject': {
    // nyt_2015-12-18_rubio-and-cruz-diverge-on-approa (PolNeAR train, fold 3).
    "\"… in what one Latino conservative has dubbed ''the yuca primary,''\"": {
      text: "Mr. Cruz, a rare Cuban-American outlier in a state where Hispanic usually means Mexican-American, attended overwhelmingly white Christian schools in Houston. || Together, Senators Rubio and Cruz, of Florida and Texas, represent a watershed moment in American politics: two Hispanics running as top-tier candidates for president, and increasingly gunning for each other, in what one Latino conservative has dubbed ''the yuca primary,'' referring to the popular Cuban staple.",
      quote: 'the yuca primary',
      speaker: 'one Latino conservative',
    },
    'near miss: a name before the verb still speaks ("what Gilbert called “…”")': {
      text: "Dan Gilbert owns the Cavaliers. || The team faces what Gilbert called ''a perception problem'' in the city.",
      quote: 'a perception problem',
      speaker: 'Dan Gilbert',
    },
  },
  'a paragraph "Stated X:" introduces the quote paragraph after it': {
    // breitbart_2016-08-08_exclusive-roger-stone-don-t-trus (PolNeAR train, fold 3).
    '"Stated Stone:" || “…”': {
      text: 'There is serious concern about voter fraud and the manipulation of voting machines in the upcoming presidential election, Donald Trump’s longtime confident Roger Stone stated. || Stone was speaking in an interview on this reporter’s talk radio program, “Aaron Klein Investigative Radio,” broadcast on New York’s AM 970 The Answer and NewsTalk 990 AM. || Stated Stone: || “I think that the stakes are so high – and Donald Trump has made it pretty clear that if he is elected president he will seek the prosecution of Bill, Hillary, and Chelsea – that they would do anything necessary to remain in power.”',
      quote: 'I think that the stakes',
      speaker: 'Roger Stone',
    },
    'near miss: a heading-like paragraph with a colon and no verb introduces nothing': {
      text: 'There is serious concern about voter fraud, Donald Trump’s longtime confident Roger Stone stated. || Related: || “I think that the stakes are so high that they would do anything necessary to remain in power.”',
      quote: 'I think that the stakes',
      speaker: null,
    },
  },
  'a naming verb a few words before a whole-sentence quote': {
    // huff-post_2016-01-02_donald-trump-featured-in-jihadis (PolNeAR train, fold 3).
    '"…, when Hillary Clinton called the Republican frontrunner “ISIS’ best recruiter.”"': {
      text: 'Footage of Al-Awlaki again appears. || The idea that Trump’s anti-Muslim rhetoric could be used as a recruiting tool for terror groups came up in a Democratic debate in December, when Hillary Clinton called the Republican frontrunner “ISIS’ best recruiter.” She also said, without evidence, that “they are going to people, showing videos of Donald Trump insulting Islam.”',
      quote: 'ISIS’ best recruiter',
      speaker: 'Hillary Clinton',
    },
    'near miss: another characterising verb before a whole-sentence quote gives its subject, not the name in its object':
      {
        // nyt_2016-08-01_pressure-rises-on-trump-after-cr (PolNeAR train, fold 2). None until the twenty-first round,
        // whose possessive-role subject ("Mr. Trump's campaign chairman, Paul Manafort,") names PolNeAR's Source.
        text: "Mr. Trump answered on Twitter. ''Am I not allowed to respond? Hillary voted for the Iraq war, not me!'' || On television, Mr. Trump's campaign chairman, Paul Manafort, dismissed criticism of Mr. Trump's comments about Ms. Khan as ''Clinton talking points.''",
        quote: 'Clinton talking points',
        speaker: 'Paul Manafort',
      },
  },
  '"To X," gives whose view a sentence holds': {
    // west-journal_2016-02-17_woman-reveals-stunning-thing-tru (PolNeAR train, fold 3).
    '"To Sharp, Trump is the “kind-hearted and caring” man …"': {
      text: 'Betsy Sharp of Burke County, Georgia, knows Donald Trump in a way few other Americans know the Republican presidential candidate. || To Sharp, Trump is the “kind-hearted and caring” man who saved her family’s farm back in 1986 in the wake of her father’s suicide.',
      quote: 'kind-hearted and caring',
      speaker: 'Betsy Sharp',
    },
    'near miss: "To" and a place is no one\'s view': {
      text: 'Betsy Sharp of Burke County, Georgia, knows Donald Trump well. || To Georgia, Trump is the “kind-hearted and caring” man who saved the farm.',
      quote: 'kind-hearted and caring',
      speaker: null,
    },
  },
  'a document is the words of whoever the article says issued it': {
    // wash-post_2016-07-15_truck-attack-in-france-kills-at- (PolNeAR train, fold 3).
    '"President Obama released a statement …" || "“…,” the statement said."': {
      text: 'Local authorities were treating the incident as a terrorist attack and urging people to stay home, BFM TV reported. || In Washington, President Obama released a statement Thursday night condemning "what appears to be a horrific terrorist attack in Nice, France." He said he had directed his team to get in touch with French officials. || "We stand in solidarity and partnership with France, our oldest ally, as they respond to and recover from this attack," the statement said.',
      quote: 'We stand in solidarity',
      speaker: 'Obama',
    },
    // The eighteenth round (speaker-descriptions-2.test.ts) dropped the nearest organisation as a document's issuer: on
    // train it named the wrong body for 8 of the 16 quotes whose answer it changed ("Congress" for a lawsuit against it).
    'near miss: with no issuer named, the document stays as written, not the organisation nearest': {
      text: 'The Republican National Committee met in Cleveland on Monday. || "The nation\'s demographic changes add to the urgency of recognizing how precarious our position has become," the report stated.',
      quote: 'The nation',
      speaker: 'the report',
    },
  },
  'who obtained a document does not speak for it': {
    // breitbart_2016-02-08_the-latest-nh-towns-cast-first-v (PolNeAR train, fold 3).
    '"A Feb. 1 letter from the American Legion obtained by The Associated Press warns that “…”"': {
      text: 'The American Legion has twice complained to Sanders officials since Jan. 22 about the use of the emblem in campaign materials. A Feb. 1 letter from the American Legion obtained by The Associated Press warns that “any further communication about it will be through our trademark attorney in the appropriate forum.”',
      quote: 'any further communication',
      // The entity rules name the American Legion "Legion" (a demonym dropped): not this rule's doing.
      speaker: 'Legion',
    },
    'near miss: a name before such a participle still speaks': {
      text: 'Marco Rubio campaigned in New Hampshire on Monday. Mr. Rubio, seen by many as the front-runner, said “we are going to win this state.”',
      quote: 'we are going to win',
      speaker: 'Marco Rubio',
    },
  },
  'a quote that is an earlier verb\'s "that" object keeps that verb': {
    // politico_2016-07-05_criminal-charges-against-clinton (PolNeAR train, fold 3).
    '"But even as Trump claimed on Tuesday that “…,” one of the former prosecutors … said the two cases were …"': {
      text: 'He continued, “I’ve never heard of anyone in a criminal investigation who destroyed 34,000 records who didn’t get indicted.” || Donald Trump attacked Hillary Clinton on Tuesday. But even as Trump claimed on Tuesday that “General Petraeus got in trouble for far less,” one of the former prosecutors for David Petraeus said the two cases were quite different.',
      quote: 'General Petraeus',
      speaker: 'Donald Trump',
    },
    'near miss: a later verb with a person object ("…,” Clinton told reporters") still introduces it': {
      text: 'Donald Trump attacked Hillary Clinton on Tuesday. Trump said that “Petraeus got in trouble for far less,” Clinton told reporters.',
      quote: 'Petraeus got',
      speaker: 'Hillary Clinton',
    },
  },
  'a trailing clause after a later quotation that ends on its comma': {
    // nyt_2016-05-18_billy-bush-joins-a-parade-of-pol (PolNeAR train, fold 3).
    "\"… involved ''…,'' well before Steve Carell made that gag famous in ''The 40-Year-Old Virgin,'' Mr. Oppenheim noted.\"":
      {
        text: "In a memo on Tuesday, Noah Oppenheim, the NBC executive in charge of ''Today,'' reminded his staff about Mr. Bush's early television work. His first segment as a freelancer on WNBC-TV involved ''a painful chest-waxing incident,'' well before Steve Carell made that gag famous in ''The 40-Year-Old Virgin,'' Mr. Oppenheim noted.",
        quote: 'a painful chest-waxing',
        speaker: 'Noah Oppenheim',
      },
    'near miss: a later quotation with no clause after it leaves the first quote to the sentence subject': {
      text: "Noah Oppenheim is the NBC executive in charge. Steve Carell made the gag famous in ''The 40-Year-Old Virgin,'' a film he called ''a painful chest-waxing incident.''",
      quote: 'a painful chest-waxing',
      speaker: 'Steve Carell',
    },
    "near miss: a later quotation of someone's words, not a title, does not carry the clause back": {
      text: 'Guns are “the ultimate public health crisis” in the eyes of many delegates, who cheered when “they stunt the growth of children,” Howard Dean said.',
      quote: 'the ultimate public',
      speaker: null,
    },
  },
  'a described speaker keeps an "involved in" or "familiar with" complement': {
    // breitbart_2016-06-22_former-ted-cruz-super-pac-refurb (PolNeAR train, fold 3).
    '"“…,” says a source involved in the super-PAC’s creation."': {
      text: 'The idea is that conservative donors reluctant to support Trump can still donate in good conscience to a super-PAC that only attacks Clinton. “It’s a way to participate without [directly] supporting Trump,” says a source involved in the super-PAC’s creation.',
      quote: 'It’s a way to participate',
      speaker: 'a source involved in the super-PAC’s creation',
    },
    'near miss: a time after the complement is still cut': {
      text: 'The talks went on for hours. “It is over,” said a person familiar with the talks on Tuesday.',
      quote: 'It is over',
      speaker: 'a person familiar with the talks',
    },
  },
  'a noun "reports" after an adjective is no reporting verb': {
    // nyt_2015-12-03_columbia-defends-exxon-articles (PolNeAR train, fold 3).
    "\"the company wrote a … letter …, calling the two lengthy investigative reports ''…''\"": {
      text: "And in the days and weeks after publication, the company was subject to criticism from politicians like John Kerry and Hillary Clinton. Late last month, the company wrote a detailed, six-page letter to Columbia's president, Lee C. Bollinger, calling the two lengthy investigative reports ''inaccurate and deliberately misleading.''",
      quote: 'inaccurate and deliberately',
      speaker: 'the company',
    },
    'near miss: "reports" after a noun is the verb ("…,” the nonpartisan agency reports.")': {
      text: 'The Government Accountability Office reviewed the program. The program is “a costly failure by any measure,” the nonpartisan agency reports.',
      quote: 'a costly failure',
      speaker: 'the nonpartisan agency',
    },
  },
  'a restrictive "who" clause stays with the described subject': {
    // huff-post_2015-12-10_hillary-clinton-under-pressure-t (PolNeAR train, fold 3).
    '"…, the groups who wrote to her on Thursday say they are “…”"': {
      text: 'The controversy comes as Donald Trump’s anti-Muslim rhetoric has called attention to Islamophobia in America. While Clinton has forcefully condemned the GOP candidate’s proposal, the groups who wrote to her on Thursday say they are “concerned your campaign is sending mixed messages when it comes to Islamophobia.”',
      quote: 'concerned your campaign',
      speaker: 'the groups who wrote to her on Thursday',
    },
    'near miss: an earlier verb whose clause holds the later one still introduces the quote': {
      text: "Stuart Stevens, a Republican operative and Mitt Romney's chief strategist in his 2012 presidential campaign, said the way the Clinton operation disparaged women who complained about the president's behavior in the 1990s ''would be all but disqualifying in a Democratic primary'' nowadays.",
      quote: 'would be all but',
      speaker: 'Stuart Stevens',
    },
  },
  'a comma inside a closing mark ends a leading participle phrase': {
    // breitbart_2016-02-08_the-latest-nh-towns-cast-first-v (PolNeAR train, fold 3).
    '"Holding signs calling Christie “…,” the protesters chanted “…”"': {
      text: 'Chris Christie got a heated reception outside a Hampstead, New Hampshire, coffee shop, where some his New Jersey critics waited in the snow to heckle him. Holding signs calling Christie “New Jersey’s Biggest Loser,” the protesters chanted “Chris Christie: Bad for New Jersey, bad for you.”',
      quote: 'Chris Christie: Bad',
      speaker: 'the protesters',
    },
    'near miss: a sentence opening on a quote is no leading phrase': {
      text: 'Gov. Terry McAuliffe spoke in Richmond on Friday. “We are restoring the vote to 200,000 people,” he said.',
      quote: 'We are restoring',
      speaker: 'Terry McAuliffe',
    },
  },
  '"who" after a name and its place is the person': {
    // wash-post_2016-01-31_state-calls-emails-of-clinton-to (PolNeAR train, fold 3).
    '"… provided fodder to GOP candidates such as Sen. Marco Rubio of Florida, who mused … that Clinton was “…”"': {
      text: 'The inquiry has frustrated Clinton allies and provided fodder to GOP candidates such as Sen. Marco Rubio of Florida, who mused in Thursday night\'s Republican debate that Clinton was "disqualified from being the commander in chief" because she stored classified material on her server.',
      quote: 'disqualified from being',
      speaker: 'Marco Rubio',
    },
    'near miss: "which" after an organisation is the organisation': {
      text: 'The inquiry has provided fodder to the Republican National Committee, which said in a statement that Clinton was "disqualified from being the commander in chief" because of her server.',
      quote: 'disqualified from being',
      speaker: 'Republican National Committee',
    },
  },
  'a subject pronoun after a relative word speaks, not the antecedent': {
    // wash-post_2016-03-22_presidential-candidates-promise- (PolNeAR train, fold 3).
    '"He lambasted the Iran nuclear deal negotiated by President Obama, who he noted was “…”"': {
      text: 'Donald Trump spoke to AIPAC on Monday. At times, he brought the crowd to its feet. He lambasted the Iran nuclear deal negotiated by President Obama, who he noted was "in his final year, yay."',
      quote: 'in his final year',
      speaker: 'Donald Trump',
    },
    'near miss: "who" with no pronoun after it is the antecedent': {
      text: 'Donald Trump spoke to AIPAC on Monday. He lambasted the Iran nuclear deal negotiated by President Obama, who said it was "the best deal we could get."',
      quote: 'the best deal',
      speaker: 'Obama',
    },
  },
  'a relative clause after a name that only modifies its antecedent': {
    // huff-post_2016-02-07_the-latest-gop-debate-kicked-off (PolNeAR train, fold 0).
    '"He said that the Cruz campaign’s announcement, which some have argued …, was an “insult” to the “…”"': {
      text: 'Ben Carson spoke after Ted Cruz. || He said that the Cruz campaign’s announcement, which some have argued was intended to get Carson supporters to caucus for Cruz, was an “insult” to the “hundreds and maybe thousands” of young volunteers for the Carson campaign.',
      quote: 'hundreds and maybe',
      speaker: 'Ben Carson',
    },
    'near miss: "which" right after an organisation is the organisation': {
      text: 'The inquiry has provided fodder to the Republican National Committee, which said in a statement that Clinton was "disqualified from being the commander in chief" because of her server.',
      quote: 'disqualified from being',
      speaker: 'Republican National Committee',
    },
  },
  'the person a pronoun tells is not the pronoun': {
    // wash-post_2015-12-20_marco-rubio-s-strategic-stances (PolNeAR train, fold 3).
    '"“…,” he told Rubio."': {
      text: 'Last month on the morning after a heavy snowfall, Rubio supporter Scott Szlachta told the senator that he drove from Chicago to ask him about H-1B visas. Rubio co-sponsored a bill this year that would triple the annual cap. "U.S. citizens that are in my spot have been horribly abused by the H-1B program," he told Rubio. Rubio sought to ease his concerns.',
      quote: 'U.S. citizens',
      speaker: 'Scott Szlachta',
    },
    'near miss: "he told reporters" names no one to leave out': {
      text: 'Sen. Marco Rubio spoke in Iowa on Monday. "We are going to win this state," he told reporters.',
      quote: 'We are going to win',
      speaker: 'Marco Rubio',
    },
  },
  'a subject pronoun inside the subject phrase before a copula': {
    // nyt_2016-06-07_germany-pledges-to-expand-its-mi (PolNeAR train, fold 3).
    "\"The major danger he sees for these plans is ''…''\"": {
      text: "Mr. Kamp was more upbeat about German and NATO efforts. ''We are almost at permanent presence, almost,'' Mr. Kamp said. ''More is being decided than Putin could ever have imagined.'' The major danger he sees for these plans is ''the fact that we have these anti-establishment movements on both sides of the Atlantic.''",
      quote: 'the fact that we have',
      speaker: 'Kamp',
    },
    "near miss: a pronoun after the copula is not the subject phrase's (no speaker)": {
      text: "Mr. Kamp was more upbeat about German and NATO efforts. The major danger for these plans is that he sees ''these anti-establishment movements on both sides of the Atlantic.''",
      quote: 'these anti-establishment',
      speaker: null,
    },
  },
  'a name whose relative clause reports speech is a speaker for "he"/"she"': {
    // wash-post_2016-01-31_state-calls-emails-of-clinton-to (PolNeAR train, fold 3).
    '"… supported Friday by Sen. Dianne Feinstein of California, …, who said …. “…,” she said"': {
      text: 'He said those emails were not classified. Clinton\'s position was supported Friday by Sen. Dianne Feinstein of California, the ranking Democrat on the Senate Intelligence Committee, who said none of the emails in question originated with Clinton. "It has never made sense to me that Secretary Clinton can be held responsible for email exchanges that originated with someone else," she said in a statement.',
      quote: 'It has never made sense',
      speaker: 'Dianne Feinstein',
    },
    'near miss: a relative clause that reports nothing leaves the floor': {
      text: '"We will release the emails," Hillary Clinton said on Friday. Her position was discussed by Sen. Dianne Feinstein of California, who sits on the Senate Intelligence Committee. "It has never made sense to me that anyone can be held responsible for email exchanges," she said in a statement.',
      quote: 'It has never made sense',
      speaker: 'Hillary Clinton',
    },
  },
};

speakerTable('Fold-3 clauses', cases);
