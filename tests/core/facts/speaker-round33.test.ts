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
    '"His office put out a statement saying the U.S. “…”"': {
      // huff-post_2016-07-26_obama-administration-to-expand-p (PolNeAR train, fold 1): "a statement" before.
      text: 'Rep. Michael McCaul has long opposed the program. His office put out a statement saying the U.S. “does not have the capacity to properly vet every incoming refugee, and terrorist organizations can take advantage of the major shortfalls in the refugee process.”',
      quote: 'does not have the capacity',
      speaker: 'His office',
    },
    '"…, his campaign sent out a text message to supporters saying: "…""': {
      // wash-post_2016-02-10_after-a-big-loss-clinton-looks-f (PolNeAR train, fold 2): the message before.
      text: 'Even before Sanders took the stage Tuesday night to acknowledge his victory, his campaign sent out a text message to supporters saying: "With your help, we were just declared the winner in New Hampshire! Reply GIVE to contribute $10."',
      quote: 'With your help',
      speaker: 'his campaign',
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
  'a fragment or the generic "you" is no speaker; a poll’s second share is its own verb’s subject': {
    '"“…,” is one common saying here."': {
      // wash-post_2015-12-28_tug-of-war-in-central-asia (PolNeAR train, fold 1): "one common" before.
      text: 'Kazakh attitudes toward Chinese migrant workers reflect fears that China would one day dominate the country. "In 2030, we\'ll all wake up and find ourselves speaking Chinese," is one common saying here.',
      quote: 'In 2030',
      speaker: null,
    },
    '"You have to go back only 12 years to see … the idea that "…""': {
      // wash-post_2016-04-23_one-policy-that-trump-seems-to-u (PolNeAR train, fold 0): "You" before.
      text: 'It wasn\'t always this bad. You have to go back only 12 years to see a Republican administration defending the idea that "aggressive monetary policy can reduce the depth of a recession."',
      quote: 'aggressive monetary policy',
      speaker: null,
    },
    '"…, 39 percent blame his supporters and 22 percent say he is "…""': {
      // wash-post_2016-03-24_stop-trumpers-here-are-some-reas (PolNeAR train, fold 3): the whole clause before.
      text: 'The Q poll also finds that, while 37 percent of Americans say Trump is "very responsible" for violence at his rallies, 39 percent blame his supporters and 22 percent say he is "not at all responsible."',
      quote: 'not at all responsible',
      speaker: '22 percent',
    },
  },
  'near misses: a saying that speaks, and "you" inside a quote': {
    '"“…,” the saying goes." keeps no speaker (written for the shape)': {
      text: 'Voters here are patient. "All politics is local," the saying goes, and Ohio is no exception.',
      quote: 'All politics is local',
      speaker: null,
    },
    '"“You have to vote,” Smith said." (written for the shape)': {
      text: 'Jane Smith spoke to the crowd. “You have to vote this year, all of you,” Smith said.',
      quote: 'You have to vote',
      speaker: 'Jane Smith',
    },
  },
  'a subordinate clause’s described subject before a verb of naming names the words': {
    '"…, when many commentators called him “…”"': {
      // west-journal_2016-03-04_kasich-just-revealed-the-thing-h (PolNeAR train, fold 0): "John Kasich" before.
      text: 'Kasich is coming off a strong debate Thursday night, when many commentators called him “the grownup on the stage” amidst the food fight between the top three contenders.',
      quote: 'the grownup on the stage',
      speaker: 'many commentators',
    },
  },
  'near miss: a subordinate clause before a verb that is not one of naming': {
    '"He sent out a fundraising email as the platform committee meeting began vowing to “…”"': {
      // huff-post_2016-06-09_clinton-and-sanders-aren-t-butti (PolNeAR train, fold 2), shortened.
      text: 'The Independent Vermont senator Bernie Sanders vowed last month to take his campaign all the way to the convention. He sent out a fundraising email as the platform committee meeting began vowing to “fight for every vote” in the nation’s last presidential primary in Washington on Tuesday.',
      quote: 'fight for every vote',
      speaker: 'Bernie Sanders',
    },
  },
  'a clause after the quote whose verb runs into a later quotation introduces that one': {
    '"He said, "…" - at which point the crowd chanted "…" -"': {
      // wash-post_2016-07-22_republican-assails-elites-as-he- (PolNeAR train, fold 2), shortened: "the crowd" before.
      text: 'Earlier, Maricopa County (Ariz.) Sheriff Joe Arpaio, one of the most polarizing figures in the immigration debate, vouched for Trump\'s proposal to build a wall along the Mexican border. || He said, "Donald Trump will build the wall" - at which point the crowd chanted "Build the wall!"',
      quote: 'Donald Trump will build',
      speaker: 'Joe Arpaio',
    },
    '"He said, “…” and the crowd chanted “…”" (written for the shape)': {
      text: 'Sheriff Joe Arpaio spoke before the nominee. || He said, “Donald Trump will build the wall” and the crowd chanted “Build the wall!”',
      quote: 'Donald Trump will build',
      speaker: 'Joe Arpaio',
    },
  },
  'near miss: the later quotation is still the later clause’s': {
    '"…" and the crowd chanted "Build the wall!"': {
      text: 'Sheriff Joe Arpaio spoke before the nominee. || He said, “Donald Trump will build the wall” and the crowd chanted “Build the wall, build the wall!”',
      quote: 'Build the wall, build',
      speaker: 'the crowd',
    },
  },
  'verbs of speech the list lacked: "surmised", "barked", "repeated"': {
    '"Her father, Brad, 39, worried …. || "…," he surmised."': {
      // wash-post_2016-08-28_in-crazy-election-gary-johnson-s (PolNeAR train, fold 3): "Aubrey Pelletier" before.
      text: 'The day before, at a Johnson-Weld rally in Concord, N.H., 14-year-old Aubrey Pelletier hoisted a sign that read "15%!" Her father, Brad, 39, worried that too many voters limit the news they read and couldn\'t see the point of choosing Johnson. || "People are afraid of wasting their votes," he surmised. "On Facebook, I see Gary Johnson stuff all the time."',
      quote: 'People are afraid',
      speaker: 'Brad',
    },
    '"“…,” Cruz barked." (written for the shape)': {
      text: 'Reporters waited for Sen. Ted Cruz outside the chamber. “We will have the votes,” Senator Lindsey Graham said. || “Get out of my way, I have a vote to cast,” Cruz barked.',
      quote: 'Get out of my way',
      speaker: 'Ted Cruz',
    },
  },
  'a role word with a double s ("press secretary") may stand before a subject’s name': {
    '"…, White House press secretary Josh Earnest argued …. || "…," he said."': {
      // wash-post_2016-01-28_senator-from-vermont-steps-off-c (PolNeAR train, fold 0), shortened: "Obama" before.
      text: 'President Obama met Sanders in the Oval Office on Wednesday. || Speaking to reporters after the meeting, White House press secretary Josh Earnest argued that a competitive Democratic primary was not a problem. || "That debate is good for our democracy," he said. "It\'s also good for the party."',
      quote: 'That debate is good',
      speaker: 'Josh Earnest',
    },
  },
  'near miss: a name after a verb with a role before it is the object': {
    '"President Obama praised press secretary Josh Earnest …. || "…," he said." (written for the shape)': {
      text: 'President Obama praised press secretary Josh Earnest at the briefing on Wednesday. || "That debate is good for our democracy," he said.',
      quote: 'That debate is good',
      speaker: 'Obama',
    },
  },
  'a run of capitals ends at a possessive: "Trump’s Virginia state director, Mike Rubino,"': {
    '"…, Trump’s Virginia state director, Mike Rubino, reached out …, writing in an email: “…”"': {
      // politico_2016-01-05_trump-quietly-builds-a-data-jugg (PolNeAR train, fold 2), shortened: "Donald Trump" before.
      text: "Donald Trump has built a data operation in Virginia. || In early October, Trump’s Virginia state director, Mike Rubino, reached out to rVotes, writing in an email: “We want to utilize this ASAP.” Steve Adler, rVotes' owner, said the Trump campaign has yet to follow up.",
      quote: 'We want to utilize',
      speaker: 'Mike Rubino',
    },
  },
  'near miss: a possessive with no name apposed still gives its owner': {
    '"In early October, Trump’s Virginia team reached out …, writing: “…”" (written for the shape)': {
      text: 'Donald Trump has built a data operation in Virginia. || In early October, Trump’s Virginia team reached out to rVotes, writing in an email: “We want to utilize this ASAP.”',
      quote: 'We want to utilize',
      speaker: 'Donald Trump',
    },
  },
  'a quote paragraph after a sentence that gives a statement is the issuer’s': {
    '"…, the DNC issued a statement apologizing to Sanders …. || “On behalf of everyone at the DNC, …”"': {
      // breitbart_2016-07-25_dnc-issues-deep-and-sincere-apol (PolNeAR train, fold 2), shortened: "Bernie Sanders" before.
      text: 'Donna Brazile is the interim chair of the Democratic National Committee (DNC) after Debbie Wasserman Schultz resigned. || At Brazile’s direction, the DNC issued a statement apologizing to Sanders for the emails, which included staff members suggesting someone should question Sanders’ Jewish faith. || “On behalf of everyone at the DNC, we want to offer a deep and sincere apology to Senator Sanders, his supporters and everyone in the Democratic Party for the inexcusable remarks made over email.”',
      quote: 'On behalf of everyone',
      speaker: 'Democratic National Committee',
    },
  },
  'near miss: a paragraph about someone that gives no statement still introduces them': {
    '"Sanders met the DNC’s new chair on Monday. || “…”" (written for the shape)': {
      text: 'Bernie Sanders met the new chair of the Democratic National Committee on Monday to talk about the emails. || “We had a long and frank conversation about what went wrong and how to fix it for the next primary.”',
      quote: 'We had a long',
      speaker: 'Bernie Sanders',
    },
  },
});
