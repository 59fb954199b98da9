// Who said what, thirty-sixth round: the person a "he" or "she" means after a quote from someone else, when the
// sentence that names them is shaped so the subject test did not see them (PolNeAR train folds 0–2 read, by hand
// referents where they exist; fold 4 kept as the judging fold). Real sentences from PolNeAR train (named below,
// shortened), else written for the shape and marked so. Paragraphs " || ".
import { speakerTable } from './speaker-table';

speakerTable('round 36', {
  'an age alone is the appositive, and the copula after it makes the name the subject': {
    '"Yasmeen Wilkerson, 18, was dubious when …, but she soon …. “…,” she said"': {
      // nyt_2016-07-31_sisterhood-of-the-skateboard (PolNeAR train, fold 2): "Samantha Olivieri" before.
      text: "Samantha Olivieri, 20, found skating to be a salve. ''Hearing my trucks on metal is like therapy,'' Ms. Olivieri said. || Yasmeen Wilkerson, 18, was dubious when she was introduced to skateboarding through her boyfriend, but she soon recalibrated her priorities. ''I dumped the guy but kept the skateboard,'' she said with a grin.",
      quote: 'I dumped the guy',
      speaker: 'Yasmeen Wilkerson',
    },
  },
  'near misses: an aged name in an object keeps the floor with the last speaker': {
    '"… was introduced to Yasmeen Wilkerson, 18, …" (written for the shape)': {
      text: "Samantha Olivieri, 20, found skating to be a salve. ''Hearing my trucks on metal is like therapy,'' Ms. Olivieri said. || The group was introduced to Yasmeen Wilkerson, 18, at a park in Harlem. ''I never skate alone,'' she said.",
      quote: 'I never skate alone',
      speaker: 'Samantha Olivieri',
    },
  },
  'a bracketed state among the titles before a name, then an appositive and the verb': {
    '"Earlier, Maricopa County (Ariz.) Sheriff Joe Arpaio, one of …, vouched for … || He said, "…""': {
      // wash-post_2016-07-22_republican-assails-elites-as-he- (PolNeAR train, fold 2): "Donald Trump" before.
      text: 'Donald Trump promised to restore order. "We will build the wall," Trump said. || Earlier, Maricopa County (Ariz.) Sheriff Joe Arpaio, one of the most polarizing figures in the immigration debate, vouched for Trump\'s proposal to build a wall along the Mexican border. || He said, "Donald Trump will build the wall and restore law and order."',
      quote: 'Donald Trump will build',
      speaker: 'Joe Arpaio',
    },
  },
  'a second leading phrase of place before the subject, and a state with a participle after it': {
    '"The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming …. “…,” he said"': {
      // nyt_2015-11-17_terrorism-moves-to-fore-of-u-s-c (PolNeAR train, fold 1): "Ben Carson" before.
      text: "Ben Carson spoke in Iowa. ''To bring them here under these circumstances is a suspension of intellect,'' Mr. Carson declared Sunday. || The day before, at a rally in Beaumont, Tex., Donald J. Trump was just as blunt, claiming without any evidence that President Obama wanted to take in 250,000 Syrian refugees. ''You'd have to be insane,'' he said.",
      quote: "You'd have to be insane",
      speaker: 'Donald J. Trump',
    },
  },
  'near misses: the same leading phrases before a crowd that cheers the name': {
    '"The day before, at a rally in Beaumont, Tex., the crowd cheered Donald J. Trump" (written for the shape)': {
      text: "Ben Carson spoke in Iowa. ''To bring them here under these circumstances is a suspension of intellect,'' Mr. Carson declared Sunday. || The day before, at a rally in Beaumont, Tex., the crowd cheered Donald J. Trump. ''You'd have to be insane,'' he said.",
      quote: "You'd have to be insane",
      speaker: 'Ben Carson',
    },
  },
  '"even" before a subject': {
    '"And even Obama tried to help them off the hook, noting that …. || "…," he said"': {
      // usa-today_2016-06-30_three-amigos-take-on-donald-trum (PolNeAR train, fold 2): "Justin Trudeau" before.
      text: 'Justin Trudeau spoke first. "We will work with whoever is elected," Trudeau said. || In the context of an international summit, the three leaders were careful. And even Obama tried to help them off the hook, noting that he\'d demur too in their position. || "When I visit other countries, it\'s not my job to comment on candidates," he said.',
      quote: 'When I visit other countries',
      speaker: 'Obama',
    },
  },
  'a quotation credited after a dash or in a bracket is the credited person’s, not the one credited before it': {
    '"“…” — Jane Smith, mayor of Springfield “…” — Governor John Doe" in one paragraph (written for the shape)': {
      text: 'Reactions poured in overnight. || “We will rebuild this town together.” — Jane Smith, mayor of Springfield “This is a dark day for the state.” — Governor John Doe “Nobody saw this coming.” — Mary Lee, a resident',
      quote: 'This is a dark day',
      speaker: 'John Doe',
    },
    'the first of them (written for the shape)': {
      text: 'Reactions poured in overnight. || “We will rebuild this town together.” — Jane Smith, mayor of Springfield “This is a dark day for the state.” — Governor John Doe',
      quote: 'We will rebuild',
      speaker: 'Jane Smith',
    },
    'a paragraph of one quotation and its credit, no closing full stop (written for the shape)': {
      text: 'Reactions poured in overnight. || “We will rebuild this town together.” — Jane Smith, mayor of Springfield || “This is a dark day for the state.” — Governor John Doe',
      quote: 'This is a dark day',
      speaker: 'John Doe',
    },
    '"“…” (Jane Smith, mayor of Springfield) “…” (Governor John Doe)" (written for the shape)': {
      text: 'Reactions poured in overnight. || “We will rebuild this town together.” (Jane Smith, mayor of Springfield) “This is a dark day for the state.” (Governor John Doe)',
      quote: 'This is a dark day',
      speaker: 'John Doe',
    },
  },
  'near misses: a dash aside, a place or an agency after the quotation is no credit; the sentence’s own speaker stays':
    {
      '"“…” — and that was the end of it, Smith said." (written for the shape)': {
        text: 'Mayor Jane Smith spoke on Monday. || “We will rebuild this town together” — and that was the end of it, Smith said.',
        quote: 'We will rebuild',
        speaker: 'Jane Smith',
      },
      '"… the slogan “Make America Great Again” — Springfield, Illinois, cheered." (written for the shape)': {
        text: 'Donald Trump spoke in Springfield, Illinois, on Monday. || The crowd chanted “we want the wall now please” — Springfield, Illinois, has never been louder.',
        quote: 'we want the wall',
        speaker: 'The crowd',
      },
      '"“…” (AP) …" (written for the shape)': {
        text: 'Officials spoke on Monday. || The agency called the storm “the worst in a century” (AP) as it moved east.',
        quote: 'the worst in a century',
        speaker: 'The agency',
      },
    },
});
