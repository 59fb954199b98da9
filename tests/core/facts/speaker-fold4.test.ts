// Reporting clauses read on PolNeAR train fold 4 (the seventeenth round, docs/speakers-rounds-3.md), read only for
// the error kinds bench/polnear/error-kinds.ts found worse on dev than on train: each rule with the sentence it
// exists for and the near miss it must not catch.
import { speakerTable, type SpeakerCase } from './speaker-table';

const cases: Record<string, Record<string, SpeakerCase>> = {
  '"No." before a rank ends no clause': {
    // wash-post_2016-03-18_why-obama-s-high-court-pick-migh (PolNeAR train, fold 4).
    '"As John Cornyn, the No. 2 in the GOP leadership, put it: …"': {
      text: "Only half a dozen Senate Republicans, of 54 total, even expressed a willingness to take a courtesy meeting with Garland. As John Cornyn, the No. 2 in the GOP leadership, put it: \"This person will not be confirmed. So there's no reason going through some motions and pretending like it's going to happen, because it's not going to happen.\"",
      quote: 'This person will not',
      speaker: 'John Cornyn',
    },
    'near miss: "No." before a quotation still ends the sentence': {
      text: 'Senator John Cornyn was asked whether Garland would get a vote. The answer was No. "We will hold no hearings this year," said Mitch McConnell.',
      quote: 'We will hold no hearings',
      speaker: 'Mitch McConnell',
    },
  },
  'a name before three nouns only modifies a described speaker': {
    // wash-post_2016-03-03_staffer-who-set-up-clinton-email (PolNeAR train, fold 4).
    '"Petraeus "…," said a former U.S. law enforcement official who oversaw …"': {
      text: 'Petraeus "was handled so lightly for his offense there isn\'t a whole lot you can do," said a former U.S. law enforcement official who oversaw counterintelligence investigations and described the email controversy as "a lesser set of circumstances."',
      quote: 'was handled so lightly',
      speaker: 'a former U.S. law enforcement official',
    },
    'near miss: a name and its verb before a "who" clause still speaks': {
      text: '"We are going to win this state," Hillary Clinton told reporters who gathered in Des Moines.',
      quote: 'We are going to win',
      speaker: 'Hillary Clinton',
    },
  },
  'a described subject opening the sentence of a characterising verb': {
    // politico_2016-02-10_top-clinton-adviser-sent-top-sec (PolNeAR train, fold 4).
    '"One Clinton spokesman has called the situation “…”"': {
      text: 'Clinton has said she never sent classified material. || One Clinton spokesman has called the situation “overclassification run amok.” However, one source said some of the email exchanges may have begun by simply relaying news reports.',
      quote: 'overclassification run amok',
      speaker: 'One Clinton spokesman',
    },
    'near miss: a name opening the sentence still speaks': {
      text: 'Hillary Clinton has called the situation “overclassification run amok.”',
      quote: 'overclassification run amok',
      speaker: 'Hillary Clinton',
    },
  },
  'an adjective in -ed after the determiner stays in the description': {
    // politico_2016-04-03_cruz-tops-trump-in-north-dakota- (PolNeAR train, fold 4).
    '"“…,” said the printed Cruz slate card."': {
      text: 'They handed out printed slate sheets to Republican activists as they arrived at Scheels Arena Sunday for the convention. “Senator Cruz appreciates all of his supporters at the convention, but he asks you to focus your votes on this group due to the necessities of unifying our votes,” said the printed Cruz slate card.',
      quote: 'Senator Cruz appreciates',
      speaker: 'the printed Cruz slate card',
    },
    'near miss: a described subject still ends before its verb': {
      text: 'The Vermont senator emailed supporters: “We will win this fight in the convention.”',
      quote: 'We will win this fight',
      speaker: 'The Vermont senator',
    },
  },
  '"reacted" and "questioned" report speech, not in the passive': {
    // west-journal_2015-12-07_immediately-after-obama-s-terror (PolNeAR train, fold 4).
    '"“… Is Obama profiling?” reacted Trump."': {
      text: 'Donald Trump did not wait long to respond to the president’s address. || “Obama said in his speech that Muslims are our sports heroes. What sport is he talking about, and who? Is Obama profiling?” reacted Trump.',
      quote: 'Obama said in his speech',
      speaker: 'Donald Trump',
    },
    // huff-post_2016-08-03_francois-hollande-says-donald-tr (PolNeAR train, fold 0).
    'near miss: "When Trump was questioned about …" reports nothing': {
      text: 'Khan, who is Muslim, also decried Trump’s repeated calls to ban all Muslims from entering the U.S., noting he has “sacrificed nothing” for the country he is campaigning to lead. || <tweet pic="" author="realDonaldTrump">Mr. Khan, who does not know me, viciously attacked me from the stage of the DNC and is now all over T.V. doing the same - Nice!</tweet>. || When Trump was questioned about the dispute on ABC News, his response focused on how Khan’s wife, Ghazala, remained silent during the DNC speech, as if she “wasn’t allowed to have anything to say.” Trump also claimed that he had made “a lot of sacrifices,” such as creating jobs.',
      quote: 'wasn’t allowed to have',
      speaker: null,
    },
  },
  '"continues to", "went on to" report nothing': {
    // nyt_2015-12-29_u-s-commandos-take-on-larger-rol (PolNeAR train, fold 4).
    "\"Even as Mr. Obama has repeatedly said that he opposes American ''boots on the ground'' …, his administration continues to carve out …\"":
      {
        text: "Even as Mr. Obama has repeatedly said that he opposes American ''boots on the ground'' in far-flung parts of the world, his administration continues to carve out exceptions for Special Operations forces - with American officials often resorting to linguistic contortions to mask the forces' combat role.",
        quote: 'boots on the ground',
        speaker: 'Obama',
      },
    'near miss: "continued" closing a quote still reports it': {
      text: 'Bernie Sanders spoke in Ohio. “We will keep on fighting for every vote,” Sanders continued.',
      quote: 'We will keep on fighting',
      speaker: 'Bernie Sanders',
    },
  },
  'a surname the rules joined to a common word is the surname as written': {
    // breitbart_2016-05-04_ann-coulter-and-then-there-was-t (PolNeAR train, fold 4): the article never writes a
    // full name ending on "Trump".
    '"Trump told Newsmax that …, adding, “…”" beside a "Trump Train"': {
      text: 'All aboard the Trump Train, I know you don’t want to vote for Hillary. || To wit, Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation which was maniacal,” adding, “He lost all of the Latino vote … he lost everybody who is inspired to come into this country.”',
      quote: 'He lost all of the Latino vote',
      speaker: 'Trump',
    },
    'near miss: the one person of that surname the article names': {
      text: 'Donald Trump spoke in Ohio. All aboard the Trump Train, I know you don’t want to vote for Hillary. || To wit, Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation which was maniacal,” adding, “He lost all of the Latino vote … he lost everybody who is inspired to come into this country.”',
      quote: 'He lost all of the Latino vote',
      speaker: 'Donald Trump',
    },
  },
  'an untyped surname that speaks may be "he"/"she" though the rules made it an organisation': {
    // politico_2016-02-10_top-clinton-adviser-sent-top-sec (PolNeAR train, fold 4).
    '"Feinstein said "…," she said." beside "Dianne Feinstein"': {
      text: 'Congressional Republicans probing Clinton\'s email setup have two main questions. || Senate Intelligence Ranking Democrat Dianne Feinstein (D-Calif.) last week said Clinton was not the originator of any "top secret" email chains. Sources told POLITICO, however, that she did chime in and the conversation flowed both ways, a point Feinstein also acknowledged to Bloomberg. || Asked Tuesday about Sullivan, Feinstein said "I don\'t know anything about Jake Sullivan and the emails," she said. "I\'ve never heard it before... I\'ve seen the emails but I don\'t register on Jake Sullivan."',
      quote: 'I don',
      speaker: 'Feinstein',
    },
    'near miss: an outlet never written after another name': {
      text: 'Hillary Clinton was asked about the emails on Monday. || Reuters said the emails were classified. "I have never heard it before," she said.',
      quote: 'I have never heard it before',
      speaker: 'Hillary Clinton',
    },
  },
  'the sentence after a quote that is only its reporting clause, with more reporting verbs': {
    // west-journal_2016-01-20_wow-glenn-beck-just-responded-to (PolNeAR train, fold 4).
    '"“…?” Beck questioned." after a paragraph about "The radioman"': {
      text: 'Radio talk show host Glenn Beck minced no words Tuesday night in sharing what he thinks of Sarah Palin’s endorsement of Donald Trump. || The radioman pointed out that Trump was once an advocate for many of the policies Palin has campaigned against, including “big government, bailouts, executive orders, not just abortion but partial birth abortion.” || “What was the massive pivot point to make him change so fundamentally?” Beck questioned.',
      quote: 'What was the massive pivot',
      speaker: 'Glenn Beck',
    },
    // west-journal_2016-04-18_trump-s-son-says-the-battle-agai (PolNeAR train, fold 4).
    '"“… Will be such fun!” Trump tweeted." after Eric Trump\'s quotes': {
      text: 'As Donald Trump began tweeting out his new nickname for Democratic presidential candidate Hillary Clinton, his son said The Donald is just getting started. || “He’s going to go after her in a way that no one has gone after her before,” Eric Trump added. || Eric Trump’s comments came after his father unveiled a new nickname for Clinton in a Sunday tweet. || “Crooked Hillary Clinton is spending a fortune on ads against me. I am the one person she doesn’t want to run against. Will be such fun!” Trump tweeted.',
      quote: 'Crooked Hillary Clinton',
      speaker: 'Donald Trump',
    },
  },
  '"chanted" reports speech': {
    // wash-post_2015-12-04_a-killing-and-video-test-emanuel (PolNeAR train, fold 4).
    '""Hey, hey! Ho, ho! Rahm Emanuel\'s got to go!" some protesters chanted"': {
      text: "\"Hey, hey! Ho, ho! Rahm Emanuel's got to go!\" some protesters chanted, three days after the video's release, on Black Friday, as they marched down Michigan Avenue in the heart of Chicago's downtown shopping district.",
      quote: 'Hey, hey! Ho, ho!',
      speaker: 'some protesters',
    },
    // wash-post_2016-07-22_republican-assails-elites-as-he- (PolNeAR train, fold 2).
    "a crowd's chant inside a speaker's quotation": {
      text: 'Earlier, Maricopa County (Ariz.) Sheriff Joe Arpaio vouched for Trump\'s proposal to build a wall along the Mexican border. || He said, "Donald Trump will build the wall" - at which point the crowd chanted "Build the wall!" - "and restore law and order and keep drugs and illegal immigrants from entering our country."',
      quote: 'Build the wall',
      speaker: 'the crowd',
    },
  },
};

speakerTable('Fold-4 clauses', cases);
