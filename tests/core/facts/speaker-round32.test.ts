// Who said what, thirty-second round. An absolute "with X VERBing" before a quote ("…, with Trump reportedly yelling:
// “…”", "…, with many marchers and spectators chanting “…”") has a subject of its own, which speaks: before, the
// participles of shouting and chanting were no reporting verbs, so the sentence's subject (or an object before ", with
// X reportedly", read as an aside) was given, or no one. Real sentences from PolNeAR train (named below), else written
// for the shape and marked so. A "she" carried to a person from an earlier paragraph whose gender the article does not
// show ("Tad Devine", "Lee Epstein") now goes to the one person in the pronoun's own paragraph shown to be a woman (a
// title, a given name); a person named in that paragraph keeps it. Paragraphs " || ".
import { speakerTable } from './speaker-table';

speakerTable('round 32', {
  'an absolute "with X VERBing" names its own subject': {
    '"…, with Trump reportedly yelling: “…”"': {
      // huff-post_2015-11-23_donald-trump-tweets-a-wildly-ina (PolNeAR train, fold 2): no speaker before.
      text: 'Trump’s anti-immigrant and racist rhetoric is a hallmark of his presidential campaign and has incited racism from his supporters. At a Trump rally in Birmingham, Alabama, on Saturday, some of his supporters kicked and punched a Black Lives Matter protester, with Trump reportedly yelling: “Get him the hell out of here!”',
      quote: 'Get him the hell',
      speaker: 'Trump',
    },
    '"…, with many marchers and spectators chanting "…""': {
      // usa-today_2016-06-27_orlando-shootings-temper-lgbt-pr (PolNeAR train, fold 1): "Orlando" before.
      text: 'Orlando was not far from the thoughts of celebrants, with many marchers and spectators chanting "We are Orlando" and "Disarm hate."',
      quote: 'We are Orlando',
      speaker: 'many marchers and spectators',
    },
    '"The crowd booed, with Senator Elizabeth Warren shouting, “…”" (written for the shape)': {
      text: 'The crowd booed, with Senator Elizabeth Warren shouting, “We will not back down from this fight!”',
      quote: 'We will not back down',
      speaker: 'Elizabeth Warren',
    },
  },
  'near misses: a participle with no "with" before it is the sentence subject’s': {
    '"…, showcasing his large crowds …, alternately shouting “…”"': {
      // nyt_2016-03-12_protesting-at-trump-rallies-a-ri (PolNeAR train, fold 1): a participle after another one.
      text: "Mr. Trump tries to turn the interruptions to his advantage, showcasing his large crowds and commanding presence, alternately shouting ''Get 'em out of here'' and ''Be nice.''",
      quote: "Get 'em out",
      speaker: 'Trump',
    },
    '"Clinton met with Trump, saying afterwards: “…”" (written for the shape)': {
      text: 'Clinton met with Trump, saying afterwards: “We had a frank conversation about the border.”',
      quote: 'We had a frank',
      speaker: 'Clinton',
    },
  },
  '"she" after a speaker of unshown gender from an earlier paragraph: the one woman named in its own paragraph': {
    '"his wife, Jane, called for …. "…," she said" after "said Tad Devine"': {
      // usa-today_2016-04-28_sanders-lays-off-more-than-campa (PolNeAR train, fold 0): "Tad Devine" before. The first
      // paragraph is written for the shape (the article quotes Devine earlier).
      text: '"We will keep fighting until the convention," said Tad Devine, a senior strategist. || Voter participation: Sanders, whose coalition includes young people and independents, said closed primaries deny many energized independents the right to vote. On CNN Tuesday, his wife, Jane, called for an open primary process. "Shutting people out of the process when they\'re excited about politics is not smart," she said.',
      quote: 'Shutting people out',
      speaker: 'Jane',
    },
    '"Mrs. Clinton, if elected, might …. “…,” she said" after "said Lee Epstein"': {
      // nyt_2016-03-04_republicans-have-stake-in-a-deal (PolNeAR train): "Lee Epstein" before. The first paragraph is
      // written for the shape.
      text: "''The court will be split for a long time,'' said Lee Epstein, a law professor. || Should they continue to rebuff any nominee, there is also the possibility that Mrs. Clinton, if elected, might nominate Mr. Obama himself, a prospect sure to horrify many Republicans. ''Wow, what a great idea,'' she said in Iowa earlier this year in response to a voter's question.",
      quote: 'Wow, what a great idea',
      speaker: 'Clinton',
    },
  },
  'near misses: a person named in the pronoun’s own paragraph keeps "she"; "he" is left as it was': {
    '"Opinion polls see Le Pen …, saying Hillary Clinton would …. “…,” she told CNN"': {
      // huff-post_2016-08-31_france-s-marine-le-pen-backs-tru (PolNeAR train, fold 0), shortened.
      text: '“It’s everything but Hillary Clinton,” Le Pen told CNN. || Opinion polls see Le Pen making it to an early May run-off, saying Hillary Clinton would bring war. “What we have in common is that we’re not insiders,” she told CNN in the interview taped and released on Wednesday.',
      quote: 'What we have in common',
      speaker: 'Le Pen',
    },
    '"“…,” he said" after "said Tad Devine", with Sanders in the paragraph (written for the shape)': {
      text: '“We will win the nomination fight,” said Tad Devine, a strategist. || Sanders said closed primaries deny many energized independents the right to vote. “Shutting people out of the process is not smart,” he said.',
      quote: 'Shutting people out',
      speaker: 'Sanders',
    },
  },
  'a writer’s clause after a partial quote, then a long role title and a name before the verb': {
    '"“…” that would respond to …, Justice Department senior trial counsel Caroline Lewis Wolverton wrote"': {
      // wash-post_2016-07-13_after-review-clinton-s-emails-mi (PolNeAR train, fold 1): "James A. Baker" (named before)
      // until then. The first paragraph is written for the shape.
      text: 'FBI General Counsel James A. Baker testified on Tuesday. || "If State obtains additional State Department records, it intends to search them for records" that would respond to requests from Judicial Watch, Justice Department senior trial counsel Caroline Lewis Wolverton wrote in a court filing.',
      quote: 'If State obtains',
      speaker: 'Caroline Lewis Wolverton',
    },
    'near miss: "“…” that …, and the long clause of a writer after it" (written for the shape)': {
      text: 'Senator Ted Cruz spoke in Iowa on Monday. || "We will repeal every word of Obamacare," Cruz said, a promise that drew cheers from the crowd, the loudest applause of the night in the packed high school gym.',
      quote: 'We will repeal',
      speaker: 'Ted Cruz',
    },
  },
});
