// A page of search results or a catalogue's page prints a counter over its list ("Results 1 - 10 of 89", run T): it
// is a listing, whatever blurbs it holds. Real pages, trimmed (tests/fixtures/detection/SOURCES.md says from where),
// and real lines from dev pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isResultsPage } from '../../../core/article/article-rule';
import { measurePage } from '../../../core/article/index';
import { isResultsCounter } from '../../../core/article/page-signals';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { verdictAt } from './verdict';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'detection');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

describe('a results counter over a list', () => {
  const results = fixture('cleaneval-164-shop-search-results.html');
  const url = 'https://shopping.invalid/search';

  it('says no to a shop\'s search results ("Results <b>1 - 1</b> out of <b>1</b>"), an article before run T', async () => {
    expect(await verdictAt(url, results)).toBe(false);
  });

  it('reads the counter across its bold parts', async () => {
    const parsed = parseHtml(results, url);
    const shape = measurePage(parsed.document);
    await parsed.close();
    expect(shape.resultsCounters).toBe(1);
    expect(isResultsPage(shape)).toBe(true);
  });

  it('near miss: a story whose comments print "Showing Comments 1 - 5 of 5" stays one article', async () => {
    const story = fixture('page-signal-comments-counter-story.html');
    const storyUrl = 'https://news.invalid/story';
    const parsed = parseHtml(story, storyUrl);
    const shape = measurePage(parsed.document);
    await parsed.close();
    expect(shape.resultsCounters).toBe(0);
    expect(await verdictAt(storyUrl, story)).toBe(true);
  });
});

describe('what a results counter is (isResultsCounter)', () => {
  const cases: Record<string, { text: string; counter: boolean }> = {
    // Dev non-articles (CleanEval final 164, 369, 757): a shop's search, a deals list, a list of tours.
    "a shop's search": { text: "Results 1 - 1 out of 1 for Women's Loose Fit Tapered Pants", counter: true },
    'a list of stores': { text: 'Showing 1-17 of 17', counter: true },
    'a list of tours': { text: 'Results 1-15 of 89', counter: true },
    // Dev articles: a comment section's counter, a story's pager, a forum topic's pager, a journal's page range.
    "a story's comments": { text: 'Showing Comments 1 - 5 of 5', counter: false },
    "a story's pages": { text: 'Page 1 of 3', counter: false },
    "a forum topic's pages": { text: '1 Beitrag • Seite 1 von 1', counter: false },
    "a paper's pages": { text: 'Page: 445-452', counter: false },
  };
  for (const [name, { text, counter }] of Object.entries(cases))
    it(`${name}: ${counter ? 'a counter' : 'not one'}`, () => {
      expect(isResultsCounter(text)).toBe(counter);
    });
});
