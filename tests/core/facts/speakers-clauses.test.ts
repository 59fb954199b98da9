// The speaker sieve, continued (speakers.test.ts holds the explicit cues, head names, partial quotes and carried
// speakers): the name nearest the verb, clauses around a quote, described speakers, pronouns and sentence subjects.
// Sentences are written after patterns found on PolNeAR train (bench/polnear), not copied from it.
import { speakerTable, type SpeakerCase } from './speaker-table';

const cases: Record<string, Record<string, SpeakerCase>> = {
  'the name nearest the verb': {
    'the writer’s clause before a trailing "X added" does not speak': {
      text: 'Ed Rendell backs Clinton. || Sanders “has a right to contest every primary,” just as Hillary Clinton did in 2008, Ed Rendell added.',
      quote: 'has a right',
      speaker: 'Ed Rendell',
    },
    'near miss: an appositive after the name still names the speaker': {
      text: '“We are proud of him,” Dorothy Poynter, who grew up with Ali, said.',
      quote: 'We are proud',
      speaker: 'Dorothy Poynter',
    },
    '"what X called" is X’s': {
      text: 'Frank Jackson wanted Cleveland to shed what Dan Gilbert called “a perception problem.”',
      quote: 'a perception problem',
      speaker: 'Dan Gilbert',
    },
    'a new reporting verb: "declares X"': {
      text: '“I’m a voter,” declares Stephanie Acs, 27, a Navy veteran.',
      quote: 'I’m a voter',
      speaker: 'Stephanie Acs',
    },
  },
  'sentences and clauses around a quote': {
    'a sentence split inside an earlier quotation starts at its opening mark': {
      text: 'Rachel Maddow asked about running mates. || "Absolutely not. Absolutely not," Hillary Clinton responded, remarking that she is "looking for a team" this year.',
      quote: 'looking for a team',
      speaker: 'Hillary Clinton',
    },
    'a subordinate clause before the verb has its own subject: "X tweeted after Y argued that “…”"': {
      text: 'Hillary Clinton and David Axelrod spoke. || “It is misleading to say so. It was not a bailout bill,” Axelrod tweeted after Clinton argued that “we would not have rescued the auto industry.”',
      quote: 'we would not have',
      speaker: 'Hillary Clinton',
    },
    'near miss: the quote before that clause is still the first speaker’s': {
      text: 'Hillary Clinton and David Axelrod spoke. || “It is misleading to say so. It was not a bailout bill,” Axelrod tweeted after Clinton argued that “we would not have rescued the auto industry.”',
      quote: 'It is misleading',
      speaker: 'David Axelrod',
    },
    'an aside between the subject and its verb: "Hunter, meanwhile, told …"': {
      text: 'Duncan Hunter endorsed the candidate. || Hunter, meanwhile, told Politico that he is in favor of Trump because “we need a leader as president.”',
      quote: 'we need a leader',
      speaker: 'Duncan Hunter',
    },
    'an adverb after a relative clause: "Raphael Lemkin, who coined the word, once said, “…”"': {
      text: 'The world recognizes the calamity. || Raphael Lemkin, who coined the word genocide, once said, “It happened so many times, first to the Armenians.”',
      quote: 'It happened so many',
      speaker: 'Raphael Lemkin',
    },
    'near miss: a place aside keeps its subject ("Trump, in Kentucky, said")': {
      text: 'Donald Trump kept up his criticism. || Trump, in Kentucky, said Tuesday that Marco Rubio was “a total lightweight” in the race.',
      quote: 'a total lightweight',
      speaker: 'Donald Trump',
    },
    'a present-tense "agrees X"': {
      text: 'Diana Ruocco answered the survey. || "Our ideas of success are different," agrees Michelle Stevens, 30, of Gainesville, Fla.',
      quote: 'Our ideas of',
      speaker: 'Michelle Stevens',
    },
  },
  'a name that modifies a described speaker': {
    'an indefinite description closed by its noun: "said a 2008 Clinton veteran"': {
      text: 'Hillary Clinton prepared for the debate. || “She did not like that at all,” said a 2008 Clinton veteran. “She cut down the prep time.”',
      quote: 'She did not like',
      speaker: 'a 2008 Clinton veteran',
    },
    'a description before its verb: "one Clinton ad declared"': {
      text: 'Hillary Clinton answered. || Her side struck back - “If Trump wins, they could be running the country,” one Clinton ad declared - and more.',
      quote: 'If Trump wins',
      speaker: 'one Clinton ad',
    },
    'a participle phrase after an inverted speaker is not part of it': {
      text: 'Bernie Sanders lost Kentucky. || “Hillary does not even care anymore,” wrote one Sanders supporter, tweeting a link to a story.',
      quote: 'Hillary does not',
      speaker: 'one Sanders supporter',
    },
    'two nouns closing the description: "said one former GOP leadership aide."': {
      text: 'Donald Trump met House Republicans. || “This is crucial for both of them,” said one former GOP leadership aide. “It will be hard.”',
      quote: 'This is crucial',
      speaker: 'one former GOP leadership aide',
    },
    'near miss: the reporting verb is not a second noun ("the RNC member said, adding …")': {
      text: 'Donald Trump spent donors’ money. || “Nobody cares when you are spending your own money,” the RNC member said, adding that donors may not be sympathetic.',
      quote: 'Nobody cares',
      speaker: 'the RNC member',
    },
    'a party label heading an indefinite description: "one senior Democrat said"': {
      text: 'Bill Clinton defended the foundation. || “The campaign has been really reluctant to jump in,” one senior Democrat said.',
      quote: 'The campaign has',
      speaker: 'one senior Democrat',
    },
    'near miss: a named party member is the person ("said Steve King, an Iowa Republican")': {
      text: 'Ted Cruz campaigned in Iowa. || “He is the real conservative in this race,” said Steve King, an Iowa Republican.',
      quote: 'He is the real',
      speaker: 'Steve King',
    },
    'near miss: a subject with "have" is no speaker phrase ("Aides have also suggested")': {
      text: 'Bernie Sanders lost New York. || Aides have also suggested Sanders will push “Medicare for all” at the convention.',
      quote: 'Medicare for all',
      speaker: 'Aides',
    },
    'near miss: a clause word after the head name ("Dan Golvach when asked") keeps the name': {
      text: 'Ted Cruz spoke in Texas. || “Anyone who breaks the law puts Americans at risk,” said Cruz constituent Dan Golvach when asked about the senator.',
      quote: 'Anyone who breaks',
      speaker: 'Dan Golvach',
    },
    'near miss: a reflexive after the name ("Cruz himself said") keeps the name': {
      text: 'Ted Cruz campaigned in Iowa. || Ted Cruz himself said that “the only way to win the state is to ask.”',
      quote: 'the only way',
      speaker: 'Ted Cruz',
    },
  },
  'pronouns: who spoke last': {
    'a trailing "…, X said." makes X the one a later "he said" means': {
      text: 'Ted Cruz won Iowa. || But Cruz will have a much harder time in the general election, Mark Jones said. "It is an open question whether he can win a national campaign," he said.',
      quote: 'It is an open',
      speaker: 'Mark Jones',
    },
    'the same with an appositive: "…, Mark Jones, a professor at Rice University, said."': {
      text: 'Ted Cruz won Iowa. || Cruz will have a harder time in the general election, Mark Jones, a professor at Rice University, said. "It is an open question whether he can win a national campaign," he said.',
      quote: 'It is an open',
      speaker: 'Mark Jones',
    },
    'a lone surname opening the sentence, when nobody named is in reach: "Calabrese told …"': {
      text: 'A welcome message on the website invites Americans to move. || Calabrese told the National Post he has received hundreds of emails from Americans. “I am in disbelief,” he said.',
      quote: 'I am in disbelief',
      speaker: 'Calabrese',
    },
    'near miss: a plural noun opening the sentence ("Officials said") is nobody’s name': {
      text: 'The bridge was closed on Monday. || Officials said the bridge would stay closed. “We are not sure when it will open,” he said.',
      quote: 'We are not sure',
      speaker: null,
    },
    'near miss: a name in an object clause ("what Trump said") is not who speaks next': {
      text: 'Ted Cruz won Iowa. Donald Trump spoke too. || Cruz dismissed what Trump said about his campaign. "It is an open question whether people care," he said.',
      quote: 'It is an open',
      speaker: 'Ted Cruz',
    },
  },
  'the sentence subject, when no reporting verb introduces the quote': {
    'a named subject and its verb': {
      text: 'Ted Cruz campaigned in Iowa. || Cruz, leading narrowly in the polls, questioned Trump’s “New York values and his judgment.”',
      quote: 'New York values',
      speaker: 'Ted Cruz',
    },
    'a pronoun subject': {
      text: 'Megyn Kelly interviewed the candidate last week. || She told the morning show the tone was cordial and predicted viewers “will be feeling a little uncomfortable.”',
      quote: 'will be feeling',
      speaker: 'Megyn Kelly',
    },
    'a leading prepositional phrase is skipped': {
      text: 'Like Bob Corker, Bob Menendez also rejected the notion, arguing that there is “flexibility for the administration” in the regime.',
      quote: 'flexibility for',
      speaker: 'Bob Menendez',
    },
    'a leading subordinate clause is skipped': {
      text: 'After Hillary Clinton spoke, Bernie Sanders rejected “the politics of the past” in a long speech.',
      quote: 'the politics of',
      speaker: 'Bernie Sanders',
    },
    'a described subject speaks as itself': {
      text: 'Bernie Sanders spoke. || Holding signs, the protesters chanted “feel the Bern tonight” for an hour.',
      quote: 'feel the Bern',
      speaker: 'the protesters',
    },
    'lowercase role words between a capitalised title and the name ("Republican presidential front-runner X")': {
      text: 'The campaign met in Florida. || Republican presidential front-runner Donald Trump defended his campaign manager as a “very decent man” on Tuesday.',
      quote: 'very decent man',
      speaker: 'Donald Trump',
    },
    'near miss: a plural after the title is the subject, not a role ("Republican voters … backed X")': {
      text: 'The campaign met in Florida. || Republican voters in Iowa backed Donald Trump as a “very decent man” on Tuesday.',
      quote: 'very decent man',
      speaker: null,
    },
    'a possessive appositive ("X, Donald Trump’s fired campaign manager, ripped")': {
      text: 'The inquiry closed. || Corey Lewandowski, Donald Trump’s fired campaign manager, ripped FBI Director James Comey for acting as “the judge and the jury” in the inquiry.',
      quote: 'the judge and the jury',
      speaker: 'Corey Lewandowski',
    },
    'near miss: a leading "Given …," phrase is skipped, and "Given" is never a speaker': {
      text: 'The group backed Sanders in the primary. || Given his electoral success, his endorsements will carry “a great deal of weight” in the fall.',
      quote: 'a great deal',
      speaker: null,
    },
    'near miss: a sentence opening with a description and no verb of its own keeps no speaker': {
      text: 'Bernie Sanders spoke. || The chant of “feel the Bern tonight” went on in the hall for an hour.',
      quote: 'feel the Bern',
      speaker: null,
    },
    'near miss: a name that is not followed by its verb is no subject': {
      text: 'Bernie Sanders spoke. || Ohio and its voters will decide “the future of the whole party” this year.',
      quote: 'the future of',
      speaker: null,
    },
  },
};

speakerTable('speaker sieve: names, clauses, descriptions and pronouns', cases);
