// Credits after the words (nineteenth round): a quote paragraph credited by the line after it, as fact-checks and
// convention notebooks print them ("“…”" then "- Bernie Sanders."), and an inverted "said X" closing a sentence of
// several quotations. Near misses: an AFP subhead set between dashes after a quote paragraph; a quotation with its
// own clause right after it, before the later one. Paragraphs are separated by " || ".
import { speakerTable, type SpeakerCase } from './speaker-table';

// Washington Post, 2016-02-05 (train): the Fact Checker's debate roundup.
const factCheck =
  'MSNBC aired the fifth Democratic presidential debate on Thursday night, a showdown between former secretary of state Hillary Clinton and Sen. Bernie Sanders of Vermont. || "[Americans are] worried about the future of their kids, and yet almost all new income and wealth is going to the top 1 percent." || - Bernie Sanders. || The senator is relying on an outdated statistic. Sanders is relying on the research of Emmanuel Saez, an economics professor at the University of California at Berkeley. || "The idea that I would dismantle health care in America while we\'re waiting to pass Medicare for all is just not accurate." || - Sanders. || Sanders exaggerates when he says he helped write the Affordable Care Act. || "I will look into it [releasing transcripts of her speeches]. I don\'t know the status, but I will certainly look into it." || - Hillary Clinton.';

// Washington Post, 2016-07-29 (train): a convention notebook's voices.
const notebook =
  "Hillary Clinton accepted the nomination in Philadelphia on Thursday night. || \"Great speech. She's tested. She's ready. She never quits. That's why Hillary should be our next @POTUS.\" || -President Obama, tweeting after Clinton's speech. || \"The whole idea of a 'Crooked Hillary' is something that we hear about all the time, and it needs to stop.\" || -Michelle Marks, Philadelphia.";

const cases: Record<string, Record<string, SpeakerCase>> = {
  'a credit line after a quote paragraph': {
    '"- Sanders." after a quote paragraph is its speaker, named as the article names him, not the earlier subject (Saez)':
      {
        text: factCheck,
        quote: 'The idea that I would',
        speaker: 'Bernie Sanders',
      },
    '"- Hillary Clinton." after a quote paragraph that follows a paragraph about Sanders': {
      text: factCheck,
      quote: 'I will look into it',
      speaker: 'Hillary Clinton',
    },
    'a credit with a comma phrase ("-Michelle Marks, Philadelphia.")': {
      text: notebook,
      quote: 'The whole idea',
      speaker: 'Michelle Marks',
    },
  },
  'no credit line': {
    'near miss: an AFP subhead between dashes ("– An immigrant himself –.") credits no one; the quote carries on': {
      // Breitbart (AFP), 2016-04-12 (train).
      text: '“There’s a real demographic revolution in the United States, a revolution in which whites will become minorities in 30 years,” Ramos said, referring to the ever-growing Hispanic community. || “So I think that there’s resistance among many Americans against seeing their country, accents and colors change.” || – An immigrant himself –. || Ramos, who lives in Miami, considers himself an immigrant even though he has acquired US citizenship.',
      quote: 'So I think',
      speaker: 'Ramos',
    },
  },
  'an inverted clause closing a sentence of several quotations': {
    '", said the bureau’s director, James B. Comey, on Monday." after a later quotation is the first one’s too': {
      // Washington Post, 2016-06-14 (train).
      text: 'The FBI looked for a potential connection between Mateen and Abusalha in 2014 and did not find "ties of any consequence," aside from the two men knowing each other "casually" from attending the same mosque, said the bureau\'s director, James B. Comey, on Monday.',
      quote: 'ties of any',
      speaker: 'James B. Comey',
    },
    'the clause closes the sentence however long the writer’s words before it (", said Alan Abramowitz, a demographer …")':
      {
        // HuffPost, 2016-07-18 (train): the clause stands more than 200 characters after the first quotation.
        text: 'At the RNC’s meeting in Boston the summer after the 2012 loss to Obama, party Chairman Reince Priebus fairly scolded Romney for suggesting during the primary season that immigrants living in the country illegally should “self-deport.” “Using the word ‘self-deportation’ ― I mean, it’s a horrific comment to make,” Priebus said. || The promise to “take our country back” and “make America great again” appeals to lesser-educated whites who wish for a return to an era when a college degree was not necessary to earn a middle-class living and the population was overwhelmingly white, said Alan Abramowitz, a demographer at Emory University. “He’s trying to appeal to a sense of displacement, a sense of being left out, of being left behind,” he said.',
        quote: 'take our country',
        speaker: 'Alan Abramowitz',
      },
    'near miss: a clause right after the quotation, before the later one, keeps its speaker': {
      // Washington Post, 2016-03-03 (train).
      text: 'Petraeus "was handled so lightly for his offense there isn\'t a whole lot you can do," said a former U.S. law enforcement official who oversaw counterintelligence investigations and described the email controversy as "a lesser set of circumstances."',
      quote: 'was handled so',
      speaker: 'a former U.S. law enforcement official',
    },
  },
};

speakerTable('speaker credit lines', cases);
