// Who said what, thirty-seventh round (PolNeAR train, every fold: the kind "another quotation in the sentence" read).
// Real sentences from PolNeAR train (named below, shortened), else written for the shape and marked so. Paragraphs
// " || ".
import { speakerTable } from './speaker-table';

speakerTable('round 37', {
  'a quote inside a "who" clause after an inverted speaker is that speaker’s': {
    '"Petraeus “…,” said a former official who … described the controversy as “…”"': {
      // wash-post_2016-03-03_staffer-who-set-up-clinton-email (PolNeAR train, fold 4): "David H. Petraeus" before.
      text: 'Former CIA director David H. Petraeus was sentenced to probation. || Petraeus "was handled so lightly for his offense there isn\'t a whole lot you can do," said a former U.S. law enforcement official who oversaw counterintelligence investigations and described the email controversy as "a lesser set of circumstances."',
      quote: 'a lesser set of',
      speaker: 'a former U.S. law enforcement official',
    },
    '"Smith “…,” said Senator John Roe, who called the hearing “…”" (written for the shape)': {
      text: 'Mayor Jane Smith testified on Monday. || Smith "never answered the question," said Senator John Roe, who called the hearing "a waste of everyone\'s time."',
      quote: 'a waste of everyone',
      speaker: 'John Roe',
    },
  },
  'near misses: the earlier quotation keeps its own speaker, and a clause with no earlier quotation is read as before':
    {
      'the first quotation of "Smith “…,” said Senator John Roe, who …" (written for the shape)': {
        text: 'Mayor Jane Smith testified on Monday. || Smith "never answered the question," said Senator John Roe, who called the hearing "a waste of everyone\'s time."',
        quote: 'never answered the question',
        speaker: 'John Roe',
      },
      '"Trump was praised by Jane Roe, who said he “…”" (written for the shape)': {
        text: 'Donald Trump spoke on Monday. || Trump was praised by Jane Roe, who said he "did a great job on trade."',
        quote: 'did a great job',
        speaker: 'Jane Roe',
      },
    },
  'a quote inside the sentence’s opening subordinate clause is that clause’s subject’s, not the main clause’s': {
    '"After Scalia said that … at “…,” Trump said: “…”"': {
      // wash-post_2016-02-14_nomination-questions-are-likely (PolNeAR train, fold 2): "Donald Trump" before.
      text: 'Donald Trump spoke about Justice Antonin Scalia. || After Scalia said that minority students who did not qualify for elite universities might do better at "less advanced schools," Trump said: "I don\'t like what he said, no, I don\'t like what he said."',
      quote: 'less advanced schools',
      speaker: 'Antonin Scalia',
    },
    'the main clause’s own quotation stays the main clause’s': {
      text: 'Donald Trump spoke about Justice Antonin Scalia. || After Scalia said that minority students who did not qualify for elite universities might do better at "less advanced schools," Trump said: "I don\'t like what he said, no, I don\'t like what he said."',
      quote: 'I don',
      speaker: 'Donald Trump',
    },
  },
  'near misses: an opening phrase with no verb of its own, or a comma before the quote': {
    '"After the debate “…,” Trump said." (written for the shape)': {
      text: 'Donald Trump spoke on Monday. || After the debate "it was all over for the other campaign," Trump said.',
      quote: 'it was all over',
      speaker: 'Donald Trump',
    },
    '"When Clinton spoke, “…,” Trump said: “…”" (written for the shape)': {
      text: 'Donald Trump spoke on Monday. || When Clinton spoke, "it was all over for the other campaign," Trump said: "Believe me on this."',
      quote: 'it was all over',
      speaker: 'Donald Trump',
    },
  },
});
