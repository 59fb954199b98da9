// Who said what, thirty-fifth round (PolNeAR train fold 1 read, folds 0, 2–4 kept for judging). Real sentences from
// PolNeAR train (named below, shortened), else written for the shape and marked so. Paragraphs " || ".
import { speakerTable } from './speaker-table';

speakerTable('round 35', {
  '"in X’s words, “…”" credits the quotation to X, not to the sentence’s subject': {
    '"… because, in Forbes’ words, “…”"': {
      // huff-post_2016-06-02_israel-not-all-doom-and-gloom (PolNeAR train, fold 1): "Michael Dell" before.
      text: 'Michael Dell called Israel a hub of innovation. || The summit, which brought together nearly 700 of the leading young entrepreneurs in the US, was held last month in Jerusalem and Tel Aviv because, in Forbes’ words, “they are the most entrepreneurial places on the planet with more startups per capita than Silicon Valley.”',
      quote: 'they are the most',
      speaker: 'Forbes',
    },
    '"In the words of Senator Jane Roe, “…”" (written for the shape)': {
      text: 'Governor John Smith signed the bill on Monday. || In the words of Senator Jane Roe, “this law will change how the state spends its money.”',
      quote: 'this law will change',
      speaker: 'Jane Roe',
    },
  },
  'near misses: "in his words" is the pronoun’s referent, "in other words" credits no one': {
    '"Smith said that, in other words, “…”" (written for the shape)': {
      text: 'Governor John Smith signed the bill on Monday. || Smith said that, in other words, “the state will spend less.”',
      quote: 'the state will spend',
      speaker: 'John Smith',
    },
  },
  '"Even a top GOP strategist said, “…”": a focus adverb before the subject is not part of the speaker': {
    '"Even a top GOP strategist said, “…”" (written for the shape of west-journal_2016-02-17, train fold 1)': {
      // Before: "Republican Party", the organisation inside the phrase, as the phrase read as no description.
      text: 'Black Lives Matter sent a letter to Hillary Clinton. || Even a top GOP strategist said, “At some point, she’s going to have to come out on where she stands.”',
      quote: 'At some point',
      speaker: 'a top GOP strategist',
    },
    '"Even some Republicans said, “…”" (written for the shape)': {
      text: 'Black Lives Matter sent a letter to Hillary Clinton. || Even some Republicans said, “At some point, she’s going to have to come out on where she stands.”',
      quote: 'At some point',
      speaker: 'some Republicans',
    },
  },
  'near miss: a named subject after "Even" was already found': {
    '"Even Republican strategist Rick Wilson said, “…”" (written for the shape)': {
      text: 'Black Lives Matter sent a letter to Hillary Clinton. || Even Republican strategist Rick Wilson said, “At some point, she’s going to have to come out on where she stands.”',
      quote: 'At some point',
      speaker: 'Rick Wilson',
    },
  },
});
