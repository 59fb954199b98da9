// Who said what, thirty-third round (PolNeAR train folds 0–3 read, fold 4 kept as the judging fold). A document issued
// and then "saying" ("Black Lives Matter issued a statement saying …") is its issuer's word: before, the document
// ("a statement Tuesday") or the whole clause ("The group issued a statement") was given as the speaker. Real
// sentences from PolNeAR train (named below, shortened), else written for the shape and marked so. Paragraphs " || ".
import { speakerTable } from './speaker-table';

speakerTable('round 33', {
  'a document issued and then "saying" is its issuer’s word': {
    '"Black Lives Matter issued a statement saying it took the action "…""': {
      // usa-today_2016-06-27_orlando-shootings-temper-lgbt-pr (PolNeAR train, fold 1): "a statement" before.
      text: 'The added security in San Francisco brought controversy as well, prompting Black Lives Matter, the organizational Grand Marshal for the parade, to withdraw from the event. Black Lives Matter issued a statement saying it took the action "because of the unsafe conditions created for our communities by law enforcement."',
      quote: 'because of the unsafe',
      speaker: 'Black Lives Matter',
    },
    '"Mr. Trump, who said …, issued a statement Tuesday saying, “…”"': {
      // nyt_2016-06-09_ryan-calls-trump-line-racist-but (PolNeAR train, fold 2): "a statement Tuesday" before.
      // The article names him in full before (here a sentence written for it).
      text: "Speaker Paul Ryan criticized Donald J. Trump on Tuesday. || Mr. Trump, who said last week that a Mexican-American judge in a case involving Trump University was biased against him because of his heritage, issued a statement Tuesday saying, ''I do not feel that one's heritage makes them incapable of being impartial.''",
      quote: 'I do not feel',
      speaker: 'Donald J. Trump',
    },
    '"The town released a statement Wednesday saying …“…,”"': {
      // huff-post_2016-05-19_ferguson-is-not-among-the-most-d (PolNeAR train, fold 0): the whole clause before.
      text: 'Ferguson, however, had two murders in 2014, according to the FBI data. || The town released a statement Wednesday saying Trump’s comments “are based on his opinion, not actual facts,” and welcomed Trump to visit the city.',
      quote: 'are based on his opinion',
      speaker: 'The town',
    },
  },
  'near misses: a document held up or a statement with no issuing verb keeps its reading': {
    '"Lori Bernstein held up a sign saying "…""': {
      // wash-post_2016-03-22_presidential-candidates-promise- (PolNeAR train, fold 3): a sign held, not issued.
      text: 'Lori Bernstein held up a sign saying "Jews Against Trump - Because We\'ve Seen This Before." The 57-year-old scientist says she doesn\'t take Holocaust comparisons lightly.',
      quote: 'Jews Against Trump',
      speaker: 'Lori Bernstein',
    },
    '"The ACLU said in a statement, “…”" (written for the shape)': {
      text: 'The ACLU said in a statement, “This is a dark day for the freedom of the press in this country.”',
      quote: 'This is a dark day',
      speaker: 'ACLU',
    },
  },
});
