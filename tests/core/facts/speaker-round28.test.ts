// Who said what, twenty-eighth round (docs/speakers-rounds-5.md): general shapes that unseen outlets share — a role
// description resolved to the one person the text names beside it, a role of a named person's that is not that
// person, an office a British paper capitalises, and reporting verbs of magazines and tabloids. Real sentences from
// PolNeAR train where it has them (named below), else written for the shape and marked so. Paragraphs " || ".
import { speakerTable } from './speaker-table';

speakerTable('round 28', {
  'a definite role description is the one person named, as a subject, in its paragraph and the one before': {
    '"The billionaire businessman began …, saying …" after two paragraphs about Trump': {
      // breitbart_2016-02-08_the-latest-nh-towns-cast-first-v (PolNeAR train, fold 3).
      text: 'Donald Trump has traded his usual large-scale rallies for an intimate town hall setting. || Trump is taking questions in an Elks Lodge in Salem, New Hampshire in front of a crowd of about 230 people. || The billionaire businessman began by talking about the state’s drug crisis, saying that obtaining heroin is now “cheaper than getting candy.”',
      quote: 'cheaper than getting',
      speaker: 'Donald Trump',
    },
    '"The Vermont senator told USA TODAY that …" after "Sen. Bernie Sanders says"': {
      // usa-today_2016-06-29_sanders-ready-to-take-a-stand-to (PolNeAR train, fold 4).
      text: 'Sen. Bernie Sanders says he is prepared for a floor fight at the Democratic National Convention in Philadelphia if the party doesn\'t take more "progressive" stances on trade. || The Vermont senator told USA TODAY that there are "a lot of very good and progressive" provisions in the document approved Saturday in St. Louis.',
      quote: 'a lot of very good',
      speaker: 'Bernie Sanders',
    },
    '"the former mayor argued" after a paragraph whose subject is Bloomberg': {
      // Los Angeles Times, "As his first debate nears, Bloomberg is having to answer about his past" (hold-out 11).
      text: 'This is not the gracious welcome billionaire Michael R. Bloomberg has come to expect from prominent Democrats. || Bloomberg has attempted to apologize for stop and frisk, saying that he failed at the time to realize the impact the policy had in minority communities. || But his effort hit a major hurdle last week when audio surfaced of remarks he made in 2015 to a group in Colorado. In the speech, first disclosed by the Aspen Times, the former mayor argued that 95% of “murders and murderers and murder victims” were young men of color.',
      quote: 'murders and murderers',
      speaker: 'Michael R. Bloomberg',
    },
    'near miss: a person named only as an object ("he found Trump to be …") is not the description': {
      // breitbart_2015-12-20_republican-donor-adelson-and-tru (PolNeAR train, fold 3).
      text: 'While the mega donor didn’t disclose his degree of backing for the front-runner in the race for the Republican nomination, he did say he found Trump to be “very charming” and called his standing in the crowded candidate field “unheard of.” || “It was very nice,” the gambling tycoon told Reuters in a rare interview in Macau when asked if he had met Trump, who leads in opinion polls of Republican voters.',
      quote: 'It was very nice',
      speaker: 'the gambling tycoon',
    },
    'near miss: a spokesman speaks for the person named beside him, and is not that person': {
      // huff-post_2016-05-16_trump-says-he-s-unlikely-to-have (PolNeAR train, fold 4).
      text: 'Cameron will work with whoever is elected U.S. president and is committed to maintaining the special relationship, the prime minister’s spokesman said. || “The PM has made his views on Donald Trump’s comments very clear. He disagrees with them,” the spokesman said.',
      quote: 'The PM has made',
      speaker: 'the spokesman',
    },
    'near miss: two people named before the description leave it as written': {
      // Written for the shape.
      text: 'Joe Biden and Bernie Sanders met in Iowa on Monday. || “We will win this state in November,” the former vice president said.',
      quote: 'We will win this state',
      speaker: 'the former vice president',
    },
  },
  'an office capitalised after "the", or "The" opening the sentence, is the title written before a name': {
    '"The senator said:" after "Sen. Ted Cruz" and another person': {
      // Written for the shape (PolNeAR writes "The Vermont senator told …", "The senator from Vermont").
      text: 'Sen. Ted Cruz spoke in Iowa, and Donald Trump spoke in Ohio. || The senator said: “We are going to win this state in November.”',
      quote: 'We are going to win',
      speaker: 'Ted Cruz',
    },
    '"the Chancellor said" after "Chancellor Rishi Sunak" and the prime minister': {
      // Written for the shape of a British paper.
      text: 'Chancellor Rishi Sunak unveiled the plan on Tuesday and Boris Johnson praised it. || “This is the right thing to do for jobs,” the Chancellor said.',
      quote: 'This is the right thing',
      speaker: 'Rishi Sunak',
    },
  },
  'a role of a named person’s is not that person': {
    '"Trump’s potential VP then revealed …" is the running mate last quoted, not Trump': {
      // west-journal_2016-08-03_pence-endorses-paul-ryan-with-tr (PolNeAR train, fold 3; the annotators wrote "VP").
      text: 'Pence said in politics it takes time to develop those relationships but added, “I strongly support Paul Ryan, strongly endorse his re-election…we need Paul Ryan…to make America great again,” Pence said. || Trump’s potential VP then revealed Trump, “strongly encouraged me to endorse Paul Ryan, and I’m pleased to do it.”',
      quote: 'strongly encouraged me',
      speaker: 'Pence',
    },
    'near miss: with nobody quoted before, "Clinton’s spokesman" stays the description': {
      // Written for the shape.
      text: '“We have said all we are going to say about the emails,” Clinton’s spokesman said.',
      quote: 'We have said all',
      speaker: 'Clinton’s spokesman',
    },
  },
  'an adverb of time after a described speaker is not part of it': {
    '"the editorial board recently wrote"': {
      // wash-post_2015-12-24_ted-cruz-constitutional-conserva (PolNeAR train, fold 2).
      text: 'The pro-Christie Union Leader, New Hampshire\'s largest newspaper, has run a string of negative editorials pushing the same line of attack. "Obsequious pandering to Trump belies Cruz\'s well-honed reputation as a maverick," the editorial board recently wrote.',
      quote: 'Obsequious pandering',
      speaker: 'the editorial board',
    },
  },
  '"revealed", "confessed" and "captioned" report speech': {
    '"…,” Taylor Swift revealed.': {
      // Written for the shape of an entertainment page.
      text: '“I had no idea what was going on at the time,” Taylor Swift revealed.',
      quote: 'I had no idea',
      speaker: 'Taylor Swift',
    },
    '"…,” Adele confessed in the interview. “…”': {
      // Written for the shape of an entertainment page.
      text: '“I was terrified,” Adele confessed in the interview. “I didn’t sleep for days.”',
      quote: 'I didn’t sleep',
      speaker: 'Adele',
    },
  },
});
