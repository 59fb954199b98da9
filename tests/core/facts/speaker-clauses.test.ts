// Reporting clauses that hold more than one verb: a participle continuing a named clause ("…, Hollande said Tuesday
// in Paris, noting …"), and a nearer verb inside the complement of an earlier one ("X said the way … women who
// complained about … ''…''"); a described subject with a capitalised modifier ("The Treasury secretary lauded …"). Sentences from news articles (PolNeAR train, folds 0 and 1, where these were read),
// each with the near miss the rule must not catch.
import { speakerTable, type SpeakerCase } from './speaker-table';

const cases: Record<string, Record<string, SpeakerCase>> = {
  'a participle after a named reporting clause': {
    '…, X said Tuesday in Paris, noting the nominee “…”': {
      text: 'French President François Hollande has joined a growing list of world leaders who have slammed U.S. presidential hopeful Donald Trump. || Trump’s “excesses” are sickening, Hollande said Tuesday in Paris, noting the Republican nominee “makes you want to retch.”',
      quote: 'makes you want',
      speaker: 'François Hollande',
    },
    '…, X said, adding, "…"': {
      text: 'White House press secretary Sean Spicer spoke to reporters. || Ryan and Trump will meet sometime next week, Spicer said, adding, "They need to sit down and have a good talk."',
      quote: 'They need to sit',
      speaker: 'Sean Spicer',
    },
    'near miss: a participle with no clause before it takes the sentence subject': {
      text: 'Sen. Lindsey Graham spoke on Sunday. Graham declined to endorse anyone, adding, “I will not vote for Donald Trump.”',
      quote: 'I will not vote',
      speaker: 'Lindsey Graham',
    },
  },
  'a nearer verb inside an earlier verb’s clause': {
    'X, an appositive, said the way … women who complained …': {
      text: "Stuart Stevens, a Republican operative and Mitt Romney's chief strategist in his 2012 presidential campaign, said the way the Clinton operation disparaged women who complained about the president's behavior in the 1990s ''would be all but disqualifying in a Democratic primary'' nowadays.",
      quote: 'would be all but',
      speaker: 'Stuart Stevens',
    },
    'near miss: "a woman asked … and Clinton said" — a new subject after "and"': {
      text: 'Bill Clinton spoke with voters outside the polling location. At one point, a woman asked for a photo and Clinton said, “as long as we’re not violating any election laws.”',
      quote: 'as long as',
      speaker: 'Bill Clinton',
    },
    'near miss: "states" as a noun, then "she says"': {
      text: '"I\'m not really sure where I stand on him right now," says Stephanie Acs, a student from New Mexico. Trump\'s support nationwide and in key states means "he must be doing something right," she says, "but I don\'t know if I would vote for him."',
      quote: "but I don't know",
      speaker: 'Stephanie Acs',
    },
  },
  'a described subject with a capitalised modifier': {
    'The Treasury secretary also lauded …': {
      text: "The Obama administration nominated Jim Yong Kim for a second term. || The Treasury secretary also lauded Mr. Kim, whose term ends next June, for spearheading the bank's response to the Ebola epidemic and for the ''needed reforms at the World Bank.''",
      quote: 'needed reforms',
      speaker: 'The Treasury secretary',
    },
    'a person’s role, not the body named in it': {
      // Round 28: the role is the one person the paragraph before names as its subject, Ted Cruz (not the GOP).
      text: 'Ted Cruz is giving away an engraved shotgun. || The GOP presidential candidate sent out an email to supporters Tuesday inviting them to enter the contest for free, to “win my engraved shotgun!”',
      quote: 'win my engraved',
      speaker: 'Ted Cruz',
    },
    'a person’s role, not the body named in it, with two people named before': {
      text: 'Ted Cruz and Marco Rubio are giving away engraved shotguns. || The GOP presidential candidate sent out an email to supporters Tuesday inviting them to enter the contest for free, to “win my engraved shotgun!”',
      quote: 'win my engraved',
      speaker: 'The GOP presidential candidate',
    },
  },
  'a clause on "and" after a quote that runs on to a later quotation introduces that one': {
    // usa-today_2015-12-14_on-the-islamic-state-a-split-mos (PolNeAR train, fold 0).
    '"X accuses Obama of “…” and Y says he\'s “…”": the first quote is X\'s': {
      text: 'The rhetoric of Republican presidential candidates blasting President Obama\'s approach to combating Islamic State terrorism suggests a huge policy divide. || Ted Cruz accuses Obama of "leading from behind" and Donald Trump says he\'s "losing the war on terrorism," part of a verbal lashing they\'ve administered to the president since the shootings in San Bernardino.',
      quote: 'leading from behind',
      speaker: 'Ted Cruz',
    },
    // wash-post_2016-07-06_understated-perez-raises-politic (PolNeAR train, fold 0).
    'near miss: with no later quotation, the clause after "and" still closes the sentence': {
      text: 'So Labor Secretary Thomas Perez stopped writing his speech, packed up his papers and moved to the cramped last row. || One of the jobs Perez talks about most is that he collected trash to help pay for his undergraduate degree at Brown University. His father\'s sudden death from a heart attack when he was 12 drives him "to have purpose," and he finds that in government work, he said.',
      quote: 'to have purpose',
      speaker: 'Thomas Perez',
    },
  },
  'a participle aside between a subject and its verb': {
    // nyt_2015-12-22_trump-says-praise-from-putin-hel (PolNeAR train, fold 0): the name inside the aside spoke.
    '"after Mr. Trump, asked about … Mr. Putin, had said, “…”"': {
      text: "The dominant Republican in the nominating race was pressed by ABC's host, George Stephanopoulos. || The issue had come up Friday after Mr. Trump, asked about the deaths of journalists under Mr. Putin, had said, ''I think our country does plenty of killing also.''",
      quote: 'I think our country',
      speaker: 'Trump',
    },
    // The same sentence with a passive participle and its complement as the aside (written after the fold-0 case).
    '"after Mr. Trump, confronted by ABC\'s host George Stephanopoulos, said, “…”"': {
      text: "The issue had come up Friday after Mr. Trump, confronted by ABC's host George Stephanopoulos, said, “I think our country does plenty of killing also.”",
      quote: 'I think our country',
      speaker: 'Trump',
    },
    'near miss: a participle that is the reporting verb is not an aside': {
      text: 'Sen. Lindsey Graham spoke on Sunday. Graham declined to endorse anyone, speaking to reporters, “I will not vote for Donald Trump.”',
      quote: 'I will not vote',
      speaker: 'Lindsey Graham',
    },
  },
  'a comma inside an earlier quotation’s marks still closes a leading phrase': {
    // wash-post_2016-06-27_the-revolutionary-s-next-tactic- (PolNeAR train, fold 1).
    'Asked why … on "CBS This Morning," Sanders said he had not "…"': {
      text: 'Sanders has been lobbying Clinton to embrace several of his proposals, including tuition-free public universities and a $15 minimum wage. Asked why he had yet to endorse Clinton during an appearance Friday on "CBS This Morning," Sanders said he had not "heard her say the things that need to be said."',
      quote: 'heard her say',
      speaker: 'Sanders',
    },
    // breitbart_2016-06-08_ready-to-back-clinton-obama-work (PolNeAR train, fold 0).
    'near miss: a quotation opening the sentence, then "said X, urging … “…”"': {
      text: 'Yet it was unclear whether Sanders was ready to follow that script. || “Oh, let him make that decision,” said Vice President Joe Biden, urging those calling for Sanders’ withdrawal to “give him time.” Biden was arranging calls with both Sanders and Clinton.',
      quote: 'give him time',
      speaker: 'Joe Biden',
    },
  },
  'a copula and its predicate before a colon introduce the quote ("…, X was blunt: “…”")': {
    // huff-post_2016-02-02_ted-cruz-is-a-natural-born-citiz (PolNeAR train, fold 2): the sentence's shape, whose
    // subject there is a body's name; a description and a person here.
    '"As if addressing the magnate directly, the board was conclusive in its findings: “…”"': {
      text: 'A deafening birther debate over whether Cruz satisfied the constitutional standard for the presidency emerged in the months leading up to Monday’s Iowa caucus. || As if addressing the magnate directly, the board was conclusive in its findings: “Further discussion on this issue is unnecessary.”',
      quote: 'Further discussion',
      speaker: 'the board',
    },
    '"In a statement on Monday, Cruz was blunt: “…”"': {
      text: 'Ted Cruz spoke in Iowa on Sunday. || In a statement on Monday, Cruz was blunt: “Further discussion on this issue is unnecessary.”',
      quote: 'Further discussion',
      speaker: 'Ted Cruz',
    },
    'near miss: a noun phrase after the copula ("Cruz was the first to answer:") gives no speaker': {
      text: 'Ted Cruz spoke in Iowa on Sunday. || As if addressing the magnate directly, Cruz was the first to answer: “Further discussion on this issue is unnecessary.”',
      quote: 'Further discussion',
      speaker: null,
    },
  },
};

speakerTable('speaker clauses', cases);
