// The learned fall-back (core/facts/speaker-ranker.ts): a quote no pass of the sieve gives a speaker to takes the
// candidate the model scores highest, when it clears the threshold learnt on PolNeAR `train`. Cases are `train`
// paragraphs the sieve left without a speaker; near misses are quotes where no candidate may speak. Paragraphs are
// separated by " || ".
import { speakerTable, type SpeakerCase } from './speaker-table';

const cases: Record<string, Record<string, SpeakerCase>> = {
  'a quote with no reporting verb takes the candidate the model ranks first': {
    'a name before a colon that no verb introduces ("doesn’t surprise Republican pollster Daron Shaw: “…”")': {
      text: 'Asked if Sanders is “realistic enough to serve effectively as president,” 72 percent of Democrats said yes. || The timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: “Historically, lesser-known candidates beating establishment candidates in early contests have seen the biggest boost in their national support.”',
      quote: 'Historically, lesser-known',
      speaker: 'Daron Shaw',
    },
    'an appositive name that "gave the technique a whirl … :" (no reporting verb)': {
      text: "''People are looking for a message of hope,'' she added. || Mr. Trump has told his supporters that they should respond by suggesting that reporters who raise questions about his statements are racists. One early supporter, Representative Lee Zeldin, Republican of New York, gave the technique a whirl in an interview with CNN on Tuesday: ''You can easily argue that the president is inciting racism.''",
      quote: 'You can easily',
      speaker: 'Lee Zeldin',
    },
    '"As the LinkedIn chief executive, Jeff Weiner, put it in his memo, “…”"': {
      text: "A megadeal with a much bigger partner would give Twitter ''scale,'' which is becoming all-important. || As the LinkedIn chief executive, Jeff Weiner, put it in his memo to employees explaining the deal, ''Imagine a world where we're no longer looking up at tech titans.''",
      quote: 'Imagine a world',
      speaker: 'Jeff Weiner',
    },
  },
  'near misses: nobody the model may name': {
    'nobody named within the three paragraphs before the quote': {
      text: "Jimmy Carter spoke in 1977. || Local economies still depend on coal. || The fuels remain cheap. || Workers and retirees still depend on them. || ''We're sorry, but it didn't work out.''",
      quote: "We're sorry",
      speaker: null,
    },
    'a name only after a preposition in the quote’s own sentence ("a rally for Donald Trump")': {
      // "sang", not "chanted": "chanted" reports speech since the seventeenth round, so the ranker is not asked.
      text: 'The weather was cold. || The crowd at a rally for Donald Trump sang “build the wall” for an hour.',
      quote: 'build the wall',
      speaker: null,
    },
  },
};

speakerTable('speaker ranker', cases);
