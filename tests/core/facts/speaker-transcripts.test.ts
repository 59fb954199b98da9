// Transcript speaker labels: in an interview or debate transcript, a paragraph opening on an all-capital name and a
// colon ("PENCE: …", "JAKE TAPPER: …") is that person's turn, and a quotation in it with no reporting clause of its own
// is theirs. Near misses: headline kickers ("WINNER:", "UPDATE:") in an article that is no dialogue, and a quotation
// whose own clause names someone else. Paragraphs are separated by " || ".
import { speakerTable, type SpeakerCase } from './speaker-table';

const debate =
  'Mike Pence and Tim Kaine met in Virginia on Tuesday. || WALLACE: Governor, your running mate said “we will build a wall” last year. Do you agree? || PENCE: I do, and I said “we will enforce the law” many times. || KAINE: That is not the plan. || PENCE: The American people want “a strong leader in the White House” again. || WALLACE: Thank you both.';

// Breitbart, 2016-03-09 (train): a transcript pasted inside quotation marks, each turn a paragraph opening on a
// straight mark and its label, left open to the paragraph's end.
const quotedTranscript =
  'Wednesday at the CNN Democratic presidential debate, candidate Hillary Clinton said Patricia Smith, the mother of Sean Smith, is “absolutely wrong” for saying Clinton lied to her. || Partial transcript as follows: || "RAMOS:  Secretary Clinton, on the night of the attacks in Benghazi, you sent an e-mail to your daughter Chelsea saying that al qaeda was responsible for the killing of the Americans. Listen. || "VIDEO: Hillary and Obama and Panetta and Biden and Susan Rice all told me it was a video when they knew it was not the video. || "RAMOS: Secretary Clinton, did you lie to them? || "CLINTON: I feel a great deal of sympathy for the families of the four brave Americans that we lost at Benghazi, but she’s wrong. She’s absolutely wrong." || Follow Pam Key on Twitter @pamkeyNEN.';

const cases: Record<string, Record<string, SpeakerCase>> = {
  'a labelled turn is the label’s person’s': {
    'a quotation with no clause in "PENCE: …" is Mike Pence’s, named as the article names him': {
      text: debate,
      quote: 'a strong leader',
      speaker: 'Mike Pence',
    },
    '"I said “…”" in a turn is the label’s person, not whoever was named last': {
      text: debate,
      quote: 'we will enforce',
      speaker: 'Mike Pence',
    },
    'a surname label ("TAPPER:") is the full label before it ("JAKE TAPPER:")': {
      text: 'Governor Mary Fallin spoke on Sunday. || JAKE TAPPER: Do you think he has campaigned as a healer? || FALLIN: I think he is trying. || TAPPER: So, “a country divided by race” in November? || FALLIN: I do not agree.',
      quote: 'a country divided',
      speaker: 'Jake Tapper',
    },
    'a quoted answer right after its label ("WALLACE: “…”") is the label’s person, in title case': {
      text: 'Mike Pence and Tim Kaine met in Virginia on Tuesday. || WALLACE: “Governor, do you agree with your running mate?” || PENCE: “I do, and we will enforce the law.” || KAINE: “That is not the plan at all.”',
      quote: 'Governor, do you',
      speaker: 'Wallace',
    },
    'near miss: a quotation whose own clause names someone ("your running mate said") keeps that speaker': {
      text: debate,
      quote: 'we will build',
      speaker: 'your running mate',
    },
  },
  'a transcript inside quotation marks': {
    'a turn opening on a mark and its label ("\\"CLINTON: …") is the label’s person, named as the article names them': {
      text: quotedTranscript,
      quote: 'CLINTON: I feel',
      speaker: 'Hillary Clinton',
    },
    'the interviewer’s turn ("\\"RAMOS: …") is the interviewer’s, in title case': {
      text: quotedTranscript,
      quote: 'RAMOS: Secretary Clinton, did',
      speaker: 'Ramos',
    },
    'near miss: a kicker label inside the marks ("\\"VIDEO: …") is nobody’s turn, and no other turn’s speaker': {
      text: quotedTranscript,
      quote: 'VIDEO: Hillary',
      speaker: null,
    },
  },
  'no dialogue, no turns': {
    'near miss: common-word kickers ("WINNER:", "LOSER:") are no speakers': {
      text: 'WINNER: The rally drew “the biggest crowd this town has seen” by noon. || LOSER: The weather turned cold. || VERDICT: A long day for the campaign.',
      quote: 'the biggest crowd',
      speaker: null,
    },
    'near miss: a single labelled paragraph is no transcript': {
      text: 'SANDERS: Still “in it to win it” after Tuesday. || The senator spoke in Vermont. || He took no questions.',
      quote: 'in it to win',
      speaker: null,
    },
  },
};

speakerTable('speaker transcripts', cases);
