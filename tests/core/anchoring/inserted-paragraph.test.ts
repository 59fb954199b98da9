// A paragraph inserted above an unchanged note (red team 25): the note's words, found word for word and nowhere else,
// with their context on both sides, are placed silently however far they moved. Words the page holds twice, or an
// edited match, still answer to the position check. On the seed article's text (tests/fixtures/seed/article.txt).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anchorInText, anchorManyInText, describeTextRange } from '../../../core/anchoring/index';
import type { Selector } from '../../../core/types';

const ARTICLE = readFileSync(fileURLToPath(new URL('../../fixtures/seed/article.txt', import.meta.url)), 'utf8');
const PASSAGE = 'separate bilateral agreements, including a non-aggression pledge';
const PARAGRAPH = 'China and Russia’s presidents signified';
/** The red team's paragraph (171 characters and its line breaks), inserted before the article's first paragraph. */
const NOTE =
  'Editor’s note: this story was updated on Saturday with details of the naval drills and a correction to the date of the gas agreement between Moscow and Beijing that we regret.';
/** The red team's near-copy of the passage's paragraph, one word changed ("an aggression pledge"). */
const NEAR_COPY =
  'On the eve of the parade last Friday, the two countries announced 32 separate bilateral agreements, including an aggression pledge in cyber warfare. The deals complement a $400 billion deal.';

const insertedBefore = (text: string, inserted: string): string =>
  text.replace(PARAGRAPH, `${inserted}\n\n${PARAGRAPH}`);

function saved(passage: string): Selector[] {
  const start = ARTICLE.indexOf(passage);
  if (start < 0 || ARTICLE.indexOf(passage, start + 1) >= 0) throw new Error(`${passage} is not once in the text`);
  return describeTextRange(ARTICLE, start, start + passage.length);
}

describe('a paragraph inserted before an unchanged note', () => {
  const now = insertedBefore(ARTICLE, NOTE);

  it('moves the note past the position check, and it stays exact (no "moved?")', () => {
    expect(now.indexOf(PASSAGE) - ARTICLE.indexOf(PASSAGE)).toBeGreaterThan(128);
    const found = anchorInText(now, saved(PASSAGE));
    expect(found && now.slice(found.start, found.end)).toBe(PASSAGE);
    expect(found?.confidence).toBe('exact');
  });

  it('the page side anchors its notes as a list: the only note is not put in doubt by its shift', () => {
    const [found] = anchorManyInText(now, [saved(PASSAGE)]);
    expect(found && now.slice(found.start, found.end)).toBe(PASSAGE);
    expect(found?.confidence).toBe('exact');
  });

  it('every long note below the paragraph stays exact, the first and the later ones', () => {
    const passages = [
      PASSAGE,
      'live drills in the eastern Mediterranean Sea',
      'China and Russia are united by a major strategic interest',
    ];
    const found = anchorManyInText(now, passages.map(saved));
    expect(found.map((f) => f && now.slice(f.start, f.end))).toEqual(passages);
    expect(found.map((f) => f?.confidence)).toEqual(['exact', 'exact', 'exact']);
  });

  it('a short note below a long one is found where the long one says the text moved to', () => {
    // Alone, a short quote (under 32 characters) moved as far still answers to the position: a label repeated in a
    // menu is left once when its block goes. After a long note placed on its words, it is looked for where it is now.
    const short = 'disrupting the United States';
    expect(anchorInText(now, saved(short))?.confidence).toBe('needs-confirmation');
    const found = anchorManyInText(now, [saved(PASSAGE), saved(short)]);
    expect(found.map((f) => f && now.slice(f.start, f.end))).toEqual([PASSAGE, short]);
    expect(found.map((f) => f?.confidence)).toEqual(['exact', 'exact']);
  });

  it('the price: a paragraph moved to the top takes the search with it; no note lands elsewhere', () => {
    // The notes after it are looked for where it went: a short one may then be asked for, never misplaced.
    const paragraphs = ARTICLE.split('\n\n');
    const k = paragraphs.findIndex((p) => p.includes(PASSAGE));
    const text = [paragraphs[k], ...paragraphs.slice(0, k), ...paragraphs.slice(k + 1)].join('\n\n');
    const notes = [PASSAGE, 'naval vessels', 'the Cold War period', 'Beijing and Moscow have found common cause'];
    const found = anchorManyInText(text, notes.map(saved));
    expect(found.map((f) => f && text.slice(f.start, f.end))).toEqual(notes);
    expect(found[0]?.confidence).toBe('exact');
    expect(found[3]?.confidence).toBe('exact');
  });

  it('near miss: a near-copy of the paragraph inserted before, the note intact, lands on the note', () => {
    const text = insertedBefore(ARTICLE, NEAR_COPY);
    const found = anchorInText(text, saved(PASSAGE));
    expect(found?.start).toBe(text.lastIndexOf(PASSAGE));
    expect(found?.confidence).toBe('exact');
  });

  it('near miss: the near-copy before and the note itself edited: the copy never takes the note silently', () => {
    const text = insertedBefore(ARTICLE, NEAR_COPY).replace(
      'including a non-aggression pledge',
      'including one pledge',
    );
    const copy = text.indexOf('separate bilateral agreements, including an aggression');
    for (const found of [anchorInText(text, saved(PASSAGE)), anchorManyInText(text, [saved(PASSAGE)])[0]]) {
      if (found?.start === copy) expect(found.confidence).toBe('needs-confirmation');
    }
  });

  it('the bound: words the page now holds twice (a pull quote inserted above) still answer to the position', () => {
    // Two verbatim copies: the note's own context agrees, but the rule asks for the only copy; "moved?" is the price.
    const text = insertedBefore(ARTICLE, `“${PASSAGE}” ${NOTE}`);
    const found = anchorInText(text, saved(PASSAGE));
    expect(found?.start).toBe(text.lastIndexOf(PASSAGE));
    expect(found?.confidence).toBe('needs-confirmation');
  });
});
