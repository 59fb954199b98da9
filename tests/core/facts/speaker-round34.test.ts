// Who said what, thirty-fourth round (PolNeAR train folds 0–3 read, fold 4 kept as the judging fold). Real sentences
// from PolNeAR train (named below, shortened), else written for the shape and marked so. Paragraphs " || ".
import { speakerTable } from './speaker-table';

speakerTable('round 34', {
  'an office’s statement is the office’s, not the officeholder’s own words': {
    '"“…,” Powell’s office said in a statement. “…”"': {
      // west-journal_2016-08-19_report-republican-colin-powell-a (PolNeAR train, fold 2): "Colin Powell" before.
      text: 'Former Secretary of State Colin Powell advised Clinton to use a personal email account. || “He did write former Secretary Clinton an email memo describing his use of his personal AOL email account for unclassified messages,” Powell’s office said in a statement. “At the time there was no equivalent system within the department.”',
      quote: 'At the time there was',
      speaker: 'Powell’s office',
    },
    '"“…,” Ryan’s office said in a statement."': {
      // west-journal_2016-05-06_republican-unity-meeting-schedul (PolNeAR train, fold 0): "Paul Ryan" before.
      text: 'House Speaker Paul Ryan will meet Donald Trump next week. || “Having both said we need to unify the party, Speaker Ryan has invited Donald Trump to meet with members of the House Republican leadership in Washington on Thursday morning,” Ryan’s office said in a statement.',
      quote: 'Having both said',
      speaker: 'Ryan’s office',
    },
  },
  'near misses: the officeholder speaking, or an office named as an organisation': {
    '"“…,” Powell said in a statement." (written for the shape)': {
      text: 'Former Secretary of State Colin Powell advised Clinton to use a personal email account. || “At the time there was no equivalent system within the department,” Powell said in a statement.',
      quote: 'At the time there was',
      speaker: 'Colin Powell',
    },
  },
  'a described subject with the place it belongs to speaks, not a name in its verb’s object': {
    '"One operative inside Trump Tower tried to downplay Ryan’s comments, saying they were “…”"': {
      // politico_2016-05-05_paul-ryan-says-he-s-not-ready-to (PolNeAR train, fold 1): "Paul Ryan" before.
      text: 'House Speaker Paul Ryan said he was not ready to back Donald Trump. || One operative inside Trump Tower tried to downplay Ryan’s comments, saying they were “not a big deal around here.”',
      quote: 'not a big deal',
      speaker: 'One operative inside Trump Tower',
    },
  },
  'near misses: a described subject with no place, or a named subject': {
    '"One operative tried to downplay Ryan’s comments, saying …" (written for the shape)': {
      text: 'House Speaker Paul Ryan said he was not ready to back Donald Trump. || One operative tried to downplay Ryan’s comments, saying they were “not a big deal around here.”',
      quote: 'not a big deal',
      speaker: 'One operative',
    },
    '"Corey Lewandowski tried to downplay Ryan’s comments, saying …" (written for the shape)': {
      text: 'House Speaker Paul Ryan said he was not ready to back Donald Trump. || Corey Lewandowski tried to downplay Ryan’s comments, saying they were “not a big deal around here.”',
      quote: 'not a big deal',
      speaker: 'Corey Lewandowski',
    },
  },
  'a named person’s counsel is not that person': {
    '"Lazar’s public defense counsel asked for …, calling his hacking expeditions "…""': {
      // wash-post_2016-09-03_hacker-who-exposed-clinton-s-use (PolNeAR train, fold 1): "Marcel Lehel Lazar" before.
      text: 'The Romanian hacker Marcel Lehel Lazar was sentenced on Thursday. || In court documents, Lazar\'s public defense counsel asked for a sentence of three years, calling his hacking expeditions "an addiction of sorts."',
      quote: 'an addiction of sorts',
      speaker: "Lazar's public defense counsel",
    },
  },
  'near miss: the person himself': {
    '"In court documents, Lazar asked for …, calling his hacking expeditions "…"" (written for the shape)': {
      text: 'The Romanian hacker Marcel Lehel Lazar was sentenced on Thursday. || In court documents, Lazar asked for a sentence of three years, calling his hacking expeditions "an addiction of sorts."',
      quote: 'an addiction of sorts',
      speaker: 'Marcel Lehel Lazar',
    },
  },
  'a report issued and then "charging" is its issuer’s word': {
    "\"The Holocaust Memorial Museum in Washington issued a report this month charging … with ''…''\"": {
      // nyt_2015-11-24_world-war-ii-haunts-our-terror-d (PolNeAR train, fold 1): no speaker before.
      text: "The Holocaust Memorial Museum in Washington issued a report this month charging the Islamic State with ''crimes against humanity,'' ''genocide'' and ''mass atrocities to control, expel, and exterminate ethnic and religious minorities.''",
      quote: 'mass atrocities',
      speaker: 'Holocaust Memorial Museum',
    },
    '"Amnesty International in London issued a report on Monday charging …" (written for the shape)': {
      text: 'Amnesty International in London issued a report on Monday charging the government with "systematic abuse of detainees in the north."',
      quote: 'systematic abuse',
      speaker: 'Amnesty International',
    },
    '"… held up a report charging …": the subject, not the whole clause (written for the shape)': {
      text: "The Holocaust Memorial Museum in Washington held up a report charging the Islamic State with ''crimes against humanity in Iraq and Syria.''",
      quote: 'crimes against humanity',
      speaker: 'Holocaust Memorial Museum',
    },
  },
  'near miss: "charging" after a determiner is a noun': {
    '"He stood near the electric charging station, saying "…"" (written for the shape)': {
      text: 'Senator Mark Kirk toured the plant on Friday. || He stood near the electric charging station, saying "this is the future of transport."',
      quote: 'this is the future',
      speaker: 'Mark Kirk',
    },
  },
  'a participle with no subject is the main clause’s subject’s, after a copula too, never its own object’s': {
    '"She was adamant that …, telling Keyworth they wouldn’t "…""': {
      // wash-post_2016-01-20_fiorina-pushed-ahead-and-paid-a- (PolNeAR train, fold 3): "Keyworth" before.
      text: 'Carly Fiorina led Hewlett-Packard. George Keyworth sat on its board. || But Fiorina tossed "cold water on the idea immediately," she wrote in her memoir. She was adamant that she and the company keep the upper hand, telling Keyworth they wouldn\'t "have to make the first move." Compaq, she predicted, would come to them.',
      quote: 'have to make the first move',
      speaker: 'Carly Fiorina',
    },
  },
  'near miss: a main clause with a verb of its own, as before': {
    '"Fiorina met the board in May, telling Keyworth …" (written for the shape)': {
      text: 'Carly Fiorina led Hewlett-Packard. George Keyworth sat on its board. || Fiorina met the board in May, telling Keyworth they wouldn\'t "have to make the first move." Compaq would come to them.',
      quote: 'have to make the first move',
      speaker: 'Carly Fiorina',
    },
  },
  'a person’s words named by a noun of saying ("his assumption", "X’s answer", "X’s slogan") are the person’s': {
    '"His assumption, confidently stated on live TV, was that "…""': {
      // wash-post_2016-01-17_cruz-glad-to-finish-fight-with-t (PolNeAR train, fold 3): "His assumption" before.
      text: 'Ted Cruz finished second in Iowa. || At the time, Cruz told NBC News that Trump\'s success had been "immensely beneficial for our campaign." His assumption, confidently stated on live TV, was that "as voters get more educated," they would graduate from Trump\'s campaign to his.',
      quote: 'as voters get more educated',
      speaker: 'Ted Cruz',
    },
    '"Hillary Clinton’s campaign slogan is “…”"': {
      // breitbart_2016-02-20_the-latest-hillary-clinton-tells (PolNeAR train, fold 0): no speaker before.
      text: 'Hillary Clinton’s campaign slogan is “I’m with her.” But now she wants voters to know that she’s with them.',
      quote: 'I’m with her',
      speaker: 'Hillary Clinton',
    },
    '"The Florida senator’s answer was that “…”"': {
      // huff-post_2015-11-11_a-meaningful-exchange-actually-h (PolNeAR train, fold 0): no speaker before.
      text: 'The moderators asked Marco Rubio about child care. || The Florida senator’s answer was that “the most important institution in society is the family,” so government should help families cope with child care costs.',
      quote: 'the most important institution',
      speaker: 'The Florida senator',
    },
  },
  'near misses: a document, or a noun with no owner, keeps its reading': {
    '"Her letter was clear: “…”" (written for the shape)': {
      text: 'Sen. Marco Rubio of Florida campaigned in Iowa on Monday. || Her letter was clear: “the most important institution in society is the family.”',
      quote: 'the most important institution',
      speaker: null,
    },
    '"The answer was that “…”" (written for the shape)': {
      text: 'Sen. Marco Rubio of Florida campaigned in Iowa on Monday, and Rubio said he would win. || The answer was that “the most important institution in society is the family.”',
      quote: 'the most important institution',
      speaker: null,
    },
  },
  'a quote inside a dash aside is the subject’s before the aside, not a name that closes the aside': {
    '"Donald Trump - who previously said he would "…" oil fields seized by the Islamic State - said …"': {
      // wash-post_2015-11-15_carnage-renews-debate-over-milit (PolNeAR train, fold 3): "Islamic State" before.
      text: 'The attacks in Paris killed 129 people. || GOP front-runner Donald Trump - who previously said he would "bomb the [expletive] out of" oil fields seized by the Islamic State - said at a Saturday rally in Texas that the United States should also close its borders to Syrian refugees.',
      quote: 'bomb the [expletive]',
      speaker: 'Donald Trump',
    },
  },
  'near miss: "— which he added" keeps its pronoun': {
    '"…, North Korea is violating … resolutions — which he added “is deeply regrettable.”"': {
      // politico_2016-01-05_republicans-blast-obama-after-no (PolNeAR train, fold 0): a first version lost it.
      text: 'Yukiya Amano, director general of the International Atomic Energy Agency, said in a statement Wednesday that, if its claims are true, North Korea is violating U.N. Security Council resolutions — which he added “is deeply regrettable.”',
      quote: 'is deeply regrettable',
      speaker: 'Yukiya Amano',
    },
  },
  'a question put in the passive ("X was asked by Y, “…?”") is the asker’s': {
    '"Sanders was asked by host Bill Maher, who …, “…?”"': {
      // breitbart_2016-05-27_sanders-clinton-email-story-has- (PolNeAR train, fold 2): "Bernie Sanders" before.
      text: 'Bernie Sanders appeared on HBO’s “Real Time.” || Sanders was asked by host Bill Maher, who is supporting Sanders, but has previously dismissed the story about Clinton’s emails, “Now, you famously said, in one of the first debates with Hillary Clinton, oh, I’m tired of hearing about the emails, but that story has moved a little bit, has it not?”',
      quote: 'Now, you famously said',
      speaker: 'Bill Maher',
    },
  },
  'near misses: asked with no asker named, or by people not named': {
    '"Sanders was asked about the emails, “…”" (written for the shape)': {
      text: 'Bernie Sanders appeared on the show. || Sanders was asked about the emails, “I am tired of hearing about the emails.”',
      quote: 'I am tired',
      speaker: 'Bernie Sanders',
    },
  },
  '"recommended" reports speech, so "it recommended" is an organisation’s, never a person’s': {
    '"\'\'…,\'\' it recommended." after "the Business Council of British Columbia opposed an increase"': {
      // nyt_2016-03-03_a-carbon-tax-that-really-works-e (PolNeAR train, fold 2): "Carole Taylor" before.
      text: "Carole Taylor, the former finance minister, defended the tax. \"It worked,\" she said. || The advisory panel recommends unspecified adjustments to protect such trade-exposed industries. Still, the Business Council of British Columbia opposed an increase. || ''Keep the B.C. carbon tax in place at the current level over the balance of the decade,'' it recommended.",
      quote: 'Keep the B.C. carbon tax',
      speaker: 'Business Council of British Columbia',
    },
    '"“…,” it recommended." with no organisation named: no speaker (written for the shape)': {
      text: "Carole Taylor, the former finance minister, defended the tax. \"It worked,\" she said. || The advisory panel met twice. || ''Keep the B.C. carbon tax in place at the current level over the balance of the decade,'' it recommended.",
      quote: 'Keep the B.C. carbon tax',
      speaker: null,
    },
  },
  'near miss: "recommended" as a participle of a thing': {
    '"“…,” she said of the recommended plan." (written for the shape)': {
      text: 'Carole Taylor, the former finance minister, defended the tax. || "It worked better than anyone expected," she said of the recommended plan.',
      quote: 'It worked better',
      speaker: 'Carole Taylor',
    },
  },
});
