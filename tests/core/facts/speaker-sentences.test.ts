// One sentence misread (twentieth round): the sentence shapes of train's named misses that no article structure
// explains, each rule with the real sentence it was written for and a near miss. Paragraphs are separated by " || ".
import { speakerTable, type SpeakerCase } from './speaker-table';

const cases: Record<string, Record<string, SpeakerCase>> = {
  'a name, an appositive and its verb after the quote': {
    'a web address inside the appositive ends no clause (", the polling guru who founded fivethirtyeight.com tweeted")':
      {
        // Politico, 2016-09-01 (train).
        text: "Donald Trump has gained in recent polls. || “Clinton needs a strategy for targeting [Libertarian candidate Gary] Johnson & [Green Party hopeful Jill] Stein voters,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday. “They're clearly drawing more from her side of the ledger now.”",
        quote: 'Clinton needs a strategy',
        speaker: 'Nate Silver',
      },
    'near miss: a sentence ending on a period before a capital still ends there': {
      text: 'Donald Trump has gained in recent polls. || “Clinton needs a strategy,” the site said. Nate Silver founded fivethirtyeight.com in 2008.',
      quote: 'Clinton needs a strategy',
      speaker: 'the site',
    },
  },
};

speakerTable('one sentence misread', cases);
