// `npm run bench linear-text`: htmlToText and findValues on inputs built to make backtracking patterns rescan the
// rest of the text from every position, against ordinary text of the same size as the baseline (same run). Linear
// handling keeps the hostile time within a small factor of the baseline; the old patterns were quadratic
// (200,000 spaces: 16 s in htmlToText; 40,000 digits: 30 s in findValues).
import { findValues } from '../core/facts/values';
import { htmlToText } from '../core/import';

const MB = 1_000_000;

function time(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[1]!;
}

function row(name: string, baseline: number, hostile: number): void {
  console.log(
    `${name.padEnd(44)} baseline ${baseline.toFixed(1).padStart(8)} ms   hostile ${hostile.toFixed(1).padStart(8)} ms   ×${(hostile / baseline).toFixed(2)}`,
  );
}

export default function run(): void {
  const prose = 'The <em>council</em> met on Tuesday &amp; voted 7 to 2.<br>\n'.repeat(MB / 56).slice(0, MB);
  const proseTime = time(() => htmlToText(prose));
  console.log('htmlToText, 1 MB each (median of 3):');
  for (const [name, html] of Object.entries({
    'spaces before a line break': `a${' '.repeat(MB)}x<br>b`,
    'unclosed "<"': '<'.repeat(MB),
    'unclosed <script>': '<script>x'.repeat(MB / 9),
    'entity-like run': `&${'a'.repeat(MB)}`,
  }))
    row(
      `  ${name}`,
      proseTime,
      time(() => htmlToText(html)),
    );

  // findValues runs per sentence, and article blocks are cut at 20,000 characters: measured at that size.
  const N = 20_000;
  const sentence = 'Prices rose 5 percent to $16.99 a pound in 2015, said 3 officials. '.repeat(N / 68).slice(0, N);
  const sentenceTime = time(() => findValues(sentence));
  console.log(`findValues, ${N.toLocaleString('en')} characters each (median of 3):`);
  for (const [name, text] of Object.entries({
    'a run of digits': '1'.repeat(N),
    'digit-dash pairs': '1-'.repeat(N / 2),
    'hyphenated run, no digits': `3 ${'ab-'.repeat(N / 3)}`,
    'thousands separators': '1,000'.repeat(N / 5),
  }))
    row(
      `  ${name}`,
      sentenceTime,
      time(() => findValues(text)),
    );
}
