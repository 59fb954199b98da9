// Speaker cues the sieve in speakers.test.ts did not read: an inverted opening verb ("Said X, “…”"), a long
// appositive between a name and its verb, further reporting verbs, and the sentence before a quote that reports it.
// Each case is the sentence a rule exists for, or the near miss it must not catch (then the expected speaker is null
// or the right one the rule must not replace). Paragraphs are separated by " || ". Sentences are written after
// patterns found on PolNeAR train (bench/polnear), not copied from it.
import { speakerTable, type SpeakerCase } from './speaker-table';

const cases: Record<string, Record<string, SpeakerCase>> = {
  'a sentence opening on its reporting verb': {
    'Said X, who …, “…”': {
      text: 'The plant closed last year. Said Maria Lopez, who worked there for ten years, “We lost everything that summer.”',
      quote: 'We lost',
      speaker: 'Maria Lopez',
    },
    'Stated X: “…”': {
      text: 'The vote failed. || Stated Tom Reed: “The vote is a disgrace to this chamber.”',
      quote: 'The vote is',
      speaker: 'Tom Reed',
    },
    'near miss: "Said to be …" names nobody after the verb': {
      text: 'Unions met. Said to be furious, the delegates left early: “It guts our contracts.”',
      quote: 'It guts',
      speaker: null,
    },
  },
  'a long appositive before the verb': {
    'As X, a long description, noted': {
      text: 'The archive opened in May. As Ruth Kagan, a historian of labour movements at the University of Michigan in Ann Arbor, observed, “Strikes come in waves, and this is one.”',
      quote: 'Strikes come',
      speaker: 'Ruth Kagan',
    },
    'leading phrases, then the name and its party label': {
      text: 'On Friday at a rally in Dayton, Ohio, after winning the state primary, Sen. Paul Whitman (R-Ohio), said, “We are going all the way.”',
      quote: 'We are going',
      speaker: 'Paul Whitman',
    },
    'near miss: a name inside a relative clause is not the subject': {
      text: 'Senator Ann Brody, whose hometown, Tulsa, was flooded twice in the past decade by record rains, argues that levees will “save lives in the next storm.”',
      quote: 'save lives',
      speaker: 'Ann Brody',
    },
  },
  'a short quote still names who goes on': {
    '“Safety,” said X, … “…”': {
      text: 'At the rally, Bob Grimm talked about fear. "Safety," said Grimm, a retired welder. "Safety for the whole country, everybody."',
      quote: 'Safety for',
      speaker: 'Bob Grimm',
    },
    '“…,” said X, 24. “…”: the verb right after a quotation': {
      text: "The club meets on Sundays. ''The club has a special kind of bond,'' said Carla Ortiz, 24. ''This right here is a sisterhood.''",
      quote: 'This right here',
      speaker: 'Carla Ortiz',
    },
    '“Meh,” wrote X. “…”: "wrote" and "tweeted" report a short quote too': {
      text: 'Carson’s claim spread fast online. “Meh,” wrote Dana Ruiz, who runs a fan account for the campaign. “What does the press know about it?”',
      quote: 'What does the press',
      speaker: 'Dana Ruiz',
    },
    'near miss: a short quote with no clause carries nobody': {
      text: 'The hall fell silent. "Safety." "Nobody here feels safe at night."',
      quote: 'Nobody here',
      speaker: null,
    },
  },
  'a name that speaks is a person, even when it is also a town': {
    '“…,” said Bolton. “…,” he continued.': {
      text: 'Donald Trump won the primary in May. || “I always said I would support the nominee, whoever that was,” said Bolton. “One of the things that is misunderstood is where she stands on security,” he continued.',
      quote: 'One of the things',
      speaker: 'Bolton',
    },
    'near miss: "the U.S. added" is a country, not the "he" who speaks': {
      text: 'Donald Trump spoke about the economy in Vermont. || While the U.S. added 292,000 jobs in December, China suffered market chaos. || “We are sitting on a bubble, a big one,” he said.',
      quote: 'We are sitting',
      speaker: 'Donald Trump',
    },
  },
  'a paragraph ending on a reporting clause and a colon introduces the next': {
    'X stated: || “…”, after a paragraph that names someone else first': {
      text: 'Senator John McCain faces a challenger in the primary. Former state senator Kelli Ward said she would run. Dr. Ward stated: || "The solution is not politics, but personal property for every owner."',
      quote: 'The solution',
      speaker: 'Kelli Ward',
    },
    'near miss: a colon with no reporting verb introduces nobody': {
      text: 'Voters in Ohio face a choice between two plans this fall: || "Lower taxes for every family in the state, starting in January."',
      quote: 'Lower taxes',
      speaker: null,
    },
  },
  'a closing mark with no space after it': {
    '“…,”Clinton said. “…”': {
      text: 'Joe Scarborough asked about the race. || “I think it has been most surprising to see somebody affable really traffic in prejudice,”Hillary Clinton said. “Some of the comments he has made have been so divisive.”',
      quote: 'I think it has',
      speaker: 'Hillary Clinton',
    },
  },
  'given names the lexicon does not gender': {
    '"she" skips the last speaker when he is a "Bill"': {
      text: 'Juanita Broaddrick described the call in an interview. || “I was just wondering when you were coming back,” Bill Clinton said on the phone. “I told him I would not be coming back to Little Rock,” she said.',
      quote: 'I told him',
      speaker: 'Juanita Broaddrick',
    },
    'near miss: "he" still takes him': {
      text: 'Juanita Broaddrick described the call in an interview. || Bill Clinton denied it on Monday. “That never happened at all,” he said.',
      quote: 'That never',
      speaker: 'Bill Clinton',
    },
  },
  'a fragment is never a speaker': {
    'an adverb before the participle ("recently telling") leaves the subject': {
      text: 'Hillary Clinton has expressed frustration about her first debate, recently telling one person close to her that she is perplexed about “which Donald Trump will show up on the night.”',
      quote: 'which Donald Trump',
      speaker: 'Hillary Clinton',
    },
    '“…,” then added that “…”: "then" is not a speaker': {
      text: 'Ben Carson spoke in Ohio. He said voters “want someone who tells the truth,” then added that “the media will never accept me as I am.”',
      quote: 'want someone',
      speaker: 'Ben Carson',
    },
    'near miss: a lowercase description stays a description': {
      text: 'The plan failed. “It will not survive the winter,” said unnamed officials.',
      quote: 'It will not',
      speaker: 'unnamed officials',
    },
  },
  'more reporting verbs': {
    '“…” beamed X': {
      text: 'The hall cheered. “This is the best night of my life!” beamed Carla Diaz of Tampa, Florida.',
      quote: 'This is the best',
      speaker: 'Carla Diaz',
    },
    '“…,” X assured Y': {
      text: 'The two men met in May. “Your plan is brilliant,” Mark Jones assured Tim Smith.',
      quote: 'Your plan',
      speaker: 'Mark Jones',
    },
    '“…,” X proclaimed': {
      text: 'Crowds gathered. Guns are “a public health crisis for our children,” Howard Kent, the former mayor of Dover, proclaimed.',
      quote: 'a public health',
      speaker: 'Howard Kent',
    },
    '“…,” the Saudis state in …: a plural present after a plural subject': {
      text: 'The paper went to Congress on Monday. “Today, the kingdom is one of the leading nations in combating terrorism,” the Saudis state in the white paper.',
      quote: 'Today, the kingdom',
      speaker: 'the Saudis',
    },
    // huff-post_2016-08-03_francois-hollande-says-donald-tr (PolNeAR train, fold 0).
    '“…,” an angry X retaliated': {
      text: 'French President François Hollande has joined a growing list of world leaders who have slammed U.S. presidential hopeful Donald Trump as the election looms closer. || Soon after the gruesome murder of Father Jacques Hamel in Normandy, Trump asserted that France had lost its identity: “France is no longer France,” he claimed. || “France will always be France,” an angry Hollande retaliated. “It never gives up, because it still bears ideals, values, principles that are recognized worldwide.”',
      quote: 'France will always',
      speaker: 'François Hollande',
    },
    // wash-post_2015-11-10_caught-fibbing-these-gop-candida (PolNeAR train, fold 1).
    'X … mentioned that …. “…”: the sentence before reports the quote': {
      text: '"I didn\'t have an involvement with them. That is total propaganda," Carson replied. || Quintanilla seemed taken aback and mentioned that Carson\'s picture had been on the company\'s Web site. "Does that not speak to your vetting process or judgment in any way?"',
      quote: 'Does that not speak',
      speaker: 'Quintanilla',
    },
    'near miss: a long writer’s clause before "others argue" is no subject': {
      text: 'Dana Reyes says that Santilli “broke the story” of the armed standoff in Bunkerville, Nev., others argue.',
      quote: 'broke the story',
      speaker: 'Dana Reyes',
    },
  },
  'the sentence before reports the quote': {
    'X tweeted a warning. “…”': {
      text: 'Snow fell all day. Mayor Dan Ortiz tweeted a warning. “Stay off the roads tonight, all of you.”',
      quote: 'Stay off',
      speaker: 'Dan Ortiz',
    },
    'X said she … . “…”': {
      text: 'Ellen Park said she thought about quitting. “But I had nowhere else to go.”',
      quote: 'But I had',
      speaker: 'Ellen Park',
    },
    'a participle after a determiner is a noun: "tweeted a warning."': {
      text: 'On the other side, Sen. Ana Ruiz (D-Calif.), a Democrat who has made voting rights the centre of her campaign, tweeted a warning. "Voters: remember this in November."',
      quote: 'Voters: remember',
      speaker: 'Ana Ruiz',
    },
    'near miss: a sentence before with no reporting verb gives no speaker': {
      text: 'The storm hit at noon. “Stay off the roads tonight, all of you.”',
      quote: 'Stay off',
      speaker: null,
    },
    'near miss: the quote does not open its sentence and keeps its own cue': {
      text: 'Mayor Dan Ortiz tweeted a warning. Police said the roads were “too dangerous to drive tonight.”',
      quote: 'too dangerous',
      speaker: 'Police',
    },
  },
  'quotations joined by "and" share the last one’s reporting clause': {
    '"“A” and “B,” X proclaimed": the first is X’s too': {
      text: 'Guns are “the ultimate public health crisis” and “stunt the growth of children,” Howard Dean, the former governor of Vermont, proclaimed at the convention.',
      quote: 'the ultimate public',
      speaker: 'Howard Dean',
    },
    'near miss: a quotation joined by a writer’s clause, not "and", keeps no speaker': {
      text: 'Guns are “the ultimate public health crisis” in the eyes of many delegates, who cheered when “they stunt the growth of children,” Howard Dean said.',
      quote: 'the ultimate public',
      speaker: null,
    },
  },
  'a party-and-state label with two periods': {
    '"X (D-N.Y.) said Tuesday." names X': {
      text: 'The bill passed on Monday. “They have nothing to worry about at all,” Sen. Chuck Schumer (D-N.Y.) said Tuesday.',
      quote: 'They have nothing',
      speaker: 'Chuck Schumer',
    },
  },
  'a quote whose sentence ends inside its marks, and the next sentence is its clause': {
    '"“… missing.” Trump said." after a paragraph about someone else': {
      text: 'Hillary Clinton spoke in Iowa on Monday. || “Russia, if you are listening, I hope you find the emails that are missing.” Trump said.',
      quote: 'Russia, if you',
      speaker: 'Trump',
    },
    '"“…?” Miller, a retired worker, said pleasantly into the phone."': {
      text: 'Hillary Clinton spoke in Iowa on Monday. || "I am calling from the Hillary Clinton campaign. How are you today?" Eva Miller, a retired worker, said pleasantly into the phone.',
      quote: 'I am calling',
      speaker: 'Eva Miller',
    },
    'near miss: a next sentence reporting words of its own ("Reid said both parties …") is not the clause': {
      text: '“It shows a lack of character in my opinion,” the Senate minority leader said. || “It is a disgrace to the chamber.” Harry Reid said both parties had failed.',
      quote: 'It is a disgrace',
      speaker: 'the Senate minority leader',
    },
    'near miss: a next sentence introducing a quote with a colon ("Zahed said: …") is not the clause': {
      text: "''We are not terrorists,'' said Breshna Alawee. ''We are your neighbours.'' Abdullah Zahed said: ''The attack has hurt us all.''",
      quote: 'We are your neighbours',
      speaker: 'Breshna Alawee',
    },
  },
  'a place or body after the subject name ("X of Germany condemned")': {
    '"Chancellor Angela Merkel of Germany condemned “…”"': {
      text: 'Leaders offered condolences on Monday. Chancellor Angela Merkel of Germany condemned “such a murderous attack on open societies.”',
      quote: 'such a murderous',
      speaker: 'Angela Merkel',
    },
    'near miss: a title with "of" before a name ("Former Security of State Hillary Clinton") is not cut to "Former Security"':
      {
        text: 'The hearing went on for hours. Former Security of State Hillary Clinton asked “what difference at this point does it make” when questioned.',
        quote: 'what difference',
        // (The run, typed by nothing but its capitals, is no entity since the nineteenth round, so no speaker: still not
        // "Former Security".)
        speaker: null,
      },
  },
  'an inverted clause naming a description, then its name': {
    '"said his best friend at Lehigh, Bruce Turry, who …" is Bruce Turry': {
      text: "Freddy joined a fraternity. || ''It may have been his first attempt to make a statement,'' said his best friend at Lehigh, Bruce Turry, who remembered him well.",
      quote: 'It may have been',
      speaker: 'Bruce Turry',
    },
    'near miss: a description with no name after it ("said his best friend at Lehigh") stays the description': {
      text: "Freddy joined a fraternity. || ''It may have been his first attempt to make a statement,'' said his best friend at Lehigh.",
      quote: 'It may have been',
      speaker: 'his best friend',
    },
  },
  'a title holding "of" before an inverted speaker': {
    '"said Secretary of State John Kerry" is John Kerry': {
      text: '“The deal holds for now,” said Secretary of State John Kerry.',
      quote: 'The deal holds',
      speaker: 'John Kerry',
    },
    '"said master of ceremonies Asab Tabchi, an engineer" is Asab Tabchi': {
      text: '“We welcome every family,” said master of ceremonies Asab Tabchi, an engineer.',
      quote: 'We welcome',
      speaker: 'Asab Tabchi',
    },
    'near miss: "said the head of the Sierra Club" is no title before a name: the description, complement and all': {
      text: '“It is a shame for all of us,” said the head of the Sierra Club.',
      quote: 'It is a shame',
      speaker: 'the head of the Sierra Club',
    },
    'near miss: a name and its body ("Meenakshi Ganguly of Human Rights Watch") is the name': {
      text: '“People stood hours in line,” said Meenakshi Ganguly of Human Rights Watch, who observed voting.',
      quote: 'People stood',
      speaker: 'Meenakshi Ganguly',
    },
  },
  'a prepositional phrase after the quote is no reporting clause': {
    '"X said “…” without reporters asking him" is X': {
      text: 'Frustrated, Bernie Sanders said he “cannot walk down the street” without reporters asking him about it.',
      quote: 'cannot walk',
      speaker: 'Bernie Sanders',
    },
    'near miss: a lead closed by a comma ("in a statement, Sanders said") still introduces the speaker': {
      text: 'Bernie Sanders spoke first. “We cannot walk down the street,” in a statement, Sanders said.',
      quote: 'We cannot walk',
      speaker: 'Bernie Sanders',
    },
    'near miss: with no verb before the quote, "without reporters" names no one': {
      text: 'Bernie Sanders spoke. “We cannot walk down the street” without reporters asking him.',
      quote: 'We cannot walk',
      speaker: null,
    },
  },
  'an inverted verb after a sentence-opening connective': {
    '"But, said Solovey, “…”" is Solovey': {
      text: 'Sam Solovey worked for Trump. But, said Solovey, “I do not want to drum up conflict.”',
      quote: 'I do not want',
      speaker: 'Sam Solovey',
    },
    'near miss: "But, he said, “…”" still resolves the pronoun': {
      text: 'Sam Solovey worked for Trump. But, he said, “I do not want to drum up conflict.”',
      quote: 'I do not want',
      speaker: 'Sam Solovey',
    },
  },
  'a quote inside an aside between the subject and its verb': {
    '"Mr. Manafort, citing “…,” said" is Manafort': {
      text: 'Paul Manafort spoke in Florida. Mr. Manafort, citing “the unique magic of Trump,” said the candidate could win.',
      quote: 'the unique magic',
      speaker: 'Paul Manafort',
    },
    '"Trump, who called the deal “…,” said" is Trump (NYT marks)': {
      text: "Donald Trump spoke. Trump, who called the deal ''the worst deal ever made,'' said he would tear it up.",
      quote: 'the worst deal',
      speaker: 'Donald Trump',
    },
    'near miss: a new subject after the aside ("…,” Hillary Clinton said") speaks': {
      text: 'Donald Trump spoke. Trump, citing “the worst deal ever made,” Hillary Clinton said nothing.',
      quote: 'the worst deal',
      speaker: 'Hillary Clinton',
    },
  },
  'a characterising verb in a relative clause is its antecedent’s': {
    '"… from U.S. President Barack Obama, who called the nominee “…”" is Obama': {
      text: 'Trump spoke. The row drew a reaction from U.S. President Barack Obama, who called the Republican nominee “unfit to serve” as president.',
      quote: 'unfit to serve',
      speaker: 'Barack Obama',
    },
    '"The leaders … included Indiana Gov. Mike Pence, who called their son “…”" is Pence, not the sentence subject': {
      text: 'The Republican leaders who rebuked Trump included his running mate, Indiana Gov. Mike Pence, who called their son “an American hero.”',
      quote: 'an American hero',
      speaker: 'Mike Pence',
    },
    'near miss: a relative clause that ends before the verb leaves the subject speaking': {
      text: 'Trump spoke. Barack Obama, who met Khizr Khan, called the Republican nominee “unfit to serve” as president.',
      quote: 'unfit to serve',
      speaker: 'Barack Obama',
    },
  },
  'a later quotation does not hide a trailing "he said"': {
    '"Fundraising was “…” as donors waited to see how a “…” played out, he said." is the man named before': {
      text: 'David Gilbert runs the group. Gilbert said the boycott would not hurt. Fundraising was “stagnant for about a month or six weeks” as donors waited to see how a “turbulent election cycle” played out, he said.',
      quote: 'stagnant for about',
      speaker: 'David Gilbert',
    },
    'near miss: a trailing "she said" with only a man named before is no one': {
      text: 'David Gilbert runs the group. Fundraising was “stagnant for about a month or six weeks” as donors waited to see how a “turbulent election cycle” played out, she said.',
      quote: 'stagnant for about',
      speaker: null,
    },
  },
  'a participle after the quote takes no speaker after it': {
    '"…,” recalling summer visits" names no "summer visits" (PolNeAR train, nyt)': {
      text: "She even brandished a few retail politicking touches that Mr. Biden might appreciate, describing her own christening ''at the Methodist church on Court Street,'' recalling summer visits to Lake Winola.",
      quote: 'at the Methodist church',
      speaker: null,
      knownFailure:
        'since "Mr. Biden" is a person (an honorific now types the name), the last-resort speaker takes him; the speaker is the "she" the sentence is about',
    },
    '"…,” telling CNN" does not make the audience the speaker': {
      text: 'Mayor Ann Lee spoke on Monday. “We will rebuild the bridge,” telling CNN the money was in place.',
      quote: 'We will rebuild',
      speaker: null,
    },
    'near miss: a finite verb still inverts ("…,” said Ann Lee)': {
      text: 'The council met. “We will rebuild the bridge,” said Ann Lee, the mayor.',
      quote: 'We will rebuild',
      speaker: 'Ann Lee',
    },
  },
  '"he" or "she" never takes someone of the other gender, even as the last resort': {
    '"he" after a sentence opening on a woman\'s surname is nobody (PolNeAR train, nyt)': {
      text: "Hillary Clinton was at the rally. || Clinton thanked the crowd. ''We wear everything on our sleeve!'' he said.",
      quote: 'We wear everything',
      speaker: null,
    },
    'near miss: "she" there is her': {
      text: "Hillary Clinton was at the rally. || Clinton thanked the crowd. ''We wear everything on our sleeve!'' she said.",
      quote: 'We wear everything',
      speaker: 'Hillary Clinton',
    },
  },
};

speakerTable('speaker cues', cases);
