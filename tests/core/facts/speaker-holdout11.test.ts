// Who said what on pages outside PolNeAR (twenty-sixth round): each rule written on hold-out 11's speaker errors
// (tests/fixtures/labelled-holdout-11, read after its blind run), with the real sentence it was written for and a
// near miss. Paragraphs are separated by " || ".
import { describe, expect, it } from 'vitest';
import { extractKeyItems } from '../../../core/facts/index';
import { speakerTable } from './speaker-table';

speakerTable('hold-out 11', {
  'an inverted reporting verb and a role before the name make the speaker a pronoun means': {
    '"as noted by registered dietitian Trista Best" takes the floor from the last person quoted': {
      // The List, "When you take a multivitamin every day" (hold-out 11).
      text: 'Even if you\'re not actively trying to get pregnant, says registered dietitian Amanda A. Kostro Miller. "In fact, folic acid is better absorbed in the supplement form than when consumed via food," she explained. || People take multivitamins for a wide variety of reasons. But there\'s one thing that taking a multivitamin every day will do for you for sure, as noted by registered dietitian Trista Best. "You will be more nourished because you will be taking in nutrients through other sources than food," she told The List.',
      quote: 'You will be more nourished',
      speaker: 'Trista Best',
    },
    '"…, says certified personal trainer Sergio Pedemonte" after another speaker': {
      // The List (hold-out 11), after a quote of HelloGiggles' (hold-out 11) that gives the floor to another man.
      text: '"New skin cells originate in the basal layer of the skin," Dr. Ronald Moy, a board-certified dermatologist, tells HelloGiggles. || In addition, taking a multivitamin every day might help you as you enter your golden years, says certified personal trainer Sergio Pedemonte. "Taking a multivitamin every day promotes healthy aging," he told The List.',
      quote: 'Taking a multivitamin',
      speaker: 'Sergio Pedemonte',
    },
    'near miss: a name after a verb with a subject of its own does not take the floor': {
      text: '"Folic acid is absolutely essential during pregnancy," registered dietitian Amanda A. Kostro Miller told The List. || Kostro Miller says registered nurse Lina Velikova agrees. "It is better absorbed in the supplement form," she continued.',
      quote: 'It is better absorbed',
      speaker: 'Amanda A. Kostro Miller',
    },
  },
  'a British or Irish role (MP, minister, TD) as a definite description stands for the person last quoted': {
    '"the Conservative MP said" after the MP\'s partial quotes is Chris Grayling': {
      // The Evening Standard, "Turkey, Poland and three Caribbean islands added to UK quarantine list" (hold-out 11).
      text: 'The travel industry has been badly hit by quarantine restrictions. || Chris Grayling warned on Monday that the sector is facing “mass job cuts” around the country as it is “barely able to operate” as a result of the virus. || Speaking in the Commons, the Conservative MP said: “It does not need to be like this because there are ways in which we can at least get part of this industry going again. || “I’d call on ministers to work with the industry to do at least a trial of testing at the airport and before people fly.”',
      quote: 'It does not need to be like this',
      speaker: 'Chris Grayling',
    },
    'near miss: when the nearest person is not the last one quoted, the description stays': {
      text: 'Mr Shapps said on Twitter: “The latest data indicates we need to remove Turkey, Poland, and Bonaire from the list this week.” || Chris Grayling and Keir Starmer spoke on Monday. || Speaking in the Commons, the Conservative MP said: “It does not need to be like this because there are ways in which we can at least get part of this industry going again. || “I’d call on ministers to work with the industry to do at least a trial of testing at the airport and before people fly.”',
      quote: 'It does not need to be like this',
      speaker: 'the Conservative MP',
    },
  },
  'a name inside a bracketed aside is no referent for "he" or "she"': {
    'the musician, not the astronomer sampled in brackets ("(the first track even samples the voice of … Carl Sagan)")':
      {
        // Tone Deaf, "Record of The Week: Luboku" (hold-out 11).
        text: 'It’s no coincidence that the 30 year anniversary of the day NASA’s Voyager 1 space probe took a picture of Earth was the same day Luboku released his new EP. || The Australian musician, producer and multi-instrumentalist might be a sucker for sentimentality. || Given its inspiration from NASA’s Voyager 1 (the first track even samples the voice of astrophysicist and astronomer Carl Sagan) the EP allowed Luboku to reflect on humanity’s fragility. || “When you look at that image of earth as a tiny speck of dust, you can’t help but put into perspective our collective experience,” he says.',
        quote: 'When you look at that image',
        speaker: 'Luboku',
      },
    'near miss: a sentence of its own in brackets still names a subject': {
      // The New York Times, 2016-08-22 (PolNeAR train), shortened.
      text: 'Mr. Hannity has lent his platform to wild accusations. (As BuzzFeed News first reported, Mr. Trump voiced support for the campaign in a 2002 discussion with Howard Stern.) || “I was never for the war,” he said.',
      quote: 'I was never for the war',
      speaker: 'Trump',
    },
  },
  '"shared with" and "penned" report speech': {
    '"she shared with The List" after "says pharmacist Dr. Leslie Helou" (a title after the role)': {
      // The List, "When you take a multivitamin every day" (hold-out 11).
      text: "But don't worry too much about vitamin overdoses if you're only taking a multivitamin, says Best. \"This is a rare occurrence, unless you are taking A, D, E, or K in a separate supplement form as well,\" she continued. || Congratulations. If you already take a multivitamin every day, it's clear that you're doing so because you want to improve your health. That's all well and good, says pharmacist Dr. Leslie Helou, as long as you're putting in the rest of the work as well. \"It's important to understand that for a multivitamin to do its job, it can't be the only healthy choice you make that day,\" she shared with The List.",
      quote: "It's important to understand",
      speaker: 'Leslie Helou',
    },
    '"she penned in an article in Healthline" after "as noted by health writer Hrefna Pálsdóttir"': {
      // The List (hold-out 11).
      text: 'Not much, at least conclusively, as noted by health writer Hrefna Pálsdóttir. "Many people believe that taking multivitamins can help prevent heart disease, but the evidence is mixed," she penned in an article in Healthline.',
      quote: 'Many people believe',
      speaker: 'Hrefna Pálsdóttir',
    },
    'near miss: "shared" without "with" reports nothing': {
      text: 'Dr. Leslie Helou is a pharmacist. "It\'s important to understand," she said. || Trista Best shared a photo of her lunch on Monday. "This is a rare occurrence," she said.',
      quote: 'This is a rare occurrence',
      speaker: 'Trista Best',
    },
  },
  'a possessive heading a business name is not the person a quote paragraph continues': {
    'a live blog\'s notice after a post on "Leonardo\'s Kimbo Cafe" gets no speaker, not "Leonardo"': {
      // Cork Beo, "Level 3 LIVE from Cork" (hold-out 11): the post's own title was lost with the page's headings.
      text: 'Leonardo\'s Kimbo Cafe in Cobh will be staying open with some outdoor dining. They\'re also doing a full takeaway menu. || "It is with a very heavy heart we bring the news that we are closing our doors here at Mallow Swimming Pool until further notice at 10pm tonight. A decision that is totally out of our control."',
      quote: 'It is with a very heavy heart',
      speaker: null,
    },
    'near miss: a paragraph about a person still introduces the quote paragraph after it': {
      // The same shape with the person as the paragraph's subject.
      text: 'Leonardo Rossi will be keeping his cafe in Cobh open with some outdoor dining. || "It is with a very heavy heart we bring the news that we are closing our doors for the next three weeks."',
      quote: 'It is with a very heavy heart',
      speaker: 'Leonardo Rossi',
    },
  },
  'a leading "In X\'s case," before a subject pronoun names who the pronoun means': {
    'the mother, not the doctor quoted just before': {
      // The Intercept, "What It’s Like to Give Birth in Gaza" (hold-out 11).
      text: 'In the wake of the warnings, one of the women to flee the north was 25-year-old Nesma Hajjaj, who was seven months pregnant at the time. || Sherine Abed, the doctor working at Al Aqsa Martyrs Hospital, explained that there were 22 infants currently in the neonatal ward. “Families have many difficulties in reaching and seeing their children due to the conditions of war and the continuous bombing,” she said. || In Hajjaj’s case, she decided to stay at the hospital to be near her child. “I am worried about him and afraid of losing him,” she continued.',
      quote: 'I am worried about him',
      speaker: 'Nesma Hajjaj',
    },
    'near miss: "In X\'s case" before a noun subject leaves the floor to the last person quoted': {
      text: 'In the wake of the warnings, one of the women to flee the north was 25-year-old Nesma Hajjaj. || Sherine Abed, the doctor working at Al Aqsa Martyrs Hospital, explained that there were 22 infants in the ward. “Families have many difficulties in reaching and seeing their children,” she said. || In Hajjaj’s case, the family decided to stay at the hospital. “Many families are afraid of losing them,” she continued.',
      quote: 'Many families are afraid',
      speaker: 'Sherine Abed',
    },
  },
  'a sentence that gives a statement introduces the quote after it': {
    '"Bolger’s lawyer, Jeremy Robinson, had a more succinct statement … “…”"': {
      // California Globe, "Amazon Liable for Defective Third-Party Products" (hold-out 11).
      text: 'The plaintiff of the case, Angela Bolger, had bought a laptop battery on Amazon. || Bolger’s lawyer, Jeremy Robinson, had a more succinct statement after the ruling on Thursday. “It is impossible to overstate the magnitude of this ruling. Consumers across the nation will feel the impact of this.”',
      quote: 'It is impossible to overstate',
      speaker: 'Jeremy Robinson',
    },
    'near miss: "had" with no statement introduces nothing': {
      text: 'The plaintiff of the case, Angela Bolger, had bought a laptop battery on Amazon. || Bolger’s lawyer, Jeremy Robinson, had a long day after the ruling on Thursday. “It is impossible to overstate the magnitude of this ruling.”',
      quote: 'It is impossible to overstate',
      speaker: null,
    },
  },
  'a sentence opening on "In X\'s words," gives X\'s words': {
    '"In Dr. Shadlen’s words, “Could the moment …?”"': {
      // Medical News Today, "How does the brain turn unconscious information into conscious thought?" (hold-out 11).
      text: 'The scientists were led by Michael Shadlen, Ph.D., of Columbia University. || The researchers wondered whether or not this threshold is also responsible for our “eureka!” moments. || In Dr. Shadlen’s words, “Could the moment when the brain believes it has accumulated enough evidence be tied to the person’s awareness of having decided – that important ‘a-ha!’ moment?”',
      quote: 'Could the moment',
      speaker: 'Michael Shadlen',
    },
    'near miss: "In X, " (a place) gives no one\'s words': {
      text: 'The scientists were led by Michael Shadlen, Ph.D., of Columbia University. || In Columbia’s lab, “the moment when the brain believes it has accumulated enough evidence” was measured.',
      quote: 'the moment when the brain',
      speaker: null,
    },
  },
  '"at that time" between a subject and its verb': {
    '"Trust Executive Director Javier Betancourt at that time asked …. “…,” he said"': {
      // Miami Today, "Transit tax trust rejects county’s South Dade Transitway data" (hold-out 11).
      text: 'But as trust member Robert Ruano asked how the BRT will cross 46 road intersections, Alex Barrios, assistant director for construction, explained that BRT would not stop for cars crossing. In the evening, the priorities would reverse, Mr. Barrios said. “The bus rapid transit service is in the direction of rush hour.” || Trust Executive Director Javier Betancourt at that time asked for full BRT service details. “We were sold on Gold Standard BRT and sometimes some of the things I hear don’t imply that this is Gold Standard any longer,” he said.',
      quote: 'We were sold on Gold Standard',
      speaker: 'Javier Betancourt',
    },
    'near miss: "at that time" after a name in an object leaves the floor': {
      text: 'In the evening, the priorities would reverse, Mr. Barrios said. “The bus rapid transit service is in the direction of rush hour.” || The trust wrote to Javier Betancourt at that time about the service details. “We were sold on Gold Standard BRT,” he said.',
      quote: 'We were sold on Gold Standard',
      speaker: 'Barrios',
    },
  },
  'Irish and British titles, and "Leo" as a given name, before a name': {
    '"Last night Tanaiste Leo Varadkar made a strong claim …. || He said: “…”" after Dr Holohan\'s quote': {
      // Cork Beo, "Level 3 LIVE from Cork" (hold-out 11).
      text: 'Dr Tony Holohan outlined a number of reasons the NPHET wanted to bring back harsh restrictions. || Dr Holohan wrote: "The NPHET appreciates how difficult it will be for everyone to return to this level of restrictions." || Last night Tanaiste Leo Varadkar made a strong claim on RTE that NPHET didn\'t have any answers for them if the Level 5 plan didn\'t work. || He said: "We asked them what do we say to the 400,000 people who would lose their jobs tomorrow and all those businesses. They thought that was a political matter for us.”',
      quote: 'We asked them',
      speaker: 'Leo Varadkar',
    },
    'near miss: the star sign stays a word': {
      text: 'Dr Tony Holohan outlined a number of reasons for the restrictions. || "The NPHET appreciates how difficult it will be," Dr Holohan wrote. || Leo season starts in late July. || "We asked them what do we say to the people," he said.',
      quote: 'We asked them',
      speaker: 'Tony Holohan',
    },
  },
  "a quotation opened after a reporting clause and a colon, left open at the paragraph's end": {
    "is kept, and the quote paragraph after the writer's one is the same speaker's": {
      // Cork Beo, "Level 3 LIVE from Cork" (hold-out 11).
      text: 'But surprisingly, NPHET had planned to keep schools open during these four weeks. || Varadkar explained: "They were proposing something called a circuit break. Something that\'s never been tried anywhere in Europe - what it involves is a short, sharp strict lockdown for 3 or 4 weeks in the hope that it would bring infections down again. || In short, it would see all but essential workplaces closed and restrictions imposed on public spaces. || "We asked for comfort that four weeks would be enough. They weren\'t able to give us that comfort."',
      quote: 'We asked for comfort',
      speaker: 'Varadkar',
    },
  },
});

describe("hold-out 11: a quotation left open at its paragraph's end", () => {
  it('near miss: an open mark after a colon with no reporting clause is no quotation', () => {
    const texts = [
      'The room measured 12 feet by 9 feet: "a small space for a family of four, and the landlord knew it.',
      'In short, it would see all but essential workplaces closed.',
    ];
    const blocks = texts.map((text) => ({
      type: 'p' as const,
      text,
      selector: { type: 'TextQuoteSelector' as const, exact: text, prefix: '', suffix: '' },
    }));
    expect(extractKeyItems({ title: 'Story', blocks }).quotes).toEqual([]);
  });
});
