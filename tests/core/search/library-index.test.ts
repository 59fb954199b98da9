import { describe, expect, it } from 'vitest';
import { repairAnnotations, repairArticles } from '../../../core/records';
import { LibraryIndex } from '../../../core/search';
import type { ArticleRecord } from '../../../core/types';
import { annotation, article, extraction } from '../export/fixtures';

const other: ArticleRecord = {
  ...article,
  key: 'https://weather.example/storm',
  url: 'https://weather.example/storm',
  title: 'Storm season arrives early',
  siteName: null,
  byline: null,
  lastSeen: '2026-01-10T10:00:00.000Z',
};

function library() {
  const anns = [
    annotation({
      exact: 'teachers will lose funding',
      body: { note: 'check the numbers', tags: ['education'], color: 'yellow' },
    }),
    annotation({ exact: 'class sizes grow', body: { note: '', tags: ['education', 'follow'], color: 'pink' } }),
    annotation({
      articleKey: other.key,
      exact: 'winds reached 150 km/h',
      body: { note: 'compare with 2019', tags: ['climate'], color: 'blue' },
    }),
  ];
  const index = new LibraryIndex([article, other], anns);
  index.buildIndex(new Map([[article.key, extraction]]));
  return { index, anns };
}

describe('library search', () => {
  it('lists every article with counts, newest read first, before any text query', () => {
    const { index } = library();
    const rows = index.search({});
    expect(rows.map((r) => r.summary.article.key)).toEqual([article.key, other.key]);
    expect(rows[0]!.summary).toMatchObject({ highlightCount: 2, noteCount: 1, site: 'The Example News' });
    expect(rows[1]!.summary.site).toBe('weather.example');
  });

  it('finds highlights, notes, titles, facts and quotes', () => {
    const { index } = library();
    const keys = (text: string) => index.search({ text }).map((r) => r.summary.article.key);
    expect(keys('teachers')).toEqual([article.key]);
    expect(keys('numbers')).toEqual([article.key]);
    expect(keys('storm')).toEqual([other.key]);
    expect(keys('billion')).toEqual([article.key]);
    expect(keys('Hopper')).toEqual([article.key]);
    expect(keys('winds 2019')).toEqual([other.key]);
    expect(keys('nothing-like-this')).toEqual([]);
  });

  it('gives each article its best matching passages: the highlight, or its note when only the note matches', () => {
    const { index, anns } = library();
    const [teachers] = index.search({ text: 'teachers' });
    expect(teachers!.matches[0]).toMatchObject({
      kind: 'highlight',
      annotationId: anns[0]!.id,
      text: 'teachers will lose funding',
    });
    const [numbers] = index.search({ text: 'numbers' });
    expect(numbers!.matches[0]).toMatchObject({
      kind: 'highlight',
      annotationId: anns[0]!.id,
      text: 'check the numbers',
    });
    const [storm] = index.search({ text: 'storm' });
    expect(storm!.matches[0]).toMatchObject({ kind: 'title', annotationId: null });
  });

  it('filters by tag, colour, site and date read', () => {
    const { index } = library();
    expect(index.search({ tags: ['climate'] }).map((r) => r.summary.article.key)).toEqual([other.key]);
    expect(index.search({ colors: ['pink'] }).map((r) => r.summary.article.key)).toEqual([article.key]);
    expect(index.search({ sites: ['weather.example'] })).toHaveLength(1);
    expect(index.search({ from: '2026-02-01' }).map((r) => r.summary.article.key)).toEqual([article.key]);
    expect(index.search({ to: '2026-01-31' }).map((r) => r.summary.article.key)).toEqual([other.key]);
    // A text match must also carry the filtered tag.
    expect(index.search({ text: 'class', tags: ['climate'] })).toEqual([]);
  });

  it('keeps a page calling itself "Reuters" apart from Reuters in the site filter (red team 50, I)', () => {
    const real: ArticleRecord = {
      ...other,
      key: 'https://www.reuters.com/world/a',
      url: 'https://www.reuters.com/world/a',
      siteName: 'Reuters',
    };
    const fake: ArticleRecord = {
      ...other,
      key: 'https://evil.example/b',
      url: 'https://evil.example/b',
      siteName: 'Reuters',
    };
    const anns = [real, fake].map((a) =>
      annotation({ articleKey: a.key, exact: 'a passage', body: { note: '', tags: [], color: 'yellow' } }),
    );
    const index = new LibraryIndex([real, fake], anns);
    index.buildIndex(new Map());
    expect(index.facets().sites).toEqual(expect.arrayContaining(['Reuters', 'Reuters · evil.example']));
    expect(index.search({ sites: ['Reuters'] }).map((r) => r.summary.article.key)).toEqual([real.key]);
    expect(index.search({ sites: ['Reuters · evil.example'] }).map((r) => r.summary.article.key)).toEqual([fake.key]);
  });

  it('sorts by title and by number of highlights', () => {
    const { index } = library();
    expect(index.search({ sort: 'title' }).map((r) => r.summary.article.title)[0]).toMatch(/^Budget/);
    expect(index.search({ sort: 'oldest' })[0]!.summary.article.key).toBe(other.key);
    expect(index.search({ sort: 'most' })[0]!.summary.highlightCount).toBe(2);
  });

  it('forgets a deleted highlight or article and finds a restored one (undo)', () => {
    const { index, anns } = library();
    index.removeAnnotation(anns[0]!.id);
    expect(index.search({ text: 'teachers' })).toEqual([]);
    index.addAnnotation(anns[0]!);
    expect(index.search({ text: 'teachers' })).toHaveLength(1);
    index.removeArticle(other.key);
    expect(index.search({ text: 'storm' })).toEqual([]);
    expect(index.search({})).toHaveLength(1);
  });

  it('answers by scanning before the index is built', () => {
    const { anns } = library();
    const unindexed = new LibraryIndex([article, other], anns);
    expect(unindexed.search({ text: 'winds' }).map((r) => r.summary.article.key)).toEqual([other.key]);
  });
});

describe('typo tolerance', () => {
  it('finds a misspelt long word when nothing matches exactly', () => {
    const { index } = library();
    expect(index.search({ text: 'teachrs' }).map((r) => r.summary.article.key)).toEqual([article.key]);
  });
});

describe('corrupt stored records', () => {
  it('leaves out a malformed annotation and repairs a malformed article instead of failing the whole library', () => {
    const good = annotation({ exact: 'still findable' });
    const broken = { ...annotation(), target: undefined } as unknown as ReturnType<typeof annotation>;
    const odd = { ...other, title: null, lastSeen: 5 } as unknown as ArticleRecord;
    // As the library gets them: through the store's read edge (core/records), which repairs or leaves out.
    const index = new LibraryIndex(repairArticles([article, odd]), repairAnnotations([good, broken]));
    index.buildIndex();
    expect(index.search({ text: 'findable' }).map((r) => r.summary.article.key)).toEqual([article.key]);
    expect(index.search({ sort: 'title' })).toHaveLength(1);
  });
});
