// Descriptions read on PolNeAR train in the eighteenth round (docs/speakers-rounds-4.md), counted by
// bench/polnear/description-kinds.ts: a document's words are its issuer's when the text says who issued it, else the
// document as written, never the nearest organisation; a described speaker is kept whole rather than lost.
import { speakerTable, type SpeakerCase } from './speaker-table';

const cases: Record<string, Record<string, SpeakerCase>> = {
  'a document with no issuer named stays the document': {
    // huff-post_2016-08-23_donald-trump-jacked-up-his-campa (PolNeAR train, fold 2).
    '"“…,” the statement said." after a paragraph naming a golf club': {
      text: 'On May 18, the day the fundraising deal was announced, Trump International Golf Club in West Palm Beach was paid $29,715; Trump National Golf Club in Jupiter, Florida, was paid $35,845, according to FEC records. || It’s unclear from the campaign filings the purpose of the golf course and restaurant payments. || The Trump campaign on Tuesday responded that it had expanded into larger quarters. “Also, Mr. Trump makes a personal contribution of $2 million per month to the campaign, obviously a much higher amount than rent,” the statement said.',
      quote: 'Also, Mr. Trump makes',
      speaker: 'the statement',
    },
  },
  'who said, provided or released a statement issued it': {
    // nyt_2015-12-10_immigrants-can-find-way-in-ameri (PolNeAR train, fold 2).
    '"A report released in September by the National Academies …" then "…," the report concluded (NYT twin marks)': {
      text: "A report released in September by the National Academies of Sciences, Engineering and Medicine noted that more immigrants buy into the American dream than do native-born Americans: 70 percent believe their children will be better off than themselves, up from 60 percent 20 years ago. Among American-born parents, only 50 percent believe that. || In fact, the children of the least-educated immigrants are much better educated than their parents. They find much better jobs. || ''Current immigrants and their descendants are integrating into U.S. society,'' the report concluded.",
      quote: 'Current immigrants',
      speaker: 'National Academies of Sciences',
    },
    // west-journal_2016-01-29_trump-made-this-shocking-final-d (PolNeAR train, fold 1).
    '"Fox News said in a statement." … "“…,” the statement said."': {
      text: '“Roger Ailes (Fox News Chairman and CEO) had three brief conversations with Donald Trump on Thursday about possibly appearing at the debate,” Fox News said in a statement. || “In the course of those conversations, we acknowledged his concerns about a satirical observation we made.” || “Furthermore, Trump offered to appear at the debate upon the condition that FOX News contribute $5 million to his charities,” the statement said.',
      quote: 'Furthermore, Trump offered',
      speaker: 'Fox News',
    },
    // breitbart_2015-12-16_newspaper-defense-secretary-used (PolNeAR train, fold 0).
    '"The Times said Cook provided a written statement …" then "“…,” the statement said"': {
      text: 'Pentagon press secretary Peter Cook did not dispute the report. || The Times said Cook provided a written statement in response to the newspapers’ inquiries about the emails. || “After reviewing his email practices earlier this year, the secretary believes that his previous, occasional use of personal email for work-related business was a mistake,” the statement said in part.',
      quote: 'After reviewing his email',
      speaker: 'Peter Cook',
    },
    'near miss: a statement someone was asked about is not theirs': {
      text: 'Reporters asked Fox News about a statement from the Trump campaign. || “We will not be attending the debate,” the statement said.',
      quote: 'We will not be attending',
      speaker: 'the statement',
    },
  },
  'a participle closing an inverted described speaker is cut, however short': {
    // politico_2015-12-24_gop-big-money-group-whacks-clint (PolNeAR train, fold 0).
    '"says the ad’s narrator, going on to detail …"': {
      text: 'Titled “A Very Clinton Christmas,” the 30-second video pans around images of Christmas gifts that evoke some of the Democratic front-runner’s biggest controversies in recent months, while a voiceover recites a rhyme. “’Twas the morning of Christmas at the Clinton house, the gifts were all opened: a new server, a mouse,” says the ad’s narrator, going on to detail a series of other “gifts.”',
      quote: '’Twas the morning',
      speaker: 'the ad’s narrator',
    },
    // wash-post_2016-01-31_can-the-gop-establishment-stop-t (PolNeAR train, fold 4).
    '"said a strategist for one of these candidates, speaking on the condition of anonymity …"': {
      text: 'What they need is time, patience and what all successful politicians have: luck. "I think it\'s coming," said a strategist for one of these candidates, speaking on the condition of anonymity to offer a strategic assessment.',
      quote: 'I think it',
      speaker: 'a strategist for one of these candidates',
    },
    'near miss: a name before the participle still speaks': {
      text: '"I think it\'s coming," said Sarah Huckabee Sanders, speaking to reporters in Des Moines.',
      quote: 'I think it',
      speaker: 'Sarah Huckabee Sanders',
    },
  },
  'a definite role is the one person the article introduced with it': {
    // wash-post_2016-03-04_in-china-wake-of-trump-s-super-t (PolNeAR train, fold 2): the role noun before the name.
    '"columnist Ai Jun wrote …" then "…, the columnist suggested: “…”"': {
      text: '"Many of his ideas are far from heartwarming," columnist Ai Jun wrote in the Global Times piece. "In the normal run of events, China should reject an arrogant, hawkish candidate like him out of hand." || But Trump has one thing in common with Chinese people, the columnist suggested: "His winning streak is solid proof that U.S. voters are tired of Washington politics."',
      quote: 'His winning streak',
      speaker: 'Ai',
    },
    // wash-post_2016-04-18_sanders-says-his-private-meeting (PolNeAR train, fold 2): the title "Pope".
    '"Bernie Sanders met privately with Pope Francis …" then "“…,” the pope told reporters"': {
      text: 'ROME - Bernie Sanders met privately with Pope Francis on Saturday, the capstone to an unusual detour from the American election. || The pontiff met Sanders at the Vatican guest house, where the pope lives. || "When I came down, I greeted him, I shook his hand and nothing more. This is called good manners and it is not getting involved in politics," the pope told reporters, according to Reuters.',
      quote: 'When I came down',
      speaker: 'Francis',
    },
    // After huff-post_2016-05-19_these-are-the-people-missing-in- (PolNeAR train, fold 0): an age, then "the N-year-old".
    '"Geert Supré, 56, …" then "“…,” the 56-year-old wrote": the age, before the last person quoted': {
      text: 'Geert Supré, 56, was a passenger on the plane, as was Ahmed Helal. || "We are all in shock," said his brother Mohamed Helal. || "I will be back on Friday," the 56-year-old wrote to a friend.',
      quote: 'I will be back',
      speaker: 'Geert Supré',
    },
    '"Ben Carson, a retired neurosurgeon, …" then "“…,” the neurosurgeon said"': {
      text: 'Ben Carson, a retired neurosurgeon, spoke in Iowa on Monday, as did Donald Trump. || Trump spoke after him. "We will win," Trump said. || "I am not going anywhere," the neurosurgeon said.',
      quote: 'I am not going',
      speaker: 'Ben Carson',
    },
    'near miss: two people introduced with the role leave the description': {
      text: 'Columnist Ai Jun wrote in the Global Times, and columnist Zhang Wei answered in the People’s Daily. || But Trump has one thing in common with Chinese people, the columnist suggested: "His winning streak is solid proof that U.S. voters are tired of Washington politics."',
      quote: 'His winning streak',
      speaker: 'the columnist',
    },
    'near miss: a role noun inside a longer apposition introduces no one': {
      text: 'Leslie Feldman, a voter named in the lawsuit, waited five hours in Phoenix. || Arizona engaged in "consistent activity that has created a culture of voter disenfranchisement," the lawsuit says.',
      quote: 'consistent activity',
      speaker: 'the lawsuit',
    },
  },
  'a described subject headed by a role noun speaks for its participle': {
    // usa-today_2016-07-15_ginsburg-apologizes-for-trump-co (PolNeAR train, fold 2).
    '"the justice sounded off on Trump, saying she didn\'t "…""': {
      text: '"On reflection, my recent remarks in response to press inquiries were ill-advised, and I regret making them," Ginsburg said in a statement. || In three separate interviews, the justice sounded off on Trump, saying she didn\'t "want to contemplate" the effects a Trump candidacy would have on the court.',
      quote: 'want to contemplate',
      speaker: 'the justice',
    },
    // politico_2016-01-28_saudi-prince-mocks-trump-on-twit (PolNeAR train, fold 4).
    '"the prince called for Trump to drop out of the race, calling him "…""': {
      text: 'Alwaleed\'s tweet linked to screenshots and links of three news articles from Business Insider, BuzzFeed News and Yahoo News. In December, the prince called for Trump to drop out of the race, calling him "a disgrace not only to the GOP but to all America."',
      quote: 'a disgrace not only',
      speaker: 'the prince',
    },
    'near miss: a named subject still speaks': {
      text: 'Ginsburg said in a statement. || In three separate interviews, Ginsburg sounded off on Trump, saying she didn\'t "want to contemplate" the effects a Trump candidacy would have on the court.',
      quote: 'want to contemplate',
      speaker: 'Ginsburg',
    },
  },
  "the writer's clause before a trailing described subject does not speak": {
    // huff-post_2015-12-10_hillary-clinton-under-pressure-t (PolNeAR train, fold 3).
    '"Clark’s comments further “…” fostered by Trump and other GOP presidential hopefuls, the groups say."': {
      text: 'The controversy over the general’s ties with Clinton comes as Donald Trump’s anti-Muslim rhetoric has called attention to Islamophobia in America. Most recently, Trump called to ban Muslims from entering the U.S. While Clinton has forcefully condemned the GOP candidate’s proposal, the groups who wrote to her on Thursday say they are “concerned your campaign is sending mixed messages when it comes to Islamophobia.” || Clark’s comments further “the anti-Muslim mob mentality” fostered by Trump and other GOP presidential hopefuls, the groups say. They argue that Clinton should “lead by example.”',
      quote: 'the anti-Muslim mob mentality',
      speaker: 'the groups',
    },
    "near miss: a trailing name after the writer's clause still speaks": {
      text: 'Clark’s comments further “the anti-Muslim mob mentality” fostered by Trump and other GOP presidential hopefuls, Nihad Awad said.',
      quote: 'the anti-Muslim mob mentality',
      speaker: 'Nihad Awad',
    },
  },
  'a verb whose "that" runs on to a later quotation does not introduce the earlier one': {
    // politico_2016-09-01_debating-clinton-s-character (PolNeAR train, fold 0).
    '"Clinton, a top aide said, “…” between her and Trump, and … she has often told Obama’s team … that “…”"': {
      text: "“They're clearly drawing more from her side of the ledger now,” Nate Silver tweeted on Wednesday. || Clinton, a top aide said, “is very confident, very confident in the contrast” between her and Trump, and since 2008 she has often told Obama’s team — jokingly but with edge — that “I only lost one debate against your boss.” Unfortunately for Clinton, that one was huge.",
      quote: 'is very confident',
      speaker: 'a top aide',
    },
    'near miss: "she said, adding that “…”" keeps both quotes hers': {
      // wash-post_2016-05-05_sanders-faces-tough-sell-in-gett (PolNeAR train, fold 2).
      text: 'Dottie Deans, a Clinton delegate from Iowa, spoke on Tuesday. || "He has a desire to ensure that those voters feel like part of the process heading into July," she said, adding that "the Democratic Party will come together in July and stand behind our nominee."',
      quote: 'He has a desire',
      speaker: 'Dottie Deans',
    },
  },
  '"according to X" names X, ending at its comma, place or medium': {
    // usa-today_2016-06-14_donald-trump-at-just-the-way-he- (PolNeAR train, fold 4).
    '"According to his longtime personal physician, the billionaire businessman had "…""': {
      text: 'Trump has run a remarkably high-energy campaign, careening from nighttime speeches to interviews on the early-morning news shows. According to his longtime personal physician, the billionaire businessman had "astonishingly excellent" results in his latest exam, shows "extraordinary" physical strength and stamina, and "will be the healthiest individual ever elected to the presidency."',
      quote: 'will be the healthiest',
      speaker: 'his longtime personal physician',
    },
    // wash-post_2016-07-15_thin-skinned-trump-quells-critic (PolNeAR train, fold 4).
    '"…," according to her lawyers in a court filing, and has coincided …"': {
      text: 'That case was tossed out by a judge, but it launched a recurring counteroffensive by Trump that put Makaeff "through the wringer," according to her lawyers in a court filing, and has coincided with his presidential candidacy.',
      quote: 'through the wringer',
      speaker: 'her lawyers',
    },
    'near miss: a reporting verb nearer the quote still names its speaker': {
      text: 'According to his longtime personal physician, Donald Trump said he was "the healthiest individual ever elected."',
      quote: 'the healthiest individual',
      speaker: 'Donald Trump',
    },
  },
  'a plural present and "that" after a plural subject report the quote': {
    // politico_2016-07-11_republicans-ask-doj-to-investiga (PolNeAR train, fold 4).
    '"The two lawmakers, however, argue that “…”"': {
      text: 'While Comey said there was clear evidence that Clinton was “extremely careless” and mishandled classified information, he said there’s no precedent for prosecuting a case like Clinton\'s without evidence of her intent to violate the law. The two lawmakers, however, argue that “there is precedent for prosecution," citing an instance in which a Marine was found guilty of "gross negligence."',
      quote: 'there is precedent',
      speaker: 'The two lawmakers',
    },
    'near miss: a noun in -ss ("The boss argue that") is no plural subject': {
      text: 'Comey spoke for an hour. The boss argue that “there is precedent for prosecution.”',
      quote: 'there is precedent',
      speaker: null,
    },
  },
  'a described subject keeps clear of a modal and of a subordinating word before it': {
    // breitbart_2016-07-27_obama-to-frame-election-as-comma (PolNeAR train, fold 4).
    '"“…,” the two-term president will say, according to excerpts …"': {
      text: 'Obama will frame the election as a choice. || “Nothing truly prepares you for the demands of the Oval Office,” the two-term president will say, according to excerpts of his speech released by the White House.',
      quote: 'Nothing truly prepares',
      speaker: 'the two-term president',
    },
    // west-journal_2016-08-27_newspaper-says-clinton-needs-to- (PolNeAR train, fold 0).
    '"not until the week after the newspaper’s editorial telling him to leave his “…”"': {
      text: 'Obama did visit the state, but not until the week after the newspaper’s editorial telling him to leave his “playground for the posh and well-connected” and visit “the most anguished state in the union.”',
      quote: 'playground for the posh',
      speaker: 'the newspaper’s editorial',
    },
    'near miss: a name before the modal still speaks': {
      text: 'Obama will frame the election as a choice. || “Nothing truly prepares you for the demands of the Oval Office,” Obama will say, according to excerpts of his speech released by the White House.',
      quote: 'Nothing truly prepares',
      speaker: 'Obama',
    },
  },
};

speakerTable('documents and described speakers', cases);
