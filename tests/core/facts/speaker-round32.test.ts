// Who said what, thirty-second round. An absolute "with X VERBing" before a quote ("…, with Trump reportedly yelling:
// “…”", "…, with many marchers and spectators chanting “…”") has a subject of its own, which speaks: before, the
// participles of shouting and chanting were no reporting verbs, so the sentence's subject (or an object before ", with
// X reportedly", read as an aside) was given, or no one. Real sentences from PolNeAR train (named below), else written
// for the shape and marked so. Paragraphs " || ".
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
});
